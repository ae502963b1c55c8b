import type { Role } from '@aftersales/platform';

/** FIN-1: only finance audits costs. */
export const AUDITORS: Role[] = ['finance-officer'];
/** Who enters a cost by hand (one no other service reports). */
export const RECORDERS: Role[] = ['finance-officer', 'branch-manager'];
/** Who reads a case's money and the cost reports (branch roles: their branches only, ORG-1). */
export const READERS: Role[] = ['finance-officer', 'executive', 'operations-head', 'branch-manager'];
/** The whole ledger: head-office roles. */
export const LEDGER_READERS: Role[] = ['finance-officer', 'executive'];
/** FIN-7: the exchange-rate watch list goes to the operations head and executives. */
export const WATCHERS: Role[] = ['finance-officer', 'operations-head', 'executive'];
