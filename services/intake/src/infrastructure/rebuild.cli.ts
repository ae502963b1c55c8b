// npm run rebuild:intake -- [read model …]: empties intake's read models and replays them from the log.
// Env: DATABASE_URL, EVENT_STORE_SCHEMA (default event_store), BRANCH_TIME_ZONES, DEFAULT_TIME_ZONE.
import 'reflect-metadata';
import { rebuildServiceReadModels } from '@aftersales/projections';
import { ComplaintRegisterProjection } from '../case/complaint-register/complaint-register.projection';
import { branchZones } from './branch-zones';
import { intakeDataSource } from './data-source';

export function rebuildIntake(names: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const zones = branchZones(env.BRANCH_TIME_ZONES ?? '', env.DEFAULT_TIME_ZONE ?? 'Asia/Shanghai');
  return rebuildServiceReadModels({
    env,
    dataSource: (url) => intakeDataSource(url, 2),
    schema: 'intake',
    projections: [new ComplaintRegisterProjection(zones)],
    names,
    log: (line) => console.log(line),
  });
}

if (require.main === module) {
  rebuildIntake(process.argv.slice(2)).catch((error) => {
    console.error(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
