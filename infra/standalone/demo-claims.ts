// The demo's supplier claims in the states the whole-story cases do not leave one in: a claim
// whose dispute awaits QC's review (QC-4), and one withdrawn when QC's review superseded the
// attribution away from the supplier after it had confirmed, its chargeback refunded (FIN-6).
// Each case is the story played up to QC's attribution, then the claims steps over HTTP.
import { createHash } from 'node:crypto';
import { cast, claimNotice, playStory, type StoryCase, type StoryResult } from '../story/story';
import { StoryClient, waitFor, type ServiceUrls } from '../story/story-client';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type DemoClaimEnding = 'dispute-pending' | 'withdrawn-refunded';

export interface DemoClaim {
  readonly ending: DemoClaimEnding;
  readonly story: StoryResult;
  readonly claimId: string;
}

/** Plays one case to QC's attribution, approves its costs, and leaves its claim at `ending`. */
export async function playDemoClaim(
  urls: ServiceUrls,
  c: StoryCase,
  ending: DemoClaimEnding,
  waitMs = 30_000,
): Promise<DemoClaim> {
  const story = await playStory(urls, c, { until: 'attributed', waitMs });
  const http = new StoryClient(urls);
  const who = cast(c.branch, c);
  const wait = <T>(check: () => Promise<T | undefined | false>, what: string) =>
    waitFor(check, `${story.caseNumber}: ${what}`, waitMs);
  const { caseId, inspectionId } = story;

  // FIN-1: finance approves the travel and repair costs dispatch reported; the claim is the
  // supplier's share of the repair (travel stays with the branch, FIN-2).
  const costs = await wait(async () => {
    const r = await http.call('finance', 'GET', `/cases/${caseId}/money`, who.finance);
    const list = r.status === 200 ? (r.body.costs as Array<{ costId: string; status: string }>) : [];
    return list.length >= 2 && list;
  }, 'finance has the travel and repair costs');
  for (const cost of costs.filter((k) => k.status === 'pending'))
    await http.must('finance', 'POST', `/cases/${caseId}/costs/${cost.costId}/approve`, who.finance);
  const claim = await wait(
    claimNotice(http, c, caseId, who.claimsOfficer, 1),
    'the claim notice for the approved repair',
  );
  const claimPath = `/supplier-claims/${claim.claimId}`;
  const history = async () =>
    http.must(
      'quality-inspection',
      'GET',
      `/inspections/${inspectionId}/responsibility-history`,
      who.reviewer,
    );
  const claimNow = async () => (await http.call('claims', 'GET', claimPath, who.claimsOfficer)).body;

  if (ending === 'dispute-pending') {
    // CLM-4/QC-4: the supplier disputes on the claim; QC opens the dispute, its reviewer has not decided.
    await http.must('claims', 'POST', `${claimPath}/dispute`, who.claimsOfficer, {
      reason: `${c.supplierId}: the module passed our outgoing test; we ask for the bench report`,
      evidence: [{ kind: 'test-report', ref: `dms://claims/${caseId}/outgoing.pdf`, sha256: sha256(caseId) }],
    });
    await wait(async () => {
      const steps = (await history()).steps as Array<{ step: string }>;
      return steps.some((k) => k.step === 'disputed');
    }, "QC opened the supplier's dispute");
    return { ending, story, claimId: claim.claimId };
  }

  // CLM-4/FIN-6: the supplier confirms the exact amount; finance charges it back.
  await http.must('claims', 'POST', `${claimPath}/confirm`, who.claimsOfficer, { amount: claim.amount });
  await wait(async () => {
    const r = await http.call('finance', 'GET', `/cases/${caseId}/money`, who.finance);
    return (
      r.status === 200 &&
      (r.body.entries as Array<{ cause: { kind: string } }>).some((e) => e.cause.kind === 'chargeback')
    );
  }, 'the chargeback in the case ledger');
  // QC-4: later, the supplier disputes the attribution in QC (through the claims officer); the
  // reviewer supersedes it, production bearing all: the claim is withdrawn, the chargeback refunded.
  const inForce = (await history()).inForce as { attributionId: string; basis: string[] };
  const dispute = await http.must(
    'quality-inspection',
    'POST',
    `/inspections/${inspectionId}/disputes`,
    who.claimsOfficer,
    {
      attributionId: inForce.attributionId,
      party: `supplier:${c.supplierId}`,
      reason: 'the torque log of the assembly shows the fixing overtightened',
      evidence: [
        {
          kind: 'measurement-record',
          ref: `dms://claims/${caseId}/torque.csv`,
          sha256: sha256(`${caseId}/torque`),
        },
      ],
    },
  );
  await http.must(
    'quality-inspection',
    'POST',
    `/inspections/${inspectionId}/disputes/${dispute.disputeId}/review`,
    who.reviewer,
    {
      decision: 'supersede',
      shares: [{ party: { kind: 'department', department: c.department }, shareBp: 10_000 }],
      basis: inForce.basis,
      reason: 'the torque log shows an assembly error; the module was sound',
    },
  );
  await wait(async () => {
    const now = await claimNow();
    return now?.status === 'withdrawn' && now.refunded?.amountMinor > 0;
  }, 'the claim withdrawn and its chargeback refunded');
  return { ending, story, claimId: claim.claimId };
}
