// npm run rebuild -- dispatch [read model …]: empties dispatch's read models and replays them from the log.
// Env: DATABASE_URL, EVENT_STORE_SCHEMA (default event_store).
import 'reflect-metadata';
import { PostgresEventStore } from '@aftersales/event-store';
import { rebuildReadModels } from '@aftersales/projections';
import { VisitListProjection } from '../visit/visit-list/visit-list.projection';
import { dispatchDataSource } from './data-source';

export async function rebuildDispatch(names: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const store = new PostgresEventStore({
    connectionString: env.DATABASE_URL,
    schema: env.EVENT_STORE_SCHEMA ?? 'event_store',
    poolSize: 2,
  });
  const dataSource = dispatchDataSource(env.DATABASE_URL, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return await rebuildReadModels({
      store,
      dataSource,
      schema: 'dispatch',
      projections: [new VisitListProjection()],
      names,
      log: (line) => console.log(line),
    });
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  rebuildDispatch(process.argv.slice(2)).catch((error) => {
    console.error(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
