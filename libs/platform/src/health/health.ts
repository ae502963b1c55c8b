import { Controller, Get, Injectable, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';

/**
 * Resolves when healthy; throws (or resolves false) when not. A string it resolves to is a note
 * on a healthy check ("up: …"), e.g. what an operator should look at without taking the replica
 * out of rotation.
 */
export type HealthCheck = () => Promise<boolean | void | string>;

const CHECK_TIMEOUT_MS = 3_000;

/** Readiness checks a service registers (database, Kafka, event store). */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(name: string, check: HealthCheck): void {
    if (this.checks.has(name)) throw new Error(`health check ${name} registered twice`);
    this.checks.set(name, check);
  }

  async run(): Promise<{ ok: boolean; checks: Record<string, string> }> {
    const results = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await runCheck(check)] as const),
    );
    return {
      ok: results.every(([, r]) => r === 'up' || r.startsWith('up: ')),
      checks: Object.fromEntries(results),
    };
  }
}

async function runCheck(check: HealthCheck): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([check(), timeout]);
    if (typeof result === 'string') return `up: ${result}`;
    return result === false ? 'down' : 'up';
  } catch (error) {
    return `down: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ status: string; checks: Record<string, string> }> {
    const { ok, checks } = await this.registry.run();
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
