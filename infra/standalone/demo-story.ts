// The demo's whole-story cases: the organisation (engineers, the serial registry) and one case
// stopped after every stage of the story, played by the story driver over HTTP. The case that
// stops at the claim has its costs audited into last month, which the next case's settlement
// closes: the finance demo has a closed period with a ledger in it. Loaded once.
import { loadEngineers, registerProducts, storyCase } from '../story/organisation';
import { playStory, previousMonth, STAGES, type StoryResult } from '../story/story';
import { StoryClient, type ServiceUrls } from '../story/story-client';

const DEMO_TAG = 'DEMO';

export async function loadStoryDemo(
  urls: ServiceUrls,
): Promise<{ cases: number; summary: string; results: StoryResult[] }> {
  const cases = STAGES.map((_, i) => storyCase(i + 1, 'HZ', DEMO_TAG));
  const http = new StoryClient(urls);
  const registry = { userId: 'demo-claims', name: 'Claims Wu', roles: ['claims-officer'], branches: ['HZ'] };
  // Kept from an earlier run: the last case's serial is registered once its story was played.
  const last = cases[cases.length - 1];
  if ((await http.call('claims', 'GET', `/products/${last.product.serial}`, registry)).status === 200)
    return { cases: 0, summary: 'kept from an earlier run', results: [] };
  await loadEngineers(urls);
  await registerProducts(urls, cases.slice(0, -1));
  const results: StoryResult[] = [];
  for (const [i, until] of STAGES.entries()) {
    if (i === cases.length - 1) await registerProducts(urls, [last]);
    results.push(
      await playStory(urls, cases[i], {
        until,
        ...(until === 'claim-confirmed' ? { approvalPeriod: previousMonth(new Date()) } : {}),
      }),
    );
  }
  return {
    cases: results.length,
    summary: results.map((r) => `${r.caseNumber} ${r.reached}`).join(', '),
    results,
  };
}
