/** FIN-9: exact money in integer minor units with an ISO 4217 currency. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

export function money(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor))
    throw new RangeError(`money amount must be an integer of minor units, got ${amountMinor}`);
  if (!/^[A-Z]{3}$/.test(currency))
    throw new RangeError(`currency must be an ISO 4217 code, got ${currency}`);
  return { amountMinor, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

/**
 * Splits an amount by integer basis-point shares (sum 10,000) so that the parts add up exactly:
 * the remainder left by rounding down goes to the largest shares first.
 */
export function allocateMoney(total: Money, sharesBp: readonly number[]): Money[] {
  const sum = sharesBp.reduce((s, x) => s + x, 0);
  if (sum !== 10_000 || sharesBp.some((s) => !Number.isInteger(s) || s < 0)) {
    throw new RangeError(`shares must be non-negative integer basis points summing to 10000, got ${sum}`);
  }
  const parts = sharesBp.map((bp) => Math.trunc((total.amountMinor * bp) / 10_000));
  let rest = total.amountMinor - parts.reduce((s, x) => s + x, 0);
  const order = sharesBp.map((bp, i) => ({ bp, i })).sort((a, b) => b.bp - a.bp || a.i - b.i);
  const step = Math.sign(rest);
  for (let k = 0; rest !== 0; k = (k + 1) % order.length) {
    parts[order[k].i] += step;
    rest -= step;
  }
  return parts.map((p) => money(p, total.currency));
}
