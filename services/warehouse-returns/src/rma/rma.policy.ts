import { instantOf, localDateOf } from '@aftersales/scheduling';

/** The numbers of RET-2 and RET-8, configured per organisation (and RET-2's limit per region). */
export interface ReturnsPolicy {
  /** RET-2: exchanged ÷ purchased value allowed, in basis points, for a branch's region. */
  exchangeRateLimitBp(branch: string): number;
  /** RET-2: days after delivery the contract allows an unsalable exchange. */
  readonly exchangeTimeLimitDays: number;
  /** RET-8: the receipt reaches the customer before this hour of the next day. */
  readonly receiptDueHour: number;
  zoneOf(branch: string): string;
}

/** RET-8: before `hour`:00 of the day after `at`, in the branch's time zone. */
export function receiptDueAt(at: Date, zone: string, hour: number): Date {
  const today = localDateOf(zone, at.getTime());
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  const tomorrow = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  return new Date(instantOf(zone, tomorrow, hour * 60));
}
