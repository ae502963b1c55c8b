// npm run rebuild -- intake [read model …]: empties intake's read models and replays them from the log.
// Env: DATABASE_URL, EVENT_STORE_SCHEMA (default event_store), BRANCH_TIME_ZONES, DEFAULT_TIME_ZONE.
import 'reflect-metadata';
import { PostgresEventStore } from '@aftersales/event-store';
import { rebuildReadModels } from '@aftersales/projections';
import { ComplaintRegisterProjection } from '../case/complaint-register/complaint-register.projection';
import { branchZones } from './branch-zones';
import { intakeDataSource } from './data-source';

export async function rebuildIntake(names: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const store = new PostgresEventStore({
    connectionString: env.DATABASE_URL,
    schema: env.EVENT_STORE_SCHEMA ?? 'event_store',
    poolSize: 2,
  });
  const dataSource = intakeDataSource(env.DATABASE_URL, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const zones = branchZones(env.BRANCH_TIME_ZONES ?? '', env.DEFAULT_TIME_ZONE ?? 'Asia/Shanghai');
    return await rebuildReadModels({
      store,
      dataSource,
      schema: 'intake',
      projections: [new ComplaintRegisterProjection(zones)],
      names,
      log: (line) => console.log(line),
    });
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  rebuildIntake(process.argv.slice(2)).catch((error) => {
    console.error(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
