import { topicOf } from '@aftersales/contracts';
import { PostgresEventStore } from '@aftersales/event-store';
import { brokerFor, Inbox, migrateRelay } from '@aftersales/messaging';
import { migrateCheckpoints, migrateReadModels } from '@aftersales/projections';
import { TimerStore } from '@aftersales/scheduling';
import { Pool } from 'pg';
import { intakeDataSource } from './data-source';

export const INTAKE_SCHEMA = 'intake';

export interface IntakeMigrationOptions {
  readonly databaseUrl: string;
  readonly eventStoreSchema: string;
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly partitions?: number;
    readonly topic?: string;
    readonly downstreamTopics?: readonly string[];
  };
}

/**
 * Every schema change intake needs: the event store, the read models, timers, projection
 * checkpoints, the relay's and the inbox's tables, and its Kafka topics. Each step is idempotent
 * and takes a lock of its own, so replicas and a migration job may run it at the same time.
 */
export async function migrateIntake(options: IntakeMigrationOptions): Promise<void> {
  const store = new PostgresEventStore({
    connectionString: options.databaseUrl,
    schema: options.eventStoreSchema,
  });
  const dataSource = intakeDataSource(options.databaseUrl, 2);
  const pool = new Pool({ connectionString: options.databaseUrl, max: 2, connectionTimeoutMillis: 10_000 });
  try {
    await store.migrate();
    await dataSource.initialize();
    await migrateReadModels(dataSource, INTAKE_SCHEMA);
    await migrateCheckpoints(dataSource, INTAKE_SCHEMA);
    await new TimerStore({ pool, schema: INTAKE_SCHEMA }).migrate();
    await migrateRelay(pool, INTAKE_SCHEMA);
    await new Inbox(INTAKE_SCHEMA, 'migration').migrate(pool);
    if (options.kafka) {
      const partitions = options.kafka.partitions ?? 6;
      const admin = await brokerFor(options.kafka.brokers, 'intake-migration').admin();
      try {
        await admin.ensureTopics(
          [options.kafka.topic ?? topicOf('intake'), ...(options.kafka.downstreamTopics ?? [])].map(
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
