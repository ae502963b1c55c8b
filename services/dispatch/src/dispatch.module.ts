import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HealthRegistry, JsonLogger, Metrics, ShutdownRegistry, watchRuntime } from '@aftersales/platform';
import { DailyVisitReportHandler } from './daily-report.query';
import { DispatchConfig } from './dispatch.config';
import { ChangeEngineerHandler } from './engineer/change-engineer.handler';
import { GetEngineerHandler, ListEngineersHandler } from './engineer/engineer.queries';
import { RegisterEngineerHandler } from './engineer/register-engineer/register-engineer.handler';
import { EngineersController } from './http/engineers.http.controller';
import { VisitQueriesController } from './http/visit-queries.http.controller';
import { VisitsController } from './http/visits.http.controller';
import { DispatchRuntime } from './infrastructure/dispatch-runtime';
import { DISPATCH_SCHEMA } from './infrastructure/dispatch-migrations';
import { loadDispatchSettings } from './infrastructure/dispatch-settings';
import { AutoAssignEngineerHandler } from './visit/assign-engineer/auto-assign.handler';
import { ChangeVisitHandler } from './visit/change-visit.handler';
import { OpenVisitHandler } from './visit/open-visit/open-visit.handler';
import { ListVisitsHandler, VisitTimelineHandler } from './visit/visit-list/visit.queries';

@Module({
  // Controllers dispatch commands and queries; the handlers load, decide and append.
  imports: [CqrsModule.forRoot()],
  controllers: [EngineersController, VisitsController, VisitQueriesController],
  providers: [
    OpenVisitHandler,
    AutoAssignEngineerHandler,
    ChangeVisitHandler,
    RegisterEngineerHandler,
    ChangeEngineerHandler,
    ListVisitsHandler,
    VisitTimelineHandler,
    DailyVisitReportHandler,
    ListEngineersHandler,
    GetEngineerHandler,
    {
      provide: DispatchRuntime,
      inject: [DispatchConfig, HealthRegistry, ShutdownRegistry, JsonLogger, Metrics],
      useFactory: async (
        config: DispatchConfig,
        health: HealthRegistry,
        shutdown: ShutdownRegistry,
        logger: JsonLogger,
        metrics: Metrics,
      ) => {
        const runtime = await DispatchRuntime.start({
          databaseUrl: config.DATABASE_URL,
          eventStoreSchema: config.EVENT_STORE_SCHEMA,
          settings: loadDispatchSettings(config.DISPATCH_POLICY_FILE, {
            branches: config.DISPATCH_BRANCHES.split(','),
            timeZone: config.DEFAULT_TIME_ZONE,
          }),
          poolSize: config.DB_POOL_SIZE,
          migrate: config.MIGRATE_ON_START,
          stateCacheSize: config.STATE_CACHE_SIZE,
          kafka: config.KAFKA_BROKERS
            ? {
                brokers: config.KAFKA_BROKERS.split(','),
                topic: config.DISPATCH_EVENTS_TOPIC,
                intakeTopic: config.INTAKE_EVENTS_TOPIC,
                groupId: config.DISPATCH_CONSUMER_GROUP,
                partitions: config.KAFKA_PARTITIONS,
                relay: {
                  gatherMs: config.RELAY_GATHER_MS,
                  gatherPerEventMs: config.RELAY_GATHER_PER_EVENT_MS,
                },
              }
            : undefined,
          onFlush: (flush) => metrics.observeFlush(flush),
          onError: (what, error) =>
            logger.write('error', `${what} failed`, { error: String(error) }, 'Dispatch'),
        });
        watchRuntime(runtime, health, metrics, {
          eventStore: config.EVENT_STORE_SCHEMA,
          service: DISPATCH_SCHEMA,
        });
        shutdown.register('dispatch runtime', () => runtime.stop());
        return runtime;
      },
    },
  ],
})
export class DispatchModule {}
