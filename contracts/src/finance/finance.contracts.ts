import type { ContractDefinition } from '../contract-definition';
import customerTotalsChanged from '../../schemas/finance/customer-totals-changed.v1.schema.json';

/**
 * Finance's public events. Finance itself is not built yet: warehouse returns consumes
 * customer-totals-changed (FIN-7) from this contract, which finance will publish.
 */
export const financeContracts: readonly ContractDefinition[] = [
  { type: customerTotalsChanged.title, schema: customerTotalsChanged, key: 'the customer id' },
];
