import type { ContractDefinition } from './contract-definition';
import { dispatchContracts } from './dispatch/dispatch.contracts';
import { financeContracts } from './finance/finance.contracts';
import { intakeContracts } from './intake/intake.contracts';
import { qualityInspectionContracts } from './quality-inspection/quality-inspection.contracts';
import { warehouseReturnsContracts } from './warehouse-returns/warehouse-returns.contracts';

/**
 * Every public event type of every service: the registry, and the source `npm run contracts`
 * generates asyncapi.json and each service's `*.events.ts` from.
 */
export const publicContracts: readonly ContractDefinition[] = [
  ...intakeContracts,
  ...dispatchContracts,
  ...qualityInspectionContracts,
  ...warehouseReturnsContracts,
  ...financeContracts,
];
