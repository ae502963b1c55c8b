import { requestContext, type RequestContext } from '@aftersales/kernel';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { refuseNonJsonBodies } from './media-type.hooks';

export const CORRELATION_HEADER = 'x-correlation-id';
/** On a command's response: the global log position its last appended event took (read-your-writes). */
export const LOG_POSITION_HEADER = 'x-log-position';
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
 * - onSend: a command that appended answers with the log position it produced.
 * - non-JSON bodies are refused with 415 (refuseNonJsonBodies).
 */
export function registerRequestContextHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const id = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    (request as AuthenticatedRequest).correlationId = id;
    void reply.header(CORRELATION_HEADER, id);
    done();
  });
  refuseNonJsonBodies(fastify);
  fastify.addHook('preHandler', (request, _reply, done) => {
    const req = request as AuthenticatedRequest;
    const context: { -readonly [K in keyof RequestContext]: RequestContext[K] } = {
      actor: ANONYMOUS,
      correlationId: req.correlationId ?? randomUUID(),
      written: { position: 0 },
    };
    req.requestContext = context;
    requestContext.run(context, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const position = (request as AuthenticatedRequest).requestContext?.written?.position ?? 0;
    if (position > 0) void reply.header(LOG_POSITION_HEADER, String(position));
    done(null, payload);
  });
}
