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

/**
 * Quality inspection's QC-3/QC-4, claims' CLM-4 and warehouse returns' RET-8 events with only the fields finance reads,
 * until their contracts are published in this repository (reactions/case-money.reactions.ts).
 */
const share = {
  type: 'object',
  required: ['party', 'partyKey', 'shareBp'],
  properties: {
    party: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
    partyKey: { type: 'string' },
    shareBp: { type: 'integer' },
  },
};
const money = {
  type: 'object',
  properties: { amountMinor: { type: 'integer' }, currency: { type: 'string' } },
};
const upstream = (service: string, event: string, required: string[]) => ({
  type: `${service}.${event}.v1`,
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://aftersales.example.com/test/${service}/${event}.v1.schema.json`,
    title: `${service}.${event}.v1`,
    type: 'object',
    required,
    properties: {
      ...Object.fromEntries(required.map((field) => [field, { type: 'string' }])),
      caseId: { type: 'string' },
      amount: money,
      total: money,
      shares: { type: 'array', items: share },
    },
  },
});
export const withQualityInspection = new ContractRegistry([
  ...publicContracts,
  upstream('quality-inspection', 'responsibility-attributed', ['branch', 'attributionId', 'shares']),
  upstream('quality-inspection', 'attribution-superseded', [
    'attributionId',
    'supersededBy',
    'reason',
    'shares',
  ]),
  upstream('claims', 'supplier-claim-confirmed', ['claimId', 'caseId', 'branch', 'supplierId', 'amount']),
  upstream('warehouse-returns', 'return-stocked-in', ['rmaId', 'customerId', 'total']),
]);

export async function startFinance(env: Record<string, string> = {}): Promise<FinanceUnderTest> {
  const db = await createTestDatabase('finance_http');
  return serviceUnderTest(financeService, db, env, { overrides: { contracts: withQualityInspection } });
}

export const tokenFor = testToken;

/** A message as another service's relay publishes it: JSON value, CloudEvents binary-mode headers. */
export function message(type: string, payload: { caseId?: string }, source: string, id = randomUUID()) {
  if (type.startsWith('dispatch.')) contracts.assertPublishable(type, payload);
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
