import type { EventEmitter } from 'node:events';
import type { DataSource, QueryRunner } from 'typeorm';
import { CheckpointTable } from './checkpoint';
import { ParkedEvents } from './parked-events';

/**
 * Runs `work` holding a PostgreSQL advisory lock named `key` (on a connection of its own):
 * replicas starting together on one database take turns, so schema changes that are not safe
 * to run concurrently (`CREATE … IF NOT EXISTS` included) run once and the others find them done.
 */
export async function exclusively<T>(
  dataSource: DataSource,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner() as QueryRunner & {
    releasePostgresConnection?: (error?: Error) => Promise<void>;
    databaseConnection?: EventEmitter;
  };
  await runner.connect();
  // The session may end while idle (an operator, a failover): its lock is gone with it. Whether
  // the driver hears it first or the next query does, the lock's query fails with that reason.
  let ended: Error | undefined;
  const onEnded = (error: Error) => (ended ??= error);
  const connection = runner.databaseConnection;
  connection?.on('error', onEnded);
  let lost: Error | undefined;
  const onLock = async (sql: string) => {
    try {
      await runner.query(sql, [key]);
    } catch (error) {
      lost = ended ?? (error as Error);
      throw lost;
    }
  };
  try {
    await onLock('SELECT pg_advisory_lock(hashtextextended($1, 0))');
    try {
      return await work();
    } finally {
      await onLock('SELECT pg_advisory_unlock(hashtextextended($1, 0))');
    }
  } finally {
    connection?.off('error', onEnded);
    // A session PostgreSQL ended goes back with its error, so the pool drops the connection
    // instead of handing it to the next query.
    if (lost && runner.releasePostgresConnection) await runner.releasePostgresConnection(lost);
    else await runner.release();
  }
}

/** The service's read-model migrations (TypeORM), each in its own transaction, one replica at a time. */
export function migrateReadModels(dataSource: DataSource, service: string): Promise<void> {
  return exclusively(dataSource, `read-model-migrations:${service}`, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
  });
}

/** The projections' checkpoint and parked-event tables in the service's schema, one replica at a time. */
export function migrateCheckpoints(dataSource: DataSource, schema: string): Promise<void> {
  return exclusively(dataSource, `projection-checkpoints:${schema}`, async () => {
    await new CheckpointTable(schema).migrate(dataSource.manager);
    await new ParkedEvents(schema).migrate(dataSource.manager);
  });
}
