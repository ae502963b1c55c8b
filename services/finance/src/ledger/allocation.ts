import { allocateMoney } from '@aftersales/kernel';

/**
 * FIN-3 rounding rule (largest remainder, the kernel's allocateMoney, as claims splits a
 * supplier's part): each share gets the floor of amount × bp / 10,000; the minor units left
 * over go one each to the shares with the largest remainders, ties to the larger share, then to
 * the earlier line. The parts add up to the amount exactly.
 */
export function allocateLargestRemainder(amountMinor: number, sharesBp: readonly number[]): number[] {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new RangeError(`amount must be a non-negative integer of minor units, got ${amountMinor}`);
  const total = sharesBp.reduce((s, x) => s + x, 0);
  if (total !== 10_000 || sharesBp.some((bp) => !Number.isInteger(bp) || bp <= 0))
    throw new RangeError(`shares must be positive integer basis points summing to 10000, got ${total}`);
  return allocateMoney({ amountMinor, currency: 'XXX' }, sharesBp).map((part) => part.amountMinor);
}
