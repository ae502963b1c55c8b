import type { Role } from '@aftersales/platform';

/** Who keeps the registry and the claims of a branch. */
export const CLAIMS_STAFF: readonly Role[] = ['claims-officer', 'after-sales-head'];
/** Who may read them besides (head office reads across branches, ORG-1). */
export const CLAIMS_READERS: readonly Role[] = [
  ...CLAIMS_STAFF,
  'branch-manager',
  'service-director',
  'dispatcher',
  'qc-inspector',
  'finance-officer',
  'operations-head',
  'executive',
];
