// npm run migrate:intake: applies intake's schema changes and creates its Kafka topics, then exits
// (the migration job of a rollout; replicas then run with MIGRATE_ON_START=false).
// Env: intake's own (DATABASE_URL, EVENT_STORE_SCHEMA, KAFKA_BROKERS, KAFKA_PARTITIONS, topics).
import 'reflect-metadata';
import { loadConfig, reportMigration, runMigrationJob } from '@aftersales/platform';
import { IntakeConfig } from '../intake.config';
import { migrateIntake } from './intake-migrations';

export async function migrateIntakeFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(IntakeConfig, env);
  await reportMigration('intake', () =>
    migrateIntake({
      databaseUrl: config.DATABASE_URL,
      eventStoreSchema: config.EVENT_STORE_SCHEMA,
      kafka: config.KAFKA_BROKERS
        ? {
            brokers: config.KAFKA_BROKERS.split(','),
            partitions: config.KAFKA_PARTITIONS,
            topic: config.INTAKE_EVENTS_TOPIC,
            downstreamTopics: config.DOWNSTREAM_TOPICS.split(',').filter((t) => t.length > 0),
          }
        : undefined,
    }),
  );
}

if (require.main === module) runMigrationJob('intake', () => migrateIntakeFromEnv());
