import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { requestContext, type RequestContext } from '@aftersales/kernel';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';

export const CORRELATION_HEADER = 'x-correlation-id';
const ANONYMOUS = { userId: 'anonymous', role: 'none' };

/** A caller's id is kept when it looks like an id (no header injection, bounded size). */
function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
}

/** Runs first on every request (even ones a guard rejects): correlation id in and out. */
export function registerCorrelationHook(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const id = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    (request as AuthenticatedRequest).correlationId = id;
    void reply.header(CORRELATION_HEADER, id);
    done();
  });
}

/**
 * Runs the handler inside the kernel's request context (actor, branch, correlation id), so
 * events appended anywhere below carry them. Subscribing inside run() makes the handler and
 * everything it awaits inherit the AsyncLocalStorage store.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const ctx: { -readonly [K in keyof RequestContext]: RequestContext[K] } = {
      actor: request.access?.actor ?? ANONYMOUS,
      branch: request.access?.branch,
      correlationId: request.correlationId ?? randomUUID(),
    };
    request.access?.bindContext(ctx);
    return new Observable((subscriber) => requestContext.run(ctx, () => next.handle().subscribe(subscriber)));
  }
}
