import { bootstrapDeclared, signDevToken, type LogSink, type RunningService } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { IntakeConfig } from '../src/intake.config';
import { IntakeRuntime } from '../src/intake.runtime';
import { intakeService } from '../src/intake.service';

export interface IntakeUnderTest {
  readonly service: RunningService<IntakeConfig>;
  readonly runtime: IntakeRuntime;
  readonly db: TestDatabase;
  readonly logs: string[];
  call(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers?: Record<string, string>,
  ): // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field
  Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** Intake over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startIntake(
  env: Record<string, string> = {},
  options: { db?: TestDatabase; keepDatabase?: boolean } = {},
): Promise<IntakeUnderTest> {
  const db = options.db ?? (await createTestDatabase('intake_http'));
  const logs: string[] = [];
  const sink: LogSink = (line) => void logs.push(line);
  const service = await bootstrapDeclared(intakeService, {
    env: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_DEV_KEY: 'true',
      DATABASE_URL: db.url,
      BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai,NB=Asia/Shanghai',
      LOG_LEVEL: 'warn',
      ...env,
    },
    logSink: sink,
    handleSignals: false,
  });
  const runtime = service.app.get<IntakeRuntime>(IntakeRuntime);
  return {
    service,
    runtime,
    db,
    logs,
    async call(method, path, token, body, headers = {}) {
      const res = await fetch(`${service.url}/intake${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
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
