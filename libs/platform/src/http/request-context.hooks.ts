import { requestContext, type RequestContext } from '@aftersales/kernel';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AuthenticatedRequest } from '../auth/auth.decorators';

export const CORRELATION_HEADER = 'x-correlation-id';
const ANONYMOUS = { userId: 'anonymous', role: 'none' };

/** A caller's id is kept when it looks like an id (no header injection, bounded size). */
function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
}

/**
 * Every request runs in the kernel's request context (actor, branch, correlation id), so events
 * appended anywhere below carry them. Set as Fastify hooks rather than a Nest interceptor: with
 * no interceptor Nest calls handlers without wrapping each in rxjs observables.
 *
 * - onRequest, first on every request (even ones a guard rejects): correlation id in and out.
 * - preHandler, after the body is read: the rest of the request (guards, pipes, handler) runs
 *   inside the context; the auth guard binds the caller's access to it, and later refinements
 *   (the branch a record belongs to) reach it through that binding.
 */
export function registerRequestContextHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const id = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    (request as AuthenticatedRequest).correlationId = id;
    void reply.header(CORRELATION_HEADER, id);
    done();
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    const req = request as AuthenticatedRequest;
    const context: { -readonly [K in keyof RequestContext]: RequestContext[K] } = {
      actor: ANONYMOUS,
      correlationId: req.correlationId ?? randomUUID(),
    };
    req.requestContext = context;
    requestContext.run(context, done);
  });
}
