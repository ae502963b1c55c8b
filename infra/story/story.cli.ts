// `npm run demo:story`: plays the whole story of a new case against a running back office (the
// standalone by default), step by step, then prints its case number and its audit report (docs/audit.md).
// PORT: the standalone's base port (3000); STORY_URLS: `intake=http://…/intake,dispatch=…` for
// services elsewhere; STORY_BRANCH (HZ); DATABASE_URL: the log the audit report reads.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadEngineers, registerProducts, storyCase } from './organisation';
import { playStory } from './story';
import { standaloneUrls, STORY_SERVICES, type ServiceUrls } from './story-client';

const ROOT = path.resolve(__dirname, '../..');
const STANDALONE_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.STANDALONE_PG_PORT ?? 55432}/aftersales`;

function urlsFromEnv(env: NodeJS.ProcessEnv): ServiceUrls {
  const urls: Record<string, string> = { ...standaloneUrls(Number(env.PORT ?? 3000)) };
  for (const pair of (env.STORY_URLS ?? '').split(',').filter(Boolean)) {
    const [name, url] = pair.split('=');
    if (!STORY_SERVICES.includes(name as never)) throw new Error(`STORY_URLS names no service ${name}`);
    urls[name] = url.replace(/\/$/, '');
  }
  return urls as unknown as ServiceUrls;
}

/**
 * The case's audit report (AUD-2, docs/audit.md), from the event log alone: `npm run audit -- case`.
 * Its exit code: 0 the report, 1 with a broken hash link, 2 usage or configuration, 3 no such case.
 */
export function printAuditReport(caseNumber: string, databaseUrl: string): number {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'infra/services/audit.cli.ts', 'case', caseNumber],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'inherit' },
  );
  return run.status ?? 1;
}

async function main() {
  const urls = urlsFromEnv(process.env);
  const branch = process.env.STORY_BRANCH ?? 'HZ';
  for (const [name, url] of Object.entries(urls)) {
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) throw new Error(`${name} does not answer at ${url}; is the back office running (npm start)?`);
  }
  const c = storyCase(Date.now() % 1_000_000, branch, `STORY${Date.now().toString(36).toUpperCase()}`);
  await loadEngineers(urls, [branch]);
  await registerProducts(urls, [c]);
  const started = Date.now();
  const result = await playStory(urls, c, {
    log: (line) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${line}`),
  });
  console.log(`\nThe story of case ${result.caseNumber} is complete (${result.caseId}).`);
  console.log(`  its money:   GET ${urls.finance}/cases/${result.caseId}/money`);
  console.log(
    `  its history: GET ${urls['quality-inspection']}/cases/${result.caseId}/responsibility-history\n`,
  );
  const databaseUrl = process.env.DATABASE_URL ?? STANDALONE_DATABASE;
  console.log(`The audit report: npm run audit -- case ${result.caseNumber}\n`);
  const status = printAuditReport(result.caseNumber, databaseUrl);
  if (status !== 0) process.exitCode = status;
}

if (require.main === module)
  main().catch((error) => {
    console.error(`The story did not complete: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
