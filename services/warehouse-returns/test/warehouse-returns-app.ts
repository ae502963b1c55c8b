import { serviceUnderTest, testToken, type Role, type ServiceUnderTest } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { WarehouseReturnsConfig } from '../src/warehouse-returns.config';
import type { WarehouseReturnsSettings, warehouseReturnsParts } from '../src/warehouse-returns.runtime';
import { warehouseReturnsService } from '../src/warehouse-returns.service';

export type WarehouseReturnsUnderTest = ServiceUnderTest<
  WarehouseReturnsConfig,
  WarehouseReturnsSettings,
  ReturnType<typeof warehouseReturnsParts>,
  TestDatabase
>;

/** Warehouse returns over real HTTP on a throwaway database, verifying tokens with the development key. */
export async function startWarehouseReturns(
  env: Record<string, string> = {},
): Promise<WarehouseReturnsUnderTest> {
  return serviceUnderTest(warehouseReturnsService, await createTestDatabase('warehouse_returns'), {
    KAFKA_PARTITIONS: '2',
    RMA_EXCHANGE_RATE_LIMITS_BP: 'default=500',
    ...env,
  });
}

export const tokenFor = (user: string, roles: Role[], branches: string[] = ['HZ']) =>
  testToken(user, roles, branches);
