import { ContractRegistry } from './contract-registry';
import { publicContracts } from './public-contracts';

export * from './contract-definition';
export * from './contract-errors';
export * from './contract-registry';
export * from './public-contracts';
export * from './public-event';
export * from './intake/intake.events';
export * from './intake/intake.contracts';
export * from './dispatch/dispatch.events';
export * from './dispatch/dispatch.contracts';
export * from './dispatch/dispatch.examples';
export * from './quality-inspection/quality-inspection.events';
export * from './quality-inspection/quality-inspection.contracts';
export * from './quality-inspection/quality-inspection.examples';
export * from './warehouse-returns/warehouse-returns.events';
export * from './warehouse-returns/warehouse-returns.contracts';
export * from './warehouse-returns/warehouse-returns.examples';
export * from './finance/finance.events';
export * from './finance/finance.contracts';
export * from './finance/finance.examples';
export * from './claims/claims.events';
export * from './claims/claims.contracts';
export * from './claims/claims.examples';

/** Every public event type of every service. */
export const contracts = new ContractRegistry(publicContracts);
export * from './intake/intake.examples';
export * from './labels-zh';
