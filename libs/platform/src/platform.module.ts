import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { JwtVerifier } from './auth/jwt-verifier';
import { PlatformConfig } from './config/config';
import { HealthController, HealthRegistry } from './health/health';
import { ErrorFilter } from './http/error.filter';
import { createValidationPipe } from './http/validation';
import { JsonLogger } from './logging/json-logger';
import { Metrics, MetricsController } from './metrics/metrics';
import { ShutdownRegistry } from './shutdown/shutdown';

export interface PlatformModuleOptions {
  readonly config: PlatformConfig;
  /** The service's own config class, injectable as itself. */
  readonly configType: new () => PlatformConfig;
  readonly logger: JsonLogger;
  readonly metrics: Metrics;
  readonly verifier: JwtVerifier;
}

/**
 * Global: guard, request context, error filter and validation for every route; health and
 * metrics endpoints; the registries services add their checks and shutdown hooks to.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const values = [
      { provide: PlatformConfig, useValue: options.config },
      { provide: JsonLogger, useValue: options.logger },
      { provide: Metrics, useValue: options.metrics },
      { provide: JwtVerifier, useValue: options.verifier },
    ];
    if (options.configType !== PlatformConfig)
      values.push({ provide: options.configType, useValue: options.config });
    return {
      module: PlatformModule,
      global: true,
      controllers: [HealthController, MetricsController],
      providers: [
        ...values,
        HealthRegistry,
        ShutdownRegistry,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
        {
          provide: APP_PIPE,
          useFactory: (config: PlatformConfig) =>
            createValidationPipe({
              maxDepth: config.HTTP_MAX_BODY_DEPTH,
              maxParameterLength: config.HTTP_MAX_PARAMETER_LENGTH,
            }),
          inject: [PlatformConfig],
        },
      ],
      exports: [...values.map((v) => v.provide), HealthRegistry, ShutdownRegistry],
    };
  }
}
