import { ContractRegistry, contracts, publicContracts } from '@aftersales/contracts';
import { serviceUnderTest, testToken, type ServiceUnderTest } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import type { FinanceConfig } from '../src/finance.config';
import type { financeParts, FinanceSettings } from '../src/finance.runtime';
import { financeService } from '../src/finance.service';

export type FinanceUnderTest = ServiceUnderTest<
  FinanceConfig,
  FinanceSettings,
  ReturnType<typeof financeParts>,
  TestDatabase
>;

/** Every published contract, claims' CLM-4 confirmation among them. */
export const withClaims = new ContractRegistry(publicContracts);

export async function startFinance(env: Record<string, string> = {}): Promise<FinanceUnderTest> {
  const db = await createTestDatabase('finance_http');
  return serviceUnderTest(financeService, db, env, { overrides: { contracts: withClaims } });
}

export const tokenFor = testToken;

/** A message as another service's relay publishes it: JSON value, CloudEvents binary-mode headers. */
export function message(type: string, payload: { caseId?: string }, source: string, id = randomUUID()) {
  contracts.assertPublishable(type, payload);
  return {
    key: payload.caseId ?? 'none',
    value: JSON.stringify(payload),
    headers: {
      ce_specversion: '1.0',
      ce_id: id,
      ce_type: type,
      ce_source: `/aftersales/${source}`,
      ce_time: new Date().toISOString(),
      ce_subject: `case-${payload.caseId}`,
      ce_correlationid: `corr-${payload.caseId}`,
      ce_actorid: 'u-x',
      ce_actorrole: 'system',
      ce_branch: 'HZ',
      'content-type': 'application/json',
    },
  };
}
