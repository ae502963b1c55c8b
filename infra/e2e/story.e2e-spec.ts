// Issue 27: the whole back office as six separate processes, each on a database of its own,
// talking only through the real Kafka, driven over HTTP with development tokens by the story
// driver; then every service's read models and every topic. A second case plays the same story
// while dispatch, quality inspection and finance are each SIGKILLed and restarted in its middle:
// it ends with the same read models and ledger, ids and times aside.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { eventually, readTopic, type TopicMessage } from '@aftersales/testing';
import { cast, playStory, previousMonth, type Stage, type StoryCase, type StoryResult } from '../story/story';
import { loadEngineers, registerProducts, storyCase } from '../story/organisation';
import { StoryClient, STORY_SERVICES, type StoryService } from '../story/story-client';
import { startBackOffice, type BackOffice } from './back-office-processes';

jest.setTimeout(600_000);

/** AUD-2: the case audit report (`npm run audit -- case … --json`) from the six services' own logs. */
function auditReport(office: BackOffice, caseNumber: string, asOf?: string) {
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      'infra/services/audit.cli.ts',
      'case',
      caseNumber,
      '--json',
      ...(asOf ? ['--as-of', asOf] : []),
    ],
    {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
      env: {
        ...process.env,
        AUDIT_SOURCES: STORY_SERVICES.map((s) => `${s}=${office.databaseUrls[s]}`).join(','),
      },
    },
  );
  if (run.status !== 0) throw new Error(`audit case ${caseNumber}: exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** A list whose order follows the arrival of events from several topics: sorted once normalised. */
class Unordered {
  constructor(readonly items: unknown[]) {}
}
const unordered = (items: unknown[]) => new Unordered(items);

/**
 * The case's money. Finance hears of costs (dispatch, HTTP) and of the attribution (QC) on
 * different topics: when the attribution comes first, a cost is allocated as it is approved,
 * when it comes later, at its arrival. The costs, entries and decisions are the same either way,
 * their order and numbering not, so they are compared as sets; the balances follow from them.
 */
function ledgerOf(money: {
  costs: Array<Record<string, unknown>>;
  entries: Array<Record<string, unknown>>;
  decisions: Array<Record<string, unknown>>;
}) {
  return {
    ...money,
    costs: unordered(money.costs),
    entries: unordered(money.entries.map(({ entryId: _e, ...entry }) => entry)),
    decisions: unordered(money.decisions.map(({ version: _v, position: _p, ...decision }) => decision)),
  };
}

/** What each service's queries say about the case, as an auditor would read them. */
async function readModels(office: BackOffice, c: StoryCase, r: StoryResult) {
  const http = new StoryClient(office.urls);
  const who = cast(c.branch, c);
  const get = (service: StoryService, path: string, actor = who.finance) =>
    http.must(service, 'GET', path, actor);
  const inspections = (
    await get('quality-inspection', `/inspections?branch=${c.branch}&limit=200`, who.inspector)
  ).items as Array<{ inspectionId: string }>;
  const capas = (await get('quality-inspection', `/capas?branch=${c.branch}&status=open`, who.inspector))
    .items as Array<{
    inspectionId: string;
  }>;
  const intakeCase = await get('intake', `/cases/${r.caseId}`, who.clerk);
  return {
    // Milestones of five topics join the timeline in the order they arrive, which no service
    // orders: compared as a set, each entry without its place in the stream.
    intake: {
      ...intakeCase,
      timeline: unordered(
        (intakeCase.timeline as Array<Record<string, unknown>>).map(
          ({ position: _p, version: _v, ...entry }) => entry,
        ),
      ),
    },
    register: (
      (await get('intake', `/cases?branch=${c.branch}&limit=200`, who.clerk)).items as Array<{
        caseId: string;
      }>
    ).find((k) => k.caseId === r.caseId),
    visit: await get('dispatch', `/visits/${r.visitId}`, who.dispatcher),
    responsibility: await get(
      'quality-inspection',
      `/inspections/${r.inspectionId}/responsibility-history`,
      who.inspector,
    ),
    returnInspection: await get(
      'quality-inspection',
      `/inspections/${r.returnInspectionId}/responsibility-history`,
      who.inspector,
    ),
    inspectionList: inspections.filter((i) =>
      [r.inspectionId, r.returnInspectionId].includes(i.inspectionId),
    ),
    capas: capas.filter((k) => [r.inspectionId, r.returnInspectionId].includes(k.inspectionId)),
    rma: await get('warehouse-returns', `/rmas/${r.rmaId}`, who.keeper),
    warranty: await get('claims', `/cases/${r.caseId}/warranty`, who.claimsOfficer),
    claim: await get('claims', `/supplier-claims/${r.claimId}`, who.claimsOfficer),
    // Claims records each service's news in the order it arrives; the history is compared as a set.
    serialHistory: unordered(
      (await get('claims', `/products/${c.product.serial}/history`, who.claimsOfficer)).entries as unknown[],
    ),
    money: ledgerOf(await get('finance', `/cases/${r.caseId}/money`)),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** RET-5/RET-8 transport order and receipt numbers, made from the return's id. */
const RECEIPT = /\b(RR|TO)-[0-9A-F]{12}\b/g;
/** Content hashes of the case's own evidence files. */
const SHA256 = /\b[0-9a-f]{64}\b/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g;
/** Fields that say when or where in a log something happened, not what. */
const WHEN = new Set([
  'position',
  'lastPosition',
  'globalPosition',
  'logPosition',
  'recordedAt',
  'travelMinutes',
]);

/**
 * The read models with what legitimately differs between two cases taken out: the case's own ids,
 * serials and number, other generated ids and every time. Everything else must be equal.
 */
function normalised(value: unknown, c: StoryCase, r: StoryResult): unknown {
  const own: Array<[string, string]> = [
    [c.product.replacementSerial, '<replacement>'],
    [c.product.serial, '<serial>'],
    [r.caseNumber, '<case-number>'],
    ...(
      [
        'caseId',
        'visitId',
        'inspectionId',
        'attributionId',
        'claimId',
        'rmaId',
        'returnInspectionId',
      ] as const
    ).flatMap((k): Array<[string, string]> => (r[k] ? [[r[k] as string, `<${k}>`]] : [])),
  ];
  const text = (s: string) =>
    own
      .reduce((t, [from, to]) => t.split(from).join(to), s)
      .replace(TIME, '<time>')
      .replace(RECEIPT, '$1-<number>')
      .replace(SHA256, '<sha256>')
      .replace(UUID, '<id>');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (v instanceof Unordered) return v.items.map((x) => JSON.stringify(walk(x))).sort();
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !WHEN.has(k))
          .map(([k, x]) => [text(k), walk(x)]),
      );
    return v;
  };
  return walk(value);
}

/** Each topic's distinct events of the case (a redelivery after a crash is the same event). */
function eventsOf(seen: Record<StoryService, TopicMessage[]>, r: StoryResult) {
  const keys = new Set([r.caseId, r.rmaId, r.returnInspectionId]);
  return Object.fromEntries(
    STORY_SERVICES.map((s) => {
      const distinct = new Map<string, string>();
      for (const m of seen[s]) if (keys.has(m.key)) distinct.set(m.headers.ce_id, m.type);
      return [s, [...distinct.values()].sort()];
    }),
  );
}

/**
 * The read models once every service has caught up with the story's last events: two reads a
 * while apart that say the same.
 */
async function settled<T>(read: () => Promise<T>, c: StoryCase, r: StoryResult): Promise<T> {
  let last = await read();
  for (let i = 0; i < 60; i++) {
    await new Promise((done) => setTimeout(done, 1_000));
    const next = await read();
    if (JSON.stringify(normalised(next, c, r)) === JSON.stringify(normalised(last, c, r))) return next;
    last = next;
  }
  throw new Error('the read models did not settle within a minute');
}

/** FIN-3 of a two-party split: the rounded-down part, plus the unit left when its remainder is the larger. */
function largestRemainderPart(amountMinor: number, shareBp: number): number {
  const part = Math.floor((amountMinor * shareBp) / 10_000);
  const other = Math.floor((amountMinor * (10_000 - shareBp)) / 10_000);
  const left = amountMinor - part - other;
  const mine = (amountMinor * shareBp) % 10_000;
  const theirs = (amountMinor * (10_000 - shareBp)) % 10_000;
  return part + (left && (mine > theirs || (mine === theirs && shareBp >= 5_000)) ? left : 0);
}

describe('the whole back office: six processes over Kafka (issue 27)', () => {
  let office: BackOffice;
  let readers: Array<Awaited<ReturnType<typeof readTopic>>> = [];
  const seen = {} as Record<StoryService, TopicMessage[]>;
  const tag = `E${Date.now().toString(36)}`;
  const baselineCase = storyCase(1, 'HZ', tag);
  // The same story of another unit: the same model, supplier and costs, its own serials.
  const crashedCase: StoryCase = {
    ...baselineCase,
    product: { ...baselineCase.product, serial: `${tag}-K`, replacementSerial: `${tag}-K-R` },
  };
  let baseline: { result: StoryResult; models: Awaited<ReturnType<typeof readModels>> } | undefined;

  beforeAll(async () => {
    office = await startBackOffice();
    readers = await Promise.all(STORY_SERVICES.map((s) => readTopic(office.topics[s], `story-${s}`)));
    STORY_SERVICES.forEach((s, i) => (seen[s] = readers[i].seen));
    await loadEngineers(office.urls, ['HZ']);
    await registerProducts(office.urls, [baselineCase, crashedCase]);
  });
  afterAll(async () => {
    for (const reader of readers) await reader.stop();
    await office?.stop();
  });

  it('INT-4/DSP-4/QC-3/QC-4/CLM-4/RET-7/CLM-7/FIN-3/FIN-6/FIN-8/INT-8: the story across six processes; every service tells it', async () => {
    const result = await playStory(office.urls, baselineCase, { waitMs: 60_000 });
    const models = await settled(() => readModels(office, baselineCase, result), baselineCase, result);
    baseline = { result, models };
    const c = baselineCase;

    // Intake: accepted by the branch manager, answered in time, closed with the customer's word, surveyed.
    expect(models.intake.case).toMatchObject({ status: 'closed' });
    expect(models.register).toMatchObject({ caseNumber: result.caseNumber, status: 'closed' });
    expect(JSON.stringify(models.intake)).toMatch(/SurveyAnswered/);
    // Dispatch: the engineer took the product back against a receipt (DSP-4).
    expect(JSON.stringify(models.visit)).toContain(`PR-${result.caseNumber}`);
    // QC: 60/40 in force, the supplier's dispute confirmed on review, signed off with a CAPA.
    expect(models.responsibility.inForce).toMatchObject({
      attributionId: result.attributionId,
      shares: [
        { party: { kind: 'supplier', supplierId: c.supplierId }, shareBp: 6_000 },
        { party: { kind: 'department', department: 'production' }, shareBp: 4_000 },
      ],
    });
    expect(models.responsibility.steps.map((s: { step: string }) => s.step)).toEqual([
      'attributed',
      'disputed',
      'confirmed',
    ]);
    expect(models.capas.length).toBeGreaterThanOrEqual(1);
    // Claims: free warranty; the claim is the supplier's 60 % of repair and transport, confirmed.
    expect(JSON.stringify(models.warranty)).toContain('free-warranty');
    const http = new StoryClient(office.urls);
    const money = (await http.must(
      'finance',
      'GET',
      `/cases/${result.caseId}/money`,
      cast(c.branch, c).finance,
    )) as {
      costs: Array<{ costId: string; kind: string; amountMinor: number; status: string }>;
      entries: Array<{
        cause: { kind: string };
        lines: Array<{ account: string; debitMinor: number; creditMinor: number }>;
      }>;
    };
    expect(money.costs.map((k) => [k.kind, k.status]).sort()).toEqual([
      ['labour', 'approved'],
      ['transport', 'approved'],
      ['travel', 'approved'],
    ]);
    const balance = (account: string) =>
      money.entries
        .flatMap((e) => e.lines)
        .filter((l) => l.account === account)
        .reduce((sum, l) => sum + l.debitMinor - l.creditMinor, 0);
    const warrantyWork = money.costs
      .filter((k) => k.kind !== 'travel')
      .reduce((s, k) => s + k.amountMinor, 0);
    const supplierPart = money.costs
      .filter((k) => k.kind !== 'travel')
      .reduce((s, k) => s + largestRemainderPart(k.amountMinor, 6_000), 0);
    expect(models.claim).toMatchObject({ status: 'confirmed', amount: { amountMinor: supplierPart } });
    // Finance: travel stays with the branch (FIN-2); the rest goes 40/60 (FIN-3); the claim is charged back (FIN-6).
    expect(balance(`branch-cost:${c.branch}`)).toBe(c.costs.travel.amountMinor);
    expect(balance('manufacturing-cost')).toBe(0);
    expect(balance('department-cost:production')).toBe(warrantyWork - supplierPart);
    expect(balance(`supplier-recoverable:${c.supplierId}`)).toBe(0); // recovered exactly
    expect(balance(`supplier-payable:${c.supplierId}`)).toBe(supplierPart);
    expect(money.entries.map((e) => e.cause.kind)).toEqual(
      expect.arrayContaining(['allocation', 'chargeback']),
    );
    const settlement = await http.must(
      'finance',
      'GET',
      `/periods/${c.branch}/${previousMonth(new Date())}/settlement`,
      cast(c.branch, c).finance,
    );
    expect(settlement.closedAt).toEqual(expect.any(String));
    expect((await http.must('finance', 'GET', '/trial-balance', cast(c.branch, c).finance)).balanced).toBe(
      true,
    );
    // Warehouse returns and claims: exchanged, the replacement's serial linked to the faulty one.
    expect(models.rma.rma ?? models.rma).toMatchObject({ status: expect.stringMatching(/exchange/) });
    expect(JSON.stringify(models.serialHistory)).toContain(c.product.replacementSerial);

    // AUD-2 from the logs alone: the attribution with the supplier's dispute confirmed, and the
    // chargeback it caused; as of before the dispute, the same attribution in force, undisputed.
    const report = auditReport(office, result.caseNumber);
    const attribution = report.responsibility.attributions.find(
      (a: { attributionId: string }) => a.attributionId === result.attributionId,
    );
    expect(attribution).toMatchObject({
      inForce: true,
      disputes: [{ party: `supplier:${c.supplierId}`, outcome: 'confirmed' }],
    });
    expect(report.money.byAttribution).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          attributionId: result.attributionId,
          chargedBack: { amountMinor: supplierPart, currency: 'CNY' },
        }),
      ]),
    );
    const disputedAt = Date.parse(attribution.disputes[0].at);
    const before = auditReport(office, result.caseNumber, new Date(disputedAt - 1).toISOString());
    expect(before.responsibility.inForce.map((a: { attributionId: string }) => a.attributionId)).toEqual([
      result.attributionId,
    ]);
    expect(
      before.responsibility.attributions.find(
        (a: { attributionId: string }) => a.attributionId === result.attributionId,
      ).disputes,
    ).toEqual([]);

    // Every topic carries the case's public events.
    const events = eventsOf(seen, result);
    expect(events.intake).toEqual(
      expect.arrayContaining([
        'intake.case-registered.v1',
        'intake.case-accepted.v1',
        'intake.case-responded.v1',
        'intake.case-closed.v1',
        'intake.survey-answered.v1',
      ]),
    );
    expect(events.dispatch).toEqual(
      expect.arrayContaining([
        'dispatch.engineer-assigned.v1',
        'dispatch.engineer-arrived.v1',
        'dispatch.product-taken-back.v1',
        'dispatch.cost-incurred.v1',
      ]),
    );
    expect(events['quality-inspection']).toEqual(
      expect.arrayContaining([
        'quality-inspection.inspection-opened.v1',
        'quality-inspection.responsibility-attributed.v1',
        'quality-inspection.attribution-disputed.v1',
        'quality-inspection.attribution-confirmed.v1',
        'quality-inspection.inspection-signed-off.v1',
        'quality-inspection.capa-raised.v1',
      ]),
    );
    expect(events['warehouse-returns']).toEqual(
      expect.arrayContaining([
        'warehouse-returns.return-requested.v1',
        'warehouse-returns.transport-order-issued.v1',
        'warehouse-returns.return-received.v1',
        'warehouse-returns.return-stocked-in.v1',
        'warehouse-returns.serial-replaced.v1',
      ]),
    );
    expect(events.claims).toEqual(
      expect.arrayContaining([
        'claims.service-classified.v1',
        'claims.supplier-claim-issued.v1',
        'claims.supplier-claim-disputed.v1',
        'claims.supplier-claim-confirmed.v1',
      ]),
    );
    expect(events.finance).toEqual(
      expect.arrayContaining(['finance.cost-audited.v1', 'finance.entry-posted.v1']),
    );
  });

  it('SIGKILL of dispatch, quality inspection and finance in the middle of the story: the same read models and ledger as the uninterrupted run', async () => {
    expect(baseline).toBeDefined();
    // Each is killed where the next step needs what it has still to learn from the log.
    const killed: Partial<Record<Stage, StoryService>> = {
      responded: 'dispatch',
      'taken-back': 'quality-inspection',
      attributed: 'finance',
    };
    const restarts: string[] = [];
    const result = await playStory(office.urls, crashedCase, {
      // A restarted member's group waits for the killed one's session to expire (~30 s).
      waitMs: 120_000,
      between: async (stage) => {
        const service = killed[stage];
        if (!service) return;
        const { readyMs } = await office.restart(service);
        restarts.push(`${service} after ${stage}: ready in ${readyMs} ms`);
      },
    });
    process.stderr.write(`\n[story] restarts: ${restarts.join('; ')}\n`);
    expect(restarts).toHaveLength(3);
    // The read models catch up with the log after the story's last command, as in the baseline.
    const expected = normalised(baseline!.models, baselineCase, baseline!.result);
    const same = async () => normalised(await readModels(office, crashedCase, result), crashedCase, result);
    await eventually(
      async () => JSON.stringify(await same()) === JSON.stringify(expected),
      'the same read models as the uninterrupted run',
      60_000,
      500,
    ).catch(() => undefined); // the comparison below shows what differs
    expect(await same()).toEqual(expected);
    expect(eventsOf(seen, result)).toEqual(eventsOf(seen, baseline!.result));
  });
});
