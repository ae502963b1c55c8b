import type { ContractDefinition } from '../contract-definition';
import contractExpiryNotified from '../../schemas/claims/contract-expiry-notified.v1.schema.json';
import serviceClassified from '../../schemas/claims/service-classified.v1.schema.json';
import supplierClaimAmended from '../../schemas/claims/supplier-claim-amended.v1.schema.json';
import supplierClaimConfirmed from '../../schemas/claims/supplier-claim-confirmed.v1.schema.json';
import supplierClaimDisputed from '../../schemas/claims/supplier-claim-disputed.v1.schema.json';
import supplierClaimIssued from '../../schemas/claims/supplier-claim-issued.v1.schema.json';
import supplierClaimWithdrawn from '../../schemas/claims/supplier-claim-withdrawn.v1.schema.json';
import warrantyAssessed from '../../schemas/claims/warranty-assessed.v1.schema.json';

/** Every public event claims can publish, each with its schema file. */
export const claimsContracts: readonly ContractDefinition[] = [
  ...[
    warrantyAssessed,
    serviceClassified,
    supplierClaimIssued,
    supplierClaimAmended,
    supplierClaimConfirmed,
    supplierClaimDisputed,
    supplierClaimWithdrawn,
  ].map((schema) => ({ type: schema.title, schema })),
  { type: contractExpiryNotified.title, schema: contractExpiryNotified, key: 'the serial number; no case' },
];
