import { serviceUnderTest, testToken, type ServiceUnderTest } from '@aftersales/platform';
import type { Clock } from '@aftersales/kernel';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { ClaimsConfig } from '../src/claims.config';
import type { ClaimsParts } from '../src/claims.runtime';
import { claimsService } from '../src/claims.service';
import type { ClaimsSettings } from '../src/claims-settings';
import { testContracts } from './foreign-contracts';

export const tokenFor = testToken;

export type ClaimsUnderTest = ServiceUnderTest<ClaimsConfig, ClaimsSettings, ClaimsParts, TestDatabase>;

/** Claims over real HTTP on a throwaway database, with the test's clock and contracts. */
export async function startClaims(env: Record<string, string>, clock?: Clock): Promise<ClaimsUnderTest> {
  return serviceUnderTest(claimsService, await createTestDatabase('claims_http'), env, {
    overrides: { contracts: testContracts, idleMs: 100, ...(clock ? { clock } : {}) },
  });
}
