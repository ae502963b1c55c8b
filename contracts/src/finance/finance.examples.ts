import type { FinancePublicEvents } from './finance.events';

const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
const at = '2026-03-05T08:30:00.000Z';

/** One valid payload per finance event type, typed by the TypeScript contract (tests and docs). */
export const financeExamples: { [T in keyof FinancePublicEvents]: FinancePublicEvents[T] } = {
  'finance.cost-audited.v1': {
    caseId,
    costId: 'cost-1',
    verdict: 'rejected',
    reason: 'no receipt',
    decidedBy: { userId: 'u-fin', role: 'finance-officer' },
    auditedAt: at,
  },
  'finance.customer-totals-changed.v1': {
    customerId: 'cust-42',
    purchased: { amountMinor: 1_000_000, currency: 'CNY' },
    exchanged: { amountMinor: 30_000, currency: 'CNY' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    asOf: at,
  },
  'finance.chargeback-refunded.v1': {
    caseId,
    branch: 'HZ',
    claimId: 'clm-1',
    supplierId: 'sup-9',
    amount: { amountMinor: 3000, currency: 'CNY' },
    attributionId: 'attr-2',
    reason: 'attribution attr-2 no longer names the supplier',
    refundedAt: at,
  },
  'finance.entry-posted.v1': {
    caseId,
    branch: 'HZ',
    entryId: `${caseId}:2`,
    currency: 'CNY',
    cause: { kind: 'allocation', costId: 'cost-1', attributionId: 'attr-1' },
    lines: [
      { account: 'department-cost:assembly', debitMinor: 7000, creditMinor: 0 },
      { account: 'supplier-recoverable:sup-9', debitMinor: 3000, creditMinor: 0 },
      { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 10000 },
    ],
    period: '2026-03',
    postedAt: at,
  },
};
