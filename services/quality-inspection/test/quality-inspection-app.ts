import { bootstrapDeclared, signDevToken, type LogSink, type RunningService } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { QualityInspectionConfig } from '../src/quality-inspection.config';
import { QualityInspectionRuntime } from '../src/quality-inspection.runtime';
import { qualityInspectionService } from '../src/quality-inspection.service';

export interface QualityInspectionUnderTest {
  readonly service: RunningService<QualityInspectionConfig>;
  readonly runtime: QualityInspectionRuntime;
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

/** Quality inspection over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startQualityInspection(
  env: Record<string, string> = {},
  options: { db?: TestDatabase } = {},
): Promise<QualityInspectionUnderTest> {
  const db = options.db ?? (await createTestDatabase('quality_inspection'));
  const logs: string[] = [];
  const sink: LogSink = (line) => void logs.push(line);
  const service = await bootstrapDeclared(qualityInspectionService, {
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
    overrides: { idleMs: 100 },
  });
  const runtime = service.app.get<QualityInspectionRuntime>(QualityInspectionRuntime);
  return {
    service,
    runtime,
    db,
    logs,
    async call(method, path, token, body) {
      const res = await fetch(`${service.url}/quality-inspection${path}`, {
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
      if (!options.db) await db.drop();
    },
  };
}

export function qcToken(
  user: string,
  roles: string[],
  branches: string[],
  departments?: string[],
): Promise<string> {
  return signDevToken(
    { sub: user, name: user, roles, branches, ...(departments ? { departments } : {}) },
    { ttl: '1h' },
  );
}

/** A hex SHA-256 of some content, as evidence references carry. */
export const SHA = 'ab'.repeat(32);
