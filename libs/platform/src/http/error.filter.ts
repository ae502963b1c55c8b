import { Catch, HttpException, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { Conflict, NotFound, RuleViolation } from '@aftersales/kernel';
import { WrongExpectedVersion } from '@aftersales/event-store';
import type { FastifyReply } from 'fastify';
import { AccessDenied } from '../auth/access';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { KeysUnavailable, Unauthenticated } from '../auth/jwt-verifier';
import { JsonLogger } from '../logging/json-logger';
import { NotYetConsistent } from './read-your-writes';
import { ValidationFailed } from './validation';

export interface ErrorResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

const ERROR_NAMES: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'rule_violation',
  425: 'not_yet_consistent',
  429: 'too_many_requests',
  501: 'not_implemented',
  503: 'unavailable',
};

/** Maps every error to the shapes of SERVICE-CHECKLIST.md 3; a 500 says nothing of the cause. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof ValidationFailed)
    return { status: 400, body: { error: 'validation_failed', details: error.details } };
  if (error instanceof Unauthenticated) return { status: 401, body: { error: 'unauthenticated' } };
  if (error instanceof AccessDenied)
    return { status: 403, body: { error: 'forbidden', reason: error.reason } };
  if (error instanceof NotFound)
    return {
      status: 404,
      body: { error: 'not_found', entity: error.entity, id: error.id, message: error.message },
    };
  if (error instanceof Conflict && error.rule)
    return { status: 409, body: { error: 'conflict', rule: error.rule, message: error.message } };
  if (error instanceof Conflict || error instanceof WrongExpectedVersion)
    return { status: 409, body: { error: 'conflict', message: error.message } };
  if (error instanceof RuleViolation)
    return { status: 422, body: { error: 'rule_violation', rule: error.rule, message: error.message } };
  if (error instanceof NotYetConsistent)
    return {
      status: 425,
      headers: { 'retry-after': String(error.retryAfterSeconds) },
      body: {
        error: 'not_yet_consistent',
        minPosition: error.minPosition,
        behind: error.behind,
        message: `${error.message}; retry after ${error.retryAfterSeconds} s`,
      },
    };
  if (error instanceof KeysUnavailable)
    return { status: 503, body: { error: 'unavailable', message: 'signing keys unavailable' } };
  if (databaseUnavailable(error))
    return {
      status: 503,
      headers: { 'retry-after': '1' },
      body: { error: 'unavailable', message: 'the database is unavailable; nothing was changed, retry' },
    };
  if (error instanceof HttpException) {
    // Fastify's body parsing errors (bad JSON, empty body) arrive wrapped, the original as cause.
    const code = String((error.cause as { code?: unknown } | undefined)?.code ?? '');
    if (error.getStatus() === 400 && code.startsWith('FST_ERR_CTP'))
      return {
        status: 400,
        body: { error: 'validation_failed', details: [{ field: 'body', reason: error.message }] },
      };
    return fromStatus(error.getStatus(), httpMessage(error));
  }
  return { status: 500, body: { error: 'internal' } };
}

// PostgreSQL refusing or losing connections (SQLSTATE class 08, too many connections, shutting
// down, starting up), the pool timing out, or the socket failing: the request can be retried.
const UNAVAILABLE_SQLSTATE = /^(08...|53300|57P0[123])$/;
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

function databaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    UNAVAILABLE_SQLSTATE.test(String(code ?? '')) ||
    UNAVAILABLE_SOCKET.has(String(code ?? '')) ||
    /^timeout exceeded when trying to connect$|^Connection terminated/.test(String(message ?? ''))
  );
}

function httpMessage(error: HttpException): string {
  const response = error.getResponse();
  const message =
    typeof response === 'object' && response !== null
      ? (response as { message?: unknown }).message
      : response;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}

function fromStatus(status: number, message: string): ErrorResponse {
  if (status === 400)
    return { status, body: { error: 'validation_failed', details: [{ field: 'request', reason: message }] } };
  if (status === 401) return { status, body: { error: 'unauthenticated' } };
  if (status === 403) return { status, body: { error: 'forbidden', reason: message } };
  if (status >= 500) return { status, body: { error: ERROR_NAMES[status] ?? 'internal' } };
  return { status, body: { error: ERROR_NAMES[status] ?? `http_${status}`, message } };
}

@Catch()
@Injectable()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body, headers } = toErrorResponse(error);
    const who = {
      userId: request.principal?.userId ?? 'anonymous',
      route: `${request.method} ${request.routeOptions?.url ?? request.url}`,
      correlationId: request.correlationId,
    };
    if (status === 401 || status === 403) {
      const reason =
        error instanceof Unauthenticated || error instanceof AccessDenied
          ? error.reason
          : String(body.reason ?? body.error);
      this.logger.write('warn', 'access denied', { ...who, status, reason }, 'Access');
    } else if (status >= 500) {
      const e = error instanceof Error ? error : new Error(String(error));
      this.logger.write('error', e.message, { ...who, status, stack: e.stack }, 'ErrorFilter');
    }
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    for (const [name, value] of Object.entries(headers ?? {})) void reply.header(name, value);
    // An error is JSON whatever the route answers on success (a CSV export's content type is set
    // before its handler runs, and an object body cannot be sent as text/csv).
    void reply.header('content-type', 'application/json; charset=utf-8');
    void reply.status(status).send(body);
  }
}
