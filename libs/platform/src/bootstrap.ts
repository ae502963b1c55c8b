import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { devPublicJwks } from './auth/dev-key';
import { JwtVerifier } from './auth/jwt-verifier';
import { loadConfig, PlatformConfig } from './config/config';
import { openApiDocument } from './http/openapi';
import { registerRequestContextHooks } from './http/request-context.hooks';
import { JsonLogger, type LogSink } from './logging/json-logger';
import { Metrics } from './metrics/metrics';
import { PlatformModule } from './platform.module';
import { ShutdownRegistry } from './shutdown/shutdown';

export interface ServiceOptions<C extends PlatformConfig> {
  /** The service name: route prefix (/intake/...), log and metrics label. */
  readonly name: string;
  /** The service's root module. */
  readonly module: Type<unknown>;
  /** The typed config class (extends PlatformConfig); validated from env before anything starts. */
  readonly config?: new () => C;
  /** Defaults to process.env; tests pass their own. */
  readonly env?: Record<string, string | undefined>;
  /** Where JSON log lines go (default stdout). */
  readonly logSink?: LogSink;
  /** Listen to SIGTERM/SIGINT for graceful shutdown (default true). */
  readonly handleSignals?: boolean;
}

export interface RunningService<C extends PlatformConfig> {
  readonly app: NestFastifyApplication;
  readonly config: C;
  /** e.g. http://127.0.0.1:41234 (no prefix). */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A NestJS service on Fastify with everything of SERVICE-CHECKLIST 1, 3 and 10: config
 * validation, auth, request context, validation, error shapes, health, metrics, JSON logs
 * and graceful shutdown. Throws ConfigError before creating anything when env is bad.
 */
export async function bootstrapService<C extends PlatformConfig = PlatformConfig>(
  options: ServiceOptions<C>,
): Promise<RunningService<C>> {
  const configType = (options.config ?? PlatformConfig) as new () => C;
  const config = loadConfig(configType, options.env ?? process.env);
  const logger = new JsonLogger(options.name, config.LOG_LEVEL, options.logSink);
  const metrics = new Metrics(options.name);
  const verifier = new JwtVerifier({
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    clockToleranceSeconds: config.AUTH_CLOCK_TOLERANCE_SECONDS,
    algorithms: config.AUTH_ALGORITHMS.split(',').map((a) => a.trim()),
    jwksUrl: config.AUTH_JWKS_URL,
    localJwks: config.AUTH_DEV_KEY ? devPublicJwks() : undefined,
    rolesClaim: config.AUTH_ROLES_CLAIM,
    branchesClaim: config.AUTH_BRANCHES_CLAIM,
  });

  @Module({
    imports: [PlatformModule.forRoot({ config, configType, logger, metrics, verifier }), options.module],
  })
  class ServiceRootModule {}

  const adapter = new FastifyAdapter({ trustProxy: true });
  registerRequestContextHooks(adapter.getInstance());
  metrics.observeHttp(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(ServiceRootModule, adapter, {
    logger,
    // A failed start throws to the caller (runService reports it and exits) instead of Nest
    // exiting the process on its own.
    abortOnError: false,
    // New requests get 503 once shutdown begins; in-flight ones finish.
    return503OnClosing: true,
  });
  app.setGlobalPrefix(options.name);
  // The server waits for open keep-alive connections when closing: an in-flight response sent
  // while draining closes its connection, so the server can close as soon as it is answered.
  const shutdown = app.get(ShutdownRegistry);
  adapter.getInstance().addHook('onSend', (_request, reply, payload, done) => {
    if (shutdown.draining) void reply.header('connection', 'close');
    done(null, payload);
  });
  if (options.handleSignals ?? true) enableGracefulShutdown(app, config, logger);
  // SERVICE-CHECKLIST 4: the OpenAPI document at /<name>/docs, public like health.
  const document = openApiDocument(app, options.name);
  app
    .getHttpAdapter()
    .get(`/${options.name}/docs`, (_request: unknown, reply: { send(body: unknown): void }) => {
      reply.send(document);
    });
  // The service's own URL answers with where to go next, not 404 (what the standalone prints).
  app.getHttpAdapter().get(`/${options.name}`, (_request: unknown, reply: { send(body: unknown): void }) => {
    reply.send({
      service: options.name,
      docs: `/${options.name}/docs`,
      health: `/${options.name}/health/ready`,
      metrics: `/${options.name}/metrics`,
    });
  });

  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    await app.close(); // e.g. port taken: release what start-up acquired before failing
    throw error;
  }
  const address = app.getHttpServer().address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  logger.write('info', 'listening', { url, prefix: `/${options.name}` }, 'Bootstrap');
  return { app, config, url, close: () => app.close() };
}

function enableGracefulShutdown(app: INestApplication, config: PlatformConfig, logger: JsonLogger): void {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  app.enableShutdownHooks([...signals]);
  // A hook that hangs must not keep a pod in Terminating forever.
  const deadline = (signal: string) => {
    setTimeout(() => {
      logger.write(
        'fatal',
        `shutdown did not finish within ${config.SHUTDOWN_TIMEOUT_MS} ms`,
        { signal },
        'Shutdown',
      );
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
  };
  signals.forEach((s) => process.on(s, deadline));
  app
    .get(ShutdownRegistry)
    .register('signal listeners', () => signals.forEach((s) => process.off(s, deadline)));
}

/** For main.ts: start, or print why not (e.g. the config variable at fault) and exit 1. */
export async function runService<C extends PlatformConfig>(
  options: ServiceOptions<C>,
): Promise<RunningService<C>> {
  try {
    return await bootstrapService(options);
  } catch (error) {
    console.error(`${options.name} did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
