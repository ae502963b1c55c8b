import type { FastifyInstance } from 'fastify';

/** Whether a Content-Type names JSON (application/json, application/problem+json, with any charset). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/**
 * Every request body is JSON: any other (text/plain, a form) is 415 before it is parsed, not a
 * 400 listing every field of a DTO that received a string.
 */
export function refuseNonJsonBodies(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    if (!hasBody || isJsonMediaType(request.headers['content-type'])) return done();
    void reply.status(415).send({
      error: 'unsupported_media_type',
      message: `request bodies are application/json, not ${request.headers['content-type'] ?? 'untyped'}`,
    });
  });
}
