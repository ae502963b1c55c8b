// npm run rebuild:dispatch -- [read model …]: empties dispatch's read models and replays them from the log.
// Env: DATABASE_URL, EVENT_STORE_SCHEMA (default event_store).
import 'reflect-metadata';
import { rebuildServiceReadModels } from '@aftersales/projections';
import { VisitListProjection } from '../visit/visit-list/visit-list.projection';
import { dispatchDataSource } from './data-source';

export function rebuildDispatch(names: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return rebuildServiceReadModels({
    env,
    dataSource: (url) => dispatchDataSource(url, 2),
    schema: 'dispatch',
    projections: [new VisitListProjection()],
    names,
    log: (line) => console.log(line),
  });
}

if (require.main === module) {
  rebuildDispatch(process.argv.slice(2)).catch((error) => {
    console.error(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
