import { Module } from '@nestjs/common';
import { HealthRegistry, JsonLogger, ShutdownRegistry } from '@aftersales/platform';
import { DispatchConfig } from './dispatch.config';
import { EngineersController } from './http/engineers.http.controller';
import { VisitQueriesController } from './http/visit-queries.http.controller';
import { VisitsController } from './http/visits.http.controller';
import { DispatchRuntime } from './infrastructure/dispatch-runtime';
import { loadDispatchSettings } from './infrastructure/dispatch-settings';

@Module({
  controllers: [EngineersController, VisitsController, VisitQueriesController],
  providers: [
    {
      provide: DispatchRuntime,
      inject: [DispatchConfig, HealthRegistry, ShutdownRegistry, JsonLogger],
      useFactory: async (
        config: DispatchConfig,
        health: HealthRegistry,
        shutdown: ShutdownRegistry,
        logger: JsonLogger,
      ) => {
        const runtime = await DispatchRuntime.start({
          databaseUrl: config.DATABASE_URL,
          eventStoreSchema: config.EVENT_STORE_SCHEMA,
          settings: loadDispatchSettings(config.DISPATCH_POLICY_FILE, {
            branches: config.DISPATCH_BRANCHES.split(','),
            timeZone: config.DEFAULT_TIME_ZONE,
          }),
          poolSize: config.DB_POOL_SIZE,
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
          onError: (what, error) =>
            logger.write('error', `${what} failed`, { error: String(error) }, 'Dispatch'),
        });
        health.register('database', async () => {
          await runtime.dataSource.query('SELECT 1');
        });
        health.register('event-store', async () => {
          await runtime.store.readAll({ maxCount: 1 });
        });
        if (runtime.relay) {
          const relay = runtime.relay;
          health.register('relay', async () => relay.state !== 'failed');
        }
        shutdown.register('dispatch runtime', () => runtime.stop());
        return runtime;
      },
    },
  ],
})
export class DispatchModule {}
