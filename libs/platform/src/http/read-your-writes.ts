import {
  applyDecorators,
  Inject,
  Injectable,
  Optional,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { PlatformConfig } from '../config/config';
import { SERVICE_RUNTIME } from '../service-kit/runtime-token';
import { ValidationFailed } from './validation';

/** On a query: answer from a read model that has applied the log at least up to this position. */
export const MIN_POSITION_HEADER = 'x-min-position';
const READ_MODEL_KEY = 'aftersales:read-model';

/** What knows how far the read models are (the service's projection runner). */
export interface ReadModelPositions {
  /** Waits up to `timeoutMs`; returns the read models still behind `position` (none: reached). */
  awaitPosition(position: number, names: readonly string[], timeoutMs: number): Promise<readonly string[]>;
}

interface ReadModelSource {
  readonly projections: readonly string[];
}

/** The read model has not reached the position the caller wrote at: retry shortly (HTTP 425). */
export class NotYetConsistent extends Error {
  constructor(
    readonly minPosition: number,
    readonly behind: readonly string[],
    readonly retryAfterSeconds: number,
  ) {
    super(`the read model (${behind.join(', ')}) has not yet reached log position ${minPosition}`);
    this.name = 'NotYetConsistent';
  }
}

/**
 * Read-your-writes for a query served from read models: a caller that sends the
 * `x-log-position` of its write as `x-min-position` gets an answer that includes that write.
 * The query waits up to READ_MODEL_WAIT_MS for the projections named, then answers 425 with
 * Retry-After. Queries that read the log itself need no such wait (they see every answered write).
 */
export const ReadModel = (...projections: string[]) =>
  applyDecorators(
    SetMetadata(READ_MODEL_KEY, { projections } satisfies ReadModelSource),
    UseGuards(MinPositionGuard),
    ApiHeader({
      name: MIN_POSITION_HEADER,
      required: false,
      description:
        'Read-your-writes: the x-log-position a command answered; the answer includes that write (see docs/consistency.md)',
      schema: { type: 'integer', minimum: 0 },
    }),
  );

/** The position asked for, or undefined without the header; a malformed one is a 400 naming it. */
export function minPositionOf(request: FastifyRequest): number | undefined {
  const raw = request.headers[MIN_POSITION_HEADER];
  if (raw === undefined) return undefined;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!/^\d{1,15}$/.test(value)) {
    throw new ValidationFailed([
      {
        field: MIN_POSITION_HEADER,
        reason: `${MIN_POSITION_HEADER} must be a log position (a whole number)`,
      },
    ]);
  }
  return Number(value);
}

@Injectable()
export class MinPositionGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ModuleRef) private readonly modules: ModuleRef,
    // Absent only where routes are described without running (the OpenAPI document).
    @Optional() @Inject(PlatformConfig) private readonly config: PlatformConfig = new PlatformConfig(),
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const position = minPositionOf(context.switchToHttp().getRequest<FastifyRequest>());
    if (position === undefined || position === 0) return true;
    const source = this.reflector.get<ReadModelSource | undefined>(READ_MODEL_KEY, context.getHandler());
    if (!source) return true;
    // The service kit's runtime: its projection runner knows how far each read model is.
    const { projections } = this.modules.get<unknown, { projections: ReadModelPositions }>(SERVICE_RUNTIME, {
      strict: false,
    });
    const waitMs = this.config.READ_MODEL_WAIT_MS;
    const behind = await projections.awaitPosition(position, source.projections, waitMs);
    if (behind.length > 0)
      throw new NotYetConsistent(position, behind, Math.max(1, Math.ceil(waitMs / 1000)));
    return true;
  }
}
