import { RuleViolation, type Money } from '@aftersales/kernel';
import type { RmaContext } from '../rma.decide-context';
import type { ReturnLine, ReturnReason, RmaEvent } from '../rma.events';
import type { RmaState } from '../rma.state';
import { checkExchangeLimits, limitExplanation } from './exchange-limit';

export interface ReturnLineInput {
  readonly product: { readonly model: string; readonly productLine?: string };
  readonly serialNumber?: string;
  readonly lotNumber?: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly reason: ReturnReason;
  readonly originalOrder: { readonly ref: string; readonly deliveredOn: string };
}

export interface RequestReturn {
  readonly type: 'RequestReturn';
  readonly rmaId: string;
  readonly branch: string;
  readonly customerId: string;
  readonly caseId?: string;
  readonly source: 'intake' | 'direct';
  readonly lines: readonly ReturnLineInput[];
}

/** RET-1: the form's lines, numbered and priced; one currency and one reason per form. */
export function formLines(lines: readonly ReturnLineInput[]): { lines: ReturnLine[]; total: Money } {
  if (lines.length === 0) throw new RuleViolation('RET-1', 'a return request needs at least one line');
  const { currency } = lines[0].unitPrice;
  const reason = lines[0].reason;
  const numbered = lines.map((line, i): ReturnLine => {
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0)
      throw new RuleViolation('RET-1', `line ${i + 1}: quantity must be a positive whole number`);
    if (!Number.isSafeInteger(line.unitPrice.amountMinor) || line.unitPrice.amountMinor < 0)
      throw new RuleViolation('RET-1', `line ${i + 1}: the unit price must be whole minor units`);
    if (line.unitPrice.currency !== currency)
      throw new RuleViolation(
        'RET-1',
        `line ${i + 1}: currency ${line.unitPrice.currency} differs from ${currency}`,
      );
    if (line.reason !== reason)
      throw new RuleViolation(
        'RET-1',
        `line ${i + 1}: a form holds one reason (${reason}); file ${line.reason} lines apart`,
      );
    if (!line.serialNumber && !line.lotNumber)
      throw new RuleViolation('RET-1', `line ${i + 1}: a serial number or a lot number is needed`);
    return {
      lineNo: i + 1,
      product: line.product,
      ...(line.serialNumber ? { serialNumber: line.serialNumber } : {}),
      ...(line.lotNumber ? { lotNumber: line.lotNumber } : {}),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      amount: { amountMinor: line.quantity * line.unitPrice.amountMinor, currency },
      reason,
      originalOrder: line.originalOrder,
    };
  });
  const amountMinor = numbered.reduce((sum, l) => sum + l.amount.amountMinor, 0);
  return { lines: numbered, total: { amountMinor, currency } };
}

/**
 * RET-1 the request; RET-2 an unsalable exchange is checked against the customer's exchange-rate
 * limit and the time limit at once, and rejected with the numbers when over (RET-3).
 */
export function requestReturn(
  command: RequestReturn,
  state: RmaState,
  { now, policy, totals }: RmaContext,
): RmaEvent[] {
  if (state.exists) return []; // the same request again (a retried reaction or call)
  const { lines, total } = formLines(command.lines);
  const reason = lines[0].reason;
  const at = now.toISOString();
  const of = { rmaId: command.rmaId, branch: command.branch };
  if (totals && reason === 'unsalable' && totals.purchased.currency !== total.currency)
    throw new RuleViolation(
      'RET-2',
      `the customer's totals are kept in ${totals.purchased.currency}; the request is in ${total.currency}`,
    );
  const limitCheck =
    reason === 'unsalable'
      ? checkExchangeLimits(
          lines,
          total,
          totals,
          policy.exchangeRateLimitBp(command.branch),
          policy.exchangeTimeLimitDays,
          now,
        )
      : undefined;
  const requested: RmaEvent = {
    type: 'ReturnRequested',
    data: {
      ...of,
      customerId: command.customerId,
      ...(command.caseId ? { caseId: command.caseId } : {}),
      source: command.source,
      reason,
      lines,
      total,
      ...(limitCheck ? { limitCheck } : {}),
      requestedAt: at,
    },
  };
  if (!limitCheck || (limitCheck.withinRate && limitCheck.withinTime)) return [requested];
  return [
    requested,
    {
      type: 'ReturnRejected',
      data: { ...of, rule: 'RET-2', explanation: limitExplanation(limitCheck), limitCheck, rejectedAt: at },
    },
  ];
}
