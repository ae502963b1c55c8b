import { bootstrapDeclared, signDevToken, type LogSink, type RunningService } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DispatchConfig } from '../src/dispatch.config';
import { DispatchRuntime } from '../src/dispatch.runtime';
import { dispatchService } from '../src/dispatch.service';
import { defaultCalendar, type DispatchSettingsFile } from '../src/dispatch-settings';

export interface DispatchUnderTest {
  readonly service: RunningService<DispatchConfig>;
  readonly runtime: DispatchRuntime;
  readonly db: TestDatabase;
  readonly logs: string[];
  call(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
  ): // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field
  Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** A policy file for tests: HZ and NB all-week working days, with the given overrides per branch. */
export function writePolicyFile(
  file: Partial<DispatchSettingsFile> & Pick<DispatchSettingsFile, 'branches'>,
): string {
  const path = join(tmpdir(), `dispatch-policy-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

/** Every day 00:00–24:00, so working-hour rules behave like calendar time whenever the test runs. */
export const ALWAYS_OPEN = {
  ...defaultCalendar('Asia/Shanghai'),
  weeklyHours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']]),
  ),
};

/** Dispatch over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startDispatch(
  env: Record<string, string> = {},
  options: { db?: TestDatabase; keepDatabase?: boolean } = {},
): Promise<DispatchUnderTest> {
  const db = options.db ?? (await createTestDatabase('dispatch_http'));
  const logs: string[] = [];
  const sink: LogSink = (line) => void logs.push(line);
  const service = await bootstrapDeclared(dispatchService, {
    env: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_DEV_KEY: 'true',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    logSink: sink,
    handleSignals: false,
  });
  const runtime = service.app.get<DispatchRuntime>(DispatchRuntime);
  return {
    service,
    runtime,
    db,
    logs,
    async call(method, path, token, body) {
      const res = await fetch(`${service.url}/dispatch${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      await service.close();
      if (!options.keepDatabase) await db.drop();
    },
  };
}

export function tokenFor(user: string, roles: string[], branches: string[]): Promise<string> {
  return signDevToken({ sub: user, name: user, roles, branches }, { ttl: '1h' });
}
