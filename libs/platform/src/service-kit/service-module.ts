import { Module, type Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { bootstrapService, runService, type RunningService, type ServiceOptions } from '../bootstrap';
import type { EventSourcedServiceConfig } from '../config/config';
import { HealthRegistry } from '../health/health';
import { watchRuntime } from '../health/watch-runtime';
import { routesOpenApi } from '../http/openapi';
import { JsonLogger } from '../logging/json-logger';
import { Metrics } from '../metrics/metrics';
import { ShutdownRegistry } from '../shutdown/shutdown';
import type { AnyServiceDeclaration, RuntimeOverrides, ServiceDeclaration } from './service-declaration';
import { CaseAuditController } from './case-audit.http.controller';
import { SERVICE_RUNTIME } from './runtime-token';
import { schemaOf, startRuntime, type ServiceRuntime } from './service-runtime';

export { SERVICE_RUNTIME } from './runtime-token';

const pascal = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

/** The Nest module of a declared service: its controllers and handlers, and its runtime. */
export function serviceModule<C extends EventSourcedServiceConfig, S, P extends object>(
  declaration: ServiceDeclaration<C, S, P>,
  overrides: RuntimeOverrides<S> = {},
): Type<unknown> {
  const { name } = declaration;
  @Module({
    // Controllers dispatch commands and queries; the handlers load, decide and append.
    imports: [CqrsModule.forRoot()],
    // Every service serves its part of a case's audit report (AUD-2).
    controllers: [...declaration.http.controllers, CaseAuditController],
    providers: [
      ...declaration.http.providers,
      {
        provide: SERVICE_RUNTIME,
        inject: [declaration.config, HealthRegistry, ShutdownRegistry, JsonLogger, Metrics],
        useFactory: async (
          config: C,
          health: HealthRegistry,
          shutdown: ShutdownRegistry,
          logger: JsonLogger,
          metrics: Metrics,
        ): Promise<ServiceRuntime<C, S, P>> => {
          const context = pascal(name);
          const started = performance.now();
          logger.write(
            'info',
            config.MIGRATE_ON_START ? 'migrating, then starting the runtime' : 'starting the runtime',
            {},
            context,
          );
          const runtime = await startRuntime(declaration, config, {
            ...overrides,
            onFlush: (flush) => metrics.observeFlush(flush),
            onTimerFired: (kind, outcome, deadline) => {
              metrics.timersFired.inc({ kind, outcome });
              if (deadline && outcome === 'recorded') metrics.deadlineMisses.inc({ kind });
            },
            onReaction: (reaction, outcome, messages) =>
              metrics.reactionMessages.inc({ reaction, outcome }, messages),
            onError:
              overrides.onError ??
              ((what, error) => logger.write('error', `${what} failed`, { error: String(error) }, context)),
          });
          watchRuntime(runtime, health, metrics, {
            eventStore: config.EVENT_STORE_SCHEMA,
            service: schemaOf(name),
          });
          if (runtime.reactions.length > 0) metrics.observeConsumerLag(() => runtime.consumerLag());
          for (const reaction of runtime.reactions) {
            health.register(`reaction ${reaction.name}`, async () => {
              if (reaction.state === 'failed') throw new Error(reaction.error ?? 'failed');
              // Commands are served meanwhile; the reaction catches up from its offsets.
              if (reaction.state === 'joining') return 'joining its consumer group';
            });
            const joinStarted = performance.now();
            void reaction.started.then(() => {
              if (reaction.state === 'running')
                logger.write(
                  'info',
                  `reaction ${reaction.name} joined its consumer group`,
                  { ms: Math.round(performance.now() - joinStarted) },
                  context,
                );
            });
          }
          shutdown.register(`${name} runtime`, () => runtime.stop());
          logger.write(
            'info',
            'runtime started',
            {
              ms: Math.round(performance.now() - started),
              reactions: runtime.reactions.map((r) => r.name),
              relay: runtime.relay !== undefined,
            },
            context,
          );
          return runtime;
        },
      },
    ],
  })
  class DeclaredServiceModule {}
  Object.defineProperty(DeclaredServiceModule, 'name', { value: `${pascal(name)}Module` });
  return DeclaredServiceModule;
}

export interface DeclaredServiceOptions<S> extends Omit<
  ServiceOptions<EventSourcedServiceConfig>,
  'name' | 'module' | 'config'
> {
  readonly overrides?: RuntimeOverrides<S>;
}

/** Starts a declared service over HTTP (tests, the standalone, main.ts). */
export function bootstrapDeclared<C extends EventSourcedServiceConfig, S, P extends object>(
  declaration: ServiceDeclaration<C, S, P>,
  options: DeclaredServiceOptions<S> = {},
): Promise<RunningService<C>> {
  return bootstrapService<C>({
    ...options,
    name: declaration.name,
    module: serviceModule(declaration, options.overrides),
    config: declaration.config,
  });
}

/** main.ts of a service: start it, or print why not and exit 1. */
export function runDeclared<C extends EventSourcedServiceConfig, S, P extends object>(
  declaration: ServiceDeclaration<C, S, P>,
): Promise<RunningService<C>> {
  return runService<C>({
    name: declaration.name,
    module: serviceModule(declaration),
    config: declaration.config,
  });
}

/** The service's OpenAPI document from its controllers alone (no database, no broker). */
export function declaredOpenApi(declaration: AnyServiceDeclaration): Promise<OpenAPIObject> {
  return routesOpenApi(
    declaration.name,
    [...declaration.http.controllers, CaseAuditController],
    [SERVICE_RUNTIME],
  );
}
