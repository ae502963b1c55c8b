import { bootstrapDeclared, SERVICE_RUNTIME, testToken, type ServiceRuntime } from '@aftersales/platform';
import type { Clock } from '@aftersales/kernel';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { ClaimsConfig } from '../src/claims.config';
import type { ClaimsParts } from '../src/claims.runtime';
import { claimsService } from '../src/claims.service';
import type { ClaimsSettings } from '../src/claims-settings';
import { testContracts } from './foreign-contracts';

export const tokenFor = testToken;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field
type Json = any;

/** Claims over real HTTP on a throwaway database, with the test's clock and contracts. */
export async function startClaims(env: Record<string, string>, clock?: Clock) {
  const db: TestDatabase = await createTestDatabase('claims_http');
  const service = await bootstrapDeclared(claimsService, {
    env: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_DEV_KEY: 'true',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    logSink: process.env.CLAIMS_TEST_LOGS ? (line) => console.warn(line) : () => undefined,
    handleSignals: false,
    overrides: { contracts: testContracts, idleMs: 100, ...(clock ? { clock } : {}) },
  });
  const runtime = service.app.get<ServiceRuntime<ClaimsConfig, ClaimsSettings, ClaimsParts>>(SERVICE_RUNTIME);
  return {
    runtime,
    db,
    async call(
      method: string,
      path: string,
      token: string,
      body?: unknown,
    ): Promise<{ status: number; body: Json }> {
      const res = await fetch(`${service.url}/claims${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async stop() {
      await service.close();
      await db.drop();
    },
  };
}

export type ClaimsUnderTest = Awaited<ReturnType<typeof startClaims>>;
