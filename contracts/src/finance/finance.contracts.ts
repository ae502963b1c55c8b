import type { ContractDefinition } from '../contract-definition';
import costAudited from '../../schemas/finance/cost-audited.v1.schema.json';
import customerTotalsChanged from '../../schemas/finance/customer-totals-changed.v1.schema.json';
import entryPosted from '../../schemas/finance/entry-posted.v1.schema.json';
import chargebackRefunded from '../../schemas/finance/chargeback-refunded.v1.schema.json';

/** Every public event finance can publish, each with its schema file. */
export const financeContracts: readonly ContractDefinition[] = [
  ...[costAudited, entryPosted, chargebackRefunded].map((schema) => ({ type: schema.title, schema })),
  // FIN-7 for warehouse returns (RET-2), keyed by customer.
  { type: customerTotalsChanged.title, schema: customerTotalsChanged, key: 'the customer id' },
];
