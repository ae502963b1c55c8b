/**
 * FIN-3 rounding rule (largest remainder): each share gets the floor of amount × bp / 10,000;
 * the minor units left over go one each to the shares with the largest remainders, ties to
 * the larger share, then to the earlier line. The parts add up to the amount exactly.
 */
export function allocateLargestRemainder(amountMinor: number, sharesBp: readonly number[]): number[] {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new RangeError(`amount must be a non-negative integer of minor units, got ${amountMinor}`);
  const total = sharesBp.reduce((s, x) => s + x, 0);
  if (total !== 10_000 || sharesBp.some((bp) => !Number.isInteger(bp) || bp <= 0))
    throw new RangeError(`shares must be positive integer basis points summing to 10000, got ${total}`);
  // BigInt keeps amount × bp exact for any safe amount.
  const exact = sharesBp.map((bp) => BigInt(amountMinor) * BigInt(bp));
  const parts = exact.map((x) => Number(x / 10_000n));
  const remainders = exact.map((x) => Number(x % 10_000n));
  let left = amountMinor - parts.reduce((s, x) => s + x, 0);
  const order = sharesBp
    .map((bp, i) => ({ bp, i, r: remainders[i] }))
    .sort((a, b) => b.r - a.r || b.bp - a.bp || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}
