import type { FinancePublicEvents } from './finance.events';

/** One valid payload per finance event type, typed by the TypeScript contract. */
export const financeExamples: { [T in keyof FinancePublicEvents]: FinancePublicEvents[T] } = {
  'finance.customer-totals-changed.v1': {
    customerId: 'cust-1',
    purchased: { amountMinor: 100_000_000, currency: 'CNY' },
    exchanged: { amountMinor: 3_000_000, currency: 'CNY' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    asOf: '2026-03-02T08:30:00.000Z',
  },
};
