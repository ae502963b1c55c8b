// npm run migrate:dispatch: applies dispatch's schema changes and creates its Kafka topics (and
// intake's, which it consumes), then exits: the migration job of a rollout; replicas then run
// with MIGRATE_ON_START=false. Env: dispatch's own (DATABASE_URL, EVENT_STORE_SCHEMA, KAFKA_*).
import 'reflect-metadata';
import { loadConfig, reportMigration, runMigrationJob } from '@aftersales/platform';
import { DispatchConfig } from '../dispatch.config';
import { migrateDispatch } from './dispatch-migrations';

export async function migrateDispatchFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(DispatchConfig, env);
  await reportMigration('dispatch', () =>
    migrateDispatch({
      databaseUrl: config.DATABASE_URL,
      eventStoreSchema: config.EVENT_STORE_SCHEMA,
      kafka: config.KAFKA_BROKERS
        ? {
            brokers: config.KAFKA_BROKERS.split(','),
            partitions: config.KAFKA_PARTITIONS,
            topic: config.DISPATCH_EVENTS_TOPIC,
            intakeTopic: config.INTAKE_EVENTS_TOPIC,
          }
        : undefined,
    }),
  );
}

if (require.main === module) runMigrationJob('dispatch', () => migrateDispatchFromEnv());
