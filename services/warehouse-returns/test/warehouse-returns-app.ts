import { ContractRegistry, publicContracts } from '@aftersales/contracts';
import {
  bootstrapDeclared,
  signDevToken,
  type LogSink,
  type RunningService,
  type Role,
} from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { WarehouseReturnsConfig } from '../src/warehouse-returns.config';
import { WarehouseReturnsRuntime } from '../src/warehouse-returns.runtime';
import { warehouseReturnsService } from '../src/warehouse-returns.service';

/**
 * Quality inspection's events as this service reads them (reactions/quality-inspection.events.ts),
 * until its contracts are in the registry: the fields assumed, and any more tolerated.
 */
const qcSchema = (event: string, required: string[]) => ({
  type: `quality-inspection.${event}.v1`,
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `quality-inspection.${event}.v1`,
    type: 'object',
    required,
    properties: Object.fromEntries(required.map((field) => [field, {}])),
  },
});
export const QC_TEST_CONTRACTS = [
  qcSchema('inspection-opened', ['inspectionId', 'origin']),
  qcSchema('inspection-signed-off', ['inspectionId', 'signedBy', 'signedAt']),
  qcSchema('unsalable-return-checked', ['inspectionId', 'intact', 'note', 'signedBy', 'checkedAt']),
  qcSchema('return-refused', ['inspectionId', 'explanation', 'refusedAt']),
];

export interface WarehouseReturnsUnderTest {
  readonly service: RunningService<WarehouseReturnsConfig>;
  readonly runtime: WarehouseReturnsRuntime;
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

/** Warehouse returns over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startWarehouseReturns(
  env: Record<string, string> = {},
): Promise<WarehouseReturnsUnderTest> {
  const db = await createTestDatabase('warehouse_returns');
  const logs: string[] = [];
  const sink: LogSink = (line) => void logs.push(line);
  const service = await bootstrapDeclared(warehouseReturnsService, {
    env: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_DEV_KEY: 'true',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      KAFKA_PARTITIONS: '2',
      RMA_EXCHANGE_RATE_LIMITS_BP: 'default=500',
      ...env,
    },
    logSink: sink,
    handleSignals: false,
    overrides: { contracts: new ContractRegistry([...publicContracts, ...QC_TEST_CONTRACTS]), idleMs: 100 },
  });
  const runtime = service.app.get<WarehouseReturnsRuntime>(WarehouseReturnsRuntime);
  return {
    service,
    runtime,
    db,
    logs,
    async call(method, path, token, body) {
      const res = await fetch(`${service.url}/warehouse-returns${path}`, {
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
      await db.drop();
    },
  };
}

export const tokenFor = (sub: string, roles: Role[], branches: string[] = ['HZ']) =>
  signDevToken({ sub, name: sub, roles, branches });
