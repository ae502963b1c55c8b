import { signDevToken } from '../auth/dev-key';
import type { RunningService } from '../bootstrap';
import type { LogSink } from '../logging/json-logger';
import type { RuntimeOverrides, ServiceDeclaration } from '../service-kit/service-declaration';
import { bootstrapDeclared } from '../service-kit/service-module';
import { SERVICE_RUNTIME } from '../service-kit/runtime-token';
import type { ServiceRuntime } from '../service-kit/service-runtime';
import type { EventSourcedServiceConfig } from '../config/config';

/** A throwaway database as the tests' infrastructure hands it out. */
export interface DisposableDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export interface ServiceUnderTest<
  C extends EventSourcedServiceConfig,
  S,
  P extends object,
  D extends DisposableDatabase,
> {
  readonly service: RunningService<C>;
  readonly runtime: ServiceRuntime<C, S, P>;
  readonly db: D;
  /** Every log line it wrote. */
  readonly logs: string[];
  /** A request to one of its routes (the path after /<service>), with a bearer token and a JSON body. */
  call(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers?: Record<string, string>,
  ): // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field
  Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

/** One per test file (jest loads this module anew for each): its services' replicas share groups. */
const SUITE = Math.random().toString(36).slice(2, 8);

/**
 * The service's consumer groups (each `*_CONSUMER_GROUP` setting) named for this test file. Suites
 * running side by side on one broker would otherwise join the same groups for their own topics,
 * and the broker would hand one suite's partitions to another's consumers.
 */
function consumerGroupsOfThisSuite(config: new () => object): Record<string, string> {
  const defaults = new config() as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(defaults)
      .filter(([key, value]) => key.endsWith('_CONSUMER_GROUP') && typeof value === 'string')
      .map(([key, value]) => [key, `${String(value)}.${SUITE}`]),
  );
}

/** A declared service over real HTTP on the given database, verifying tokens with the development key. */
export async function serviceUnderTest<
  C extends EventSourcedServiceConfig,
  S,
  P extends object,
  D extends DisposableDatabase,
>(
  declaration: ServiceDeclaration<C, S, P>,
  db: D,
  env: Record<string, string>,
  /** `overrides`: e.g. contracts of events another service has not published yet. */
  options: { keepDatabase?: boolean; overrides?: RuntimeOverrides<S> } = {},
): Promise<ServiceUnderTest<C, S, P, D>> {
  const logs: string[] = [];
  const sink: LogSink = (line) => void logs.push(line);
  const service = await bootstrapDeclared(declaration, {
    env: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_DEV_KEY: 'true',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      ...consumerGroupsOfThisSuite(declaration.config),
      ...env,
    },
    logSink: sink,
    handleSignals: false,
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  const runtime = service.app.get<ServiceRuntime<C, S, P>>(SERVICE_RUNTIME);
  return {
    service,
    runtime,
    db,
    logs,
    async call(method, path, token, body, headers = {}) {
      const res = await fetch(`${service.url}/${declaration.name}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    async stop() {
      await service.close();
      if (!options.keepDatabase) await db.drop();
    },
  };
}

/** A development token for a test user (1 h). */
export function testToken(user: string, roles: string[], branches: string[]): Promise<string> {
  return signDevToken({ sub: user, name: user, roles, branches }, { ttl: '1h' });
}
