import { DataSource } from 'typeorm';
import { VisitListRow } from '../visit/visit-list/visit-list.entity';
import { DispatchSchema1763900000000 } from './migrations/1763900000000-dispatch-schema';

export const DISPATCH_ENTITIES = [VisitListRow];
export const DISPATCH_MIGRATIONS = [DispatchSchema1763900000000];

/** Dispatch's read-model database; migrations run explicitly (never synchronize). */
export function dispatchDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    poolSize,
    entities: DISPATCH_ENTITIES,
    migrations: DISPATCH_MIGRATIONS,
    migrationsTableName: 'dispatch_migrations',
    synchronize: false,
    extra: { connectionTimeoutMillis: 10_000 },
  });
}
