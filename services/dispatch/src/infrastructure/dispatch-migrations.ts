import { topicOf } from '@aftersales/contracts';
import { PostgresEventStore } from '@aftersales/event-store';
import { brokerFor, Inbox, migrateRelay } from '@aftersales/messaging';
import { migrateCheckpoints, migrateReadModels } from '@aftersales/projections';
import { TimerStore } from '@aftersales/scheduling';
import { Pool } from 'pg';
import { dispatchDataSource } from './data-source';

export const DISPATCH_SCHEMA = 'dispatch';

export interface DispatchMigrationOptions {
  readonly databaseUrl: string;
  readonly eventStoreSchema: string;
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly partitions?: number;
    readonly topic?: string;
    /** Intake's topic, which dispatch consumes. */
    readonly intakeTopic?: string;
  };
}

/**
 * Every schema change dispatch needs: the event store, the read models, timers, projection
 * checkpoints, the relay's and the inbox's tables, its Kafka topic and intake's, which it consumes. Each step is idempotent
 * and takes a lock of its own, so replicas and a migration job may run it at the same time.
 */
export async function migrateDispatch(options: DispatchMigrationOptions): Promise<void> {
  const store = new PostgresEventStore({
    connectionString: options.databaseUrl,
    schema: options.eventStoreSchema,
  });
  const dataSource = dispatchDataSource(options.databaseUrl, 2);
  const pool = new Pool({ connectionString: options.databaseUrl, max: 2, connectionTimeoutMillis: 10_000 });
  try {
    await store.migrate();
    await dataSource.initialize();
    await migrateReadModels(dataSource, DISPATCH_SCHEMA);
    await migrateCheckpoints(dataSource, DISPATCH_SCHEMA);
    await new TimerStore({ pool, schema: DISPATCH_SCHEMA }).migrate();
    await migrateRelay(pool, DISPATCH_SCHEMA);
    await new Inbox(DISPATCH_SCHEMA, 'migration').migrate(pool);
    if (options.kafka) {
      const partitions = options.kafka.partitions ?? 6;
      const admin = await brokerFor(options.kafka.brokers, 'dispatch-migration').admin();
      try {
        await admin.ensureTopics(
          [options.kafka.topic ?? topicOf('dispatch'), options.kafka.intakeTopic ?? topicOf('intake')].map(
            (topic) => ({
              topic,
              partitions,
            }),
          ),
        );
      } finally {
        await admin.disconnect();
      }
    }
  } finally {
    await store.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await pool.end();
  }
}
