import { allocateMoney, money, type Money } from '@aftersales/kernel';

export interface ShareLine {
  readonly partyKey: string;
  readonly shareBp: number;
}

/**
 * CLM-4/FIN-4: a party's part of a case's approved costs. Rounding rule: each cost is split by
 * the share table on its own with finance's rule (kernel allocateMoney, largest remainder), so
 * the parts of one cost add up exactly to it and a supplier is claimed exactly what finance holds
 * recoverable from it; the claim is the sum of the party's parts.
 */
export function shareOfCosts(
  costs: readonly Money[],
  shares: readonly ShareLine[],
  partyKey: string,
  currency: string,
): Money {
  const index = shares.findIndex((s) => s.partyKey === partyKey);
  if (index < 0) return money(0, currency);
  let total = 0;
  for (const cost of costs) {
    if (cost.currency !== currency) throw new RangeError(`a ${cost.currency} cost on a ${currency} claim`);
    total += allocateMoney(
      cost,
      shares.map((s) => s.shareBp),
    )[index].amountMinor;
  }
  return money(total, currency);
}
