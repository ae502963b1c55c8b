// The demo's whole-story cases: the organisation (engineers, the serial registry) and one case
// stopped after every stage of the story, played by the story driver over HTTP. The case that
// stops at the claim has its costs audited into last month, which the next case's settlement
// closes: the finance demo has a closed period with a ledger in it. Two more cases leave a claim
// in the states the story passes through (CLM-4, QC-4): its dispute awaiting QC's review, and
// withdrawn with its chargeback refunded (FIN-6). Loaded once.
import { loadEngineers, registerProducts, storyCase } from '../story/organisation';
import { playDemoClaim, type DemoClaim, type DemoClaimEnding } from './demo-claims';
import { playStory, previousMonth, STAGES, type StoryResult } from '../story/story';
import { StoryClient, type ServiceUrls } from '../story/story-client';

const DEMO_TAG = 'DEMO';

const CLAIM_ENDINGS: readonly DemoClaimEnding[] = ['dispute-pending', 'withdrawn-refunded'];

export async function loadStoryDemo(urls: ServiceUrls): Promise<{
  cases: number;
  summary: string;
  results: StoryResult[];
  claims: DemoClaim[];
}> {
  const staged = STAGES.map((_, i) => storyCase(i + 1, 'HZ', DEMO_TAG));
  const claimCases = CLAIM_ENDINGS.map((_, i) => storyCase(STAGES.length + 1 + i, 'HZ', DEMO_TAG));
  const http = new StoryClient(urls);
  const registry = { userId: 'demo-claims', name: 'Claims Wu', roles: ['claims-officer'], branches: ['HZ'] };
  // Kept from an earlier run: the last case's serial is registered once its story was played.
  const last = staged[staged.length - 1];
  if ((await http.call('claims', 'GET', `/products/${last.product.serial}`, registry)).status === 200)
    return { cases: 0, summary: 'kept from an earlier run', results: [], claims: [] };
  await loadEngineers(urls);
  await registerProducts(urls, [...staged.slice(0, -1), ...claimCases]);
  const results: StoryResult[] = [];
  // The claim cases play side by side with the staged ones, which keeps the demo's load time.
  const claims = Promise.all(CLAIM_ENDINGS.map((ending, i) => playDemoClaim(urls, claimCases[i], ending)));
  claims.catch(() => undefined); // awaited below; a failure is reported there
  for (const [i, until] of STAGES.entries()) {
    if (i === staged.length - 1) await registerProducts(urls, [last]);
    results.push(
      await playStory(urls, staged[i], {
        until,
        ...(until === 'claim-confirmed' ? { approvalPeriod: previousMonth(new Date()) } : {}),
      }),
    );
  }
  const claimed = await claims;
  return {
    cases: results.length + claimed.length,
    summary: [
      ...results.map((r) => `${r.caseNumber} ${r.reached}`),
      ...claimed.map((k) => `${k.story.caseNumber} claim ${k.ending}`),
    ].join(', '),
    results,
    claims: claimed,
  };
}
