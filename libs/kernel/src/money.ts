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

/** A currency's minor digits (ISO 4217, via Intl); 2 for a code Intl does not know. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** The amount's magnitude in the currency's own decimals (`120.50`, `1200`), exact from the integer. */
export function decimalAmount({ amountMinor, currency }: Money): string {
  const digits = minorDigits(currency);
  const abs = Math.abs(amountMinor);
  const units = Math.floor(abs / 10 ** digits);
  return digits ? `${units}.${String(abs % 10 ** digits).padStart(digits, '0')}` : String(units);
}

/** `120.50 CNY`, `-5.00 CNY`, `1200 JPY`: for sentences people read (timelines, histories). */
export function formatMoney(m: Money): string {
  return `${m.amountMinor < 0 ? '-' : ''}${decimalAmount(m)} ${m.currency}`;
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

/**
 * Splits an amount by integer basis-point shares (sum 10,000) so that the parts add up exactly,
 * by the largest remainder (FIN-3, and so every service that splits money by an attribution
 * splits it alike): each part is the floor of amount × bp / 10,000; the minor units left over
 * go one each to the largest remainders, ties to the larger share, then to the earlier one.
 * A negative amount splits as its opposite, negated.
 */
export function allocateMoney(total: Money, sharesBp: readonly number[]): Money[] {
  const sum = sharesBp.reduce((s, x) => s + x, 0);
  if (sum !== 10_000 || sharesBp.some((s) => !Number.isInteger(s) || s < 0)) {
    throw new RangeError(`shares must be non-negative integer basis points summing to 10000, got ${sum}`);
  }
  const sign = total.amountMinor < 0 ? -1 : 1;
  const amount = Math.abs(total.amountMinor);
  // BigInt keeps amount × bp exact for any safe amount.
  const exact = sharesBp.map((bp) => BigInt(amount) * BigInt(bp));
  const parts = exact.map((x) => Number(x / 10_000n));
  let left = amount - parts.reduce((s, x) => s + x, 0);
  const order = sharesBp
    .map((bp, i) => ({ bp, i, r: Number(exact[i] % 10_000n) }))
    .sort((a, b) => b.r - a.r || b.bp - a.bp || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => money(sign * p + 0, total.currency));
}
