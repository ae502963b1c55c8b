import type { RmaCommand } from './rma.decider';
import type { CustomerTotals, RmaContext } from './rma.decide-context';
import type { ReturnsPolicy } from './rma.policy';
import type { ReturnLineInput } from './request-return/request-return.decide';

export const T0 = new Date('2026-03-02T02:00:00.000Z'); // 10:00 in Hangzhou

export const policy: ReturnsPolicy = {
  exchangeRateLimitBp: (branch) => (branch === 'NB' ? 800 : 500),
  exchangeTimeLimitDays: 90,
  receiptDueHour: 12,
  zoneOf: () => 'Asia/Shanghai',
};

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/** 1,000,000.00 CNY bought, 30,000.00 exchanged: 3 % of a 5 % limit. */
export const totals: CustomerTotals = {
  customerId: 'cust-1',
  purchased: cny(100_000_000),
  exchanged: cny(3_000_000),
};

export const line = (over: Partial<ReturnLineInput> = {}): ReturnLineInput => ({
  product: { model: 'KYN28-12', productLine: 'switchgear' },
  serialNumber: 'SN-0001',
  quantity: 2,
  unitPrice: cny(500_000),
  reason: 'unsalable',
  originalOrder: { ref: 'SO-2026-0042', deliveredOn: '2026-02-01' },
  ...over,
});

export const request = (over: Partial<Extract<RmaCommand, { type: 'RequestReturn' }>> = {}): RmaCommand => ({
  type: 'RequestReturn',
  rmaId: 'r1',
  branch: 'HZ',
  customerId: 'cust-1',
  source: 'direct',
  lines: [line()],
  ...over,
});

export const contextAt =
  (withTotals: CustomerTotals | 'none' = totals) =>
  (now: Date): RmaContext => ({ now, policy, ...(withTotals === 'none' ? {} : { totals: withTotals }) });
