import { PostgresEventStore } from '@aftersales/event-store';
import { brokerFor, DeadLetterStore, Inbox, migrateRelay } from '@aftersales/messaging';
import { migrateCheckpoints, migrateReadModels } from '@aftersales/projections';
import { TimerStore } from '@aftersales/scheduling';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

export interface ServiceMigration {
  /** The service's name: its PostgreSQL schema and the names of its migration locks. */
  readonly service: string;
  readonly databaseUrl: string;
  readonly eventStoreSchema: string;
  /** The service's read-model data source (entities and migrations), not yet initialised. */
  readonly readModels: (databaseUrl: string) => DataSource;
  /** Topics the service publishes to or consumes, created when missing. */
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly partitions?: number;
    readonly topics: readonly string[];
  };
}

/**
 * Every schema change an event-sourced service needs: the event store, its read models, timers,
 * projection checkpoints, the relay's, the inbox's and the dead letters' tables, and its Kafka topics. Each step is
 * idempotent and takes a lock of its own, so replicas and a migration job may run it at once.
 */
export async function migrateService(migration: ServiceMigration): Promise<void> {
  const { service, databaseUrl, kafka } = migration;
  const store = new PostgresEventStore({ connectionString: databaseUrl, schema: migration.eventStoreSchema });
  const dataSource = migration.readModels(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 10_000 });
  try {
    await store.migrate();
    await dataSource.initialize();
    await migrateReadModels(dataSource, service);
    await migrateCheckpoints(dataSource, service);
    await new TimerStore({ pool, schema: service }).migrate();
    await migrateRelay(pool, service);
    // The inbox table is shared by the service's consumers; the name only matters to queries.
    await new Inbox(service, 'migration').migrate(pool);
    await new DeadLetterStore(pool, service).migrate();
    if (kafka) {
      const admin = await brokerFor(kafka.brokers, `${service}-migration`).admin();
      try {
        await admin.ensureTopics(kafka.topics.map((topic) => ({ topic, partitions: kafka.partitions ?? 6 })));
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

/** Runs a service's migration and prints one JSON line saying it is done and how long it took. */
export async function reportMigration(service: string, migrate: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await migrate();
  process.stdout.write(
    `${JSON.stringify({ level: 'info', service, msg: 'migrated', ms: Date.now() - started })}\n`,
  );
}

/** A migration job's entry point: a failure prints its reason and exits 1, so the job fails. */
export function runMigrationJob(service: string, job: () => Promise<void>): void {
  job().catch((error) => {
    console.error(`${service} migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
