import { topicOf } from '@aftersales/contracts';
import { migrateService } from '@aftersales/platform';
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

/** Intake's schema changes and topics (its own and those whose events join the case timeline). */
export function migrateIntake(options: IntakeMigrationOptions): Promise<void> {
  const { kafka } = options;
  return migrateService({
    service: INTAKE_SCHEMA,
    databaseUrl: options.databaseUrl,
    eventStoreSchema: options.eventStoreSchema,
    readModels: (url) => intakeDataSource(url, 2),
    kafka: kafka && {
      brokers: kafka.brokers,
      partitions: kafka.partitions,
      topics: [kafka.topic ?? topicOf('intake'), ...(kafka.downstreamTopics ?? [])],
    },
  });
}
