import type { Money } from '@aftersales/kernel';
import type { CustomerTotals } from '../rma.decide-context';
import type { LimitCheck, ReturnLine } from '../rma.events';

const DAY = 86_400_000;

const rateBp = (exchanged: number, purchased: number): number | null =>
  purchased > 0 ? Math.ceil((exchanged * 10_000) / purchased) : null;

/**
 * RET-2: the customer's exchange rate (exchanged ÷ purchased, finance's totals FIN-7) with this
 * request added, against the region's limit; and the oldest delivery against the time limit.
 */
export function checkExchangeLimits(
  lines: readonly ReturnLine[],
  total: Money,
  totals: CustomerTotals | undefined,
  limitBp: number,
  timeLimitDays: number,
  now: Date,
): LimitCheck {
  const purchased = totals?.purchased ?? { amountMinor: 0, currency: total.currency };
  const exchanged = totals?.exchanged ?? { amountMinor: 0, currency: total.currency };
  const currentRateBp = rateBp(exchanged.amountMinor, purchased.amountMinor);
  const resultingRateBp = rateBp(exchanged.amountMinor + total.amountMinor, purchased.amountMinor);
  const oldestDeliveredOn = lines.map((l) => l.originalOrder.deliveredOn).sort()[0];
  const daysSinceDelivery = Math.floor((now.getTime() - Date.parse(`${oldestDeliveredOn}T00:00:00Z`)) / DAY);
  return {
    limitBp,
    purchased,
    exchanged,
    currentRateBp,
    resultingRateBp,
    withinRate: resultingRateBp !== null && resultingRateBp <= limitBp,
    timeLimitDays,
    oldestDeliveredOn,
    daysSinceDelivery,
    withinTime: daysSinceDelivery <= timeLimitDays,
  };
}

const pct = (bp: number | null) =>
  bp === null ? 'undefined (no purchases on record)' : `${(bp / 100).toFixed(2)} %`;

/** The refusal in words, with the numbers (RET-3: rejected with an explanation). */
export function limitExplanation(check: LimitCheck): string {
  const parts: string[] = [];
  if (!check.withinRate)
    parts.push(
      `exchange rate limit ${pct(check.limitBp)}: the customer's rate is ${pct(check.currentRateBp)} ` +
        `(${check.exchanged.amountMinor} of ${check.purchased.amountMinor} ${check.purchased.currency} minor units) ` +
        `and this request would make it ${pct(check.resultingRateBp)}`,
    );
  if (!check.withinTime)
    parts.push(
      `time limit ${check.timeLimitDays} days after delivery: delivered on ${check.oldestDeliveredOn}, ` +
        `${check.daysSinceDelivery} days ago`,
    );
  return `RET-2: ${parts.join('; ')}`;
}
