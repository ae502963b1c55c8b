import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HealthRegistry, JsonLogger, Metrics, ShutdownRegistry, watchRuntime } from '@aftersales/platform';
import { CaseCommandsController } from './case/case-commands.http.controller';
import { CaseQueriesController } from './case/case-queries.http.controller';
import { CaseTimelineHandler } from './case/case-timeline/case-timeline.query';
import { ChangeCaseHandler } from './case/change-case.handler';
import {
  ListCasesHandler,
  MonthlyComplaintSummaryHandler,
} from './case/complaint-register/complaint-register.queries';
import { RegisterCaseHandler } from './case/register-case/register-case.handler';
import { ForgetCustomerHandler } from './customer/forget-customer.handler';
import { ForgetCustomerController } from './customer/forget-customer.http.controller';
import { IntakeConfig } from './intake.config';
import { branchZones } from './infrastructure/branch-zones';
import { loadIntakePolicy } from './infrastructure/intake-policy.loader';
import { IntakeRuntime } from './infrastructure/intake-runtime';
import { INTAKE_SCHEMA } from './infrastructure/intake-migrations';

@Module({
  // Controllers dispatch commands and queries; the handlers load, decide and append.
  imports: [CqrsModule.forRoot()],
  controllers: [CaseCommandsController, CaseQueriesController, ForgetCustomerController],
  providers: [
    RegisterCaseHandler,
    ChangeCaseHandler,
    ForgetCustomerHandler,
    ListCasesHandler,
    CaseTimelineHandler,
    MonthlyComplaintSummaryHandler,
    {
      provide: IntakeRuntime,
      inject: [IntakeConfig, HealthRegistry, ShutdownRegistry, JsonLogger, Metrics],
      useFactory: async (
        config: IntakeConfig,
        health: HealthRegistry,
        shutdown: ShutdownRegistry,
        logger: JsonLogger,
        metrics: Metrics,
      ) => {
        const runtime = await IntakeRuntime.start({
          databaseUrl: config.DATABASE_URL,
          eventStoreSchema: config.EVENT_STORE_SCHEMA,
          policy: loadIntakePolicy(config.INTAKE_POLICY_FILE),
          zones: branchZones(config.BRANCH_TIME_ZONES, config.DEFAULT_TIME_ZONE),
          caseNumberBlock: config.CASE_NUMBER_BLOCK,
          stateCacheSize: config.STATE_CACHE_SIZE,
          poolSize: config.DB_POOL_SIZE,
          migrate: config.MIGRATE_ON_START,
          kafka: config.KAFKA_BROKERS
            ? {
                brokers: config.KAFKA_BROKERS.split(','),
                topic: config.INTAKE_EVENTS_TOPIC,
                partitions: config.KAFKA_PARTITIONS,
                relay: {
                  gatherMs: config.RELAY_GATHER_MS,
                  gatherPerEventMs: config.RELAY_GATHER_PER_EVENT_MS,
                },
                downstreamTopics: config.DOWNSTREAM_TOPICS.split(',').filter((t) => t.length > 0),
                downstreamGroupId: config.DOWNSTREAM_CONSUMER_GROUP,
              }
            : undefined,
          onFlush: (flush) => metrics.observeFlush(flush),
          onError: (what, error) =>
            logger.write('error', `${what} failed`, { error: String(error) }, 'Intake'),
        });
        watchRuntime(runtime, health, metrics, {
          eventStore: config.EVENT_STORE_SCHEMA,
          service: INTAKE_SCHEMA,
        });
        shutdown.register('intake runtime', () => runtime.stop());
        return runtime;
      },
    },
  ],
})
export class IntakeModule {}
