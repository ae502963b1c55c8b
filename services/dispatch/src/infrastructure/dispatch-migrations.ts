import { topicOf } from '@aftersales/contracts';
import { migrateService } from '@aftersales/platform';
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

/** Dispatch's schema changes and topics (its own and intake's, which it consumes). */
export function migrateDispatch(options: DispatchMigrationOptions): Promise<void> {
  const { kafka } = options;
  return migrateService({
    service: DISPATCH_SCHEMA,
    databaseUrl: options.databaseUrl,
    eventStoreSchema: options.eventStoreSchema,
    readModels: (url) => dispatchDataSource(url, 2),
    kafka: kafka && {
      brokers: kafka.brokers,
      partitions: kafka.partitions,
      topics: [kafka.topic ?? topicOf('dispatch'), kafka.intakeTopic ?? topicOf('intake')],
    },
  });
}
