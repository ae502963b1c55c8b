import type { LoggerService } from '@nestjs/common';
import { requestContext } from '@aftersales/kernel';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'verbose';
const SEVERITY: Record<LogLevel, number> = { fatal: 0, error: 1, warn: 2, info: 3, debug: 4, verbose: 5 };
export const LOG_LEVELS = Object.keys(SEVERITY) as LogLevel[];

export type LogSink = (line: string) => void;

/**
 * One JSON line per entry, with the service name and, inside a request, its correlation id,
 * user and branch, so a whole flow can be followed across services by correlation id.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly level: LogLevel = 'info',
    private readonly sink: LogSink = (line) => process.stdout.write(line),
  ) {}

  write(level: LogLevel, message: string, fields: Record<string, unknown> = {}, context?: string): void {
    if (SEVERITY[level] > SEVERITY[this.level]) return;
    const ctx = requestContext.current();
    const entry = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      context,
      msg: message,
      correlationId: ctx?.correlationId,
      userId: ctx?.actor.userId,
      branch: ctx?.branch,
      ...fields,
    };
    this.sink(`${JSON.stringify(entry)}\n`);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.nest('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack?, context?)
    const [stack, context] = params.length >= 2 ? params : [undefined, params[0]];
    const fields = typeof stack === 'string' ? { stack } : {};
    this.write('error', text(message), { ...fields, ...errorFields(message) }, str(context));
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.nest('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.nest('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.nest('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.nest('fatal', message, params);
  }

  private nest(level: LogLevel, message: unknown, params: unknown[]): void {
    const context = params.length > 0 ? str(params[params.length - 1]) : undefined;
    this.write(level, text(message), errorFields(message), context);
  }
}

function text(message: unknown): string {
  if (message instanceof Error) return message.message;
  return typeof message === 'string' ? message : JSON.stringify(message);
}

function errorFields(message: unknown): Record<string, unknown> {
  return message instanceof Error ? { stack: message.stack } : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
