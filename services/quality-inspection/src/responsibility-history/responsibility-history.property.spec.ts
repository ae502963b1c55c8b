import { Conflict, RuleViolation } from '@aftersales/kernel';
import { fold } from '@aftersales/cqrs';
import { inspectionDecider, type InspectionCommand } from '../inspection/inspection.decider';
import type { InspectionEvent } from '../inspection/inspection.events';
import {
  claimsOfficer,
  finding,
  inspectionId,
  inspector,
  opened,
  policy,
  reviewer,
  T0,
} from '../inspection/inspection.fixtures';
import { attributionInForce, openDispute, type ExistingInspection } from '../inspection/inspection.state';
import { partyKey, type Share } from '../inspection/inspection.vocabulary';
import { responsibilityHistory } from './responsibility-history';

/** mulberry32: a small seeded PRNG, so a failing run is repeated by its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const RUNS = Number(process.env.QC_PROPERTY_RUNS ?? 100);
const SEED = Number(process.env.QC_PROPERTY_SEED ?? 20260302);

const PARTIES = [
  { kind: 'department', department: 'production' },
  { kind: 'department', department: 'assembly' },
  { kind: 'supplier', supplierId: 'SUP-7' },
  { kind: 'carrier', carrierId: 'CAR-1' },
  { kind: 'customer' },
] as const;

/** A random share table: 1–4 distinct parties, integer shares ≥ 1 summing to 10,000. */
function randomShares(random: () => number): Share[] {
  const count = 1 + Math.floor(random() * 4);
  const parties = [...PARTIES].sort(() => random() - 0.5).slice(0, count);
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(1 + Math.floor(random() * 9_999));
  const points = [0, ...[...cuts].sort((x, y) => x - y), 10_000];
  return parties.map((party, i) => ({ party, shareBp: points[i + 1] - points[i] }));
}

describe('any sequence of attributions, disputes, confirmations and supersessions (property, QC-4)', () => {
  it(`QC-4: leaves exactly one attribution in force and the history lists every step in order (${RUNS} runs, seed ${SEED})`, () => {
    for (let run = 0; run < RUNS; run++) {
      const seed = SEED + run;
      const random = prng(seed);
      const events: InspectionEvent[] = [opened, finding('f-1')];
      const expectedSteps: string[] = [];
      let n = 0;
      for (let step = 0; step < 25; step++) {
        const state = fold(inspectionDecider, events) as ExistingInspection;
        const inForce = attributionInForce(state);
        const dispute = openDispute(state);
        const shares = randomShares(random);
        const next = `a-${++n}`;
        const stale = state.attributions.find((a) => !a.inForce)?.attributionId;
        const choices: InspectionCommand[] = [
          {
            type: 'AttributeResponsibility',
            inspectionId,
            attributionId: next,
            shares,
            basis: ['f-1'],
            by: inspector,
          },
          ...(inForce
            ? [
                {
                  type: 'AttributeResponsibility' as const,
                  inspectionId,
                  attributionId: next,
                  shares,
                  basis: ['f-1'],
                  supersedes: {
                    attributionId: stale && random() < 0.3 ? stale : inForce.attributionId,
                    reason: `r${step}`,
                  },
                  by: inspector,
                },
                {
                  type: 'DisputeAttribution' as const,
                  inspectionId,
                  disputeId: `d-${++n}`,
                  attributionId: stale && random() < 0.2 ? stale : inForce.attributionId,
                  party: partyKey(inForce.shares[Math.floor(random() * inForce.shares.length)].party),
                  reason: `disputed ${step}`,
                  evidence: [],
                  by: claimsOfficer,
                },
              ]
            : []),
          ...(dispute
            ? [
                {
                  type: 'ReviewDispute' as const,
                  decision: 'confirm' as const,
                  inspectionId,
                  disputeId: dispute.disputeId,
                  reason: `c${step}`,
                  by: reviewer,
                },
                {
                  type: 'ReviewDispute' as const,
                  decision: 'supersede' as const,
                  inspectionId,
                  disputeId: dispute.disputeId,
                  reason: `s${step}`,
                  attribution: { attributionId: next, shares, basis: ['f-1'] },
                  by: reviewer,
                },
              ]
            : []),
        ];
        const command = choices[Math.floor(random() * choices.length)];
        let decided: InspectionEvent[];
        try {
          decided = [
            ...inspectionDecider.decide(command, state, {
              now: new Date(T0.getTime() + step * 1_000),
              policy,
            }),
          ];
        } catch (error) {
          // Refused commands (QC-3, QC-4, a stale supersession) append nothing.
          if (!(error instanceof RuleViolation || error instanceof Conflict))
            throw new Error(`seed ${seed}: ${String(error)}`, { cause: error });
          continue;
        }
        events.push(...decided);
        for (const e of decided)
          if (e.type === 'ResponsibilityAttributed') expectedSteps.push(`attributed ${e.data.attributionId}`);
          else if (e.type === 'AttributionDisputed') expectedSteps.push(`disputed ${e.data.attributionId}`);
          else if (e.type === 'AttributionConfirmed') expectedSteps.push(`confirmed ${e.data.attributionId}`);
          else if (e.type === 'AttributionSuperseded')
            expectedSteps.push(`superseded ${e.data.attributionId}`);

        const after = fold(inspectionDecider, events) as ExistingInspection;
        const history = responsibilityHistory(inspectionId, events);
        const inForceNow = after.attributions.filter((a) => a.inForce);
        if (after.attributions.length > 0) {
          expect({ seed, inForce: inForceNow.length }).toEqual({ seed, inForce: 1 });
          expect({ seed, history: history.inForce?.attributionId }).toEqual({
            seed,
            history: inForceNow[0].attributionId,
          });
          expect(history.attributions.filter((a) => a.inForce)).toHaveLength(1);
          // Nothing earlier is erased: every attribution ever made is listed, the superseded with a successor.
          expect(history.attributions.map((a) => a.attributionId)).toEqual(
            after.attributions.map((a) => a.attributionId),
          );
          for (const a of history.attributions.filter((x) => !x.inForce))
            expect(a.supersededBy).toBeDefined();
          // Every share table in the record sums to 10,000.
          for (const a of history.attributions)
            expect(a.shares.reduce((s, x) => s + x.shareBp, 0)).toBe(10_000);
        }
        expect(history.steps.map((s) => `${s.step} ${s.attributionId}`)).toEqual(expectedSteps);
      }
    }
  });
});
