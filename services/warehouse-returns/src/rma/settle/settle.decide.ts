import { RuleViolation } from '@aftersales/kernel';
import { existing, inStatus, type RmaContext } from '../rma.decide-context';
import type { RmaEvent } from '../rma.events';
import { acceptedLines, type RmaState } from '../rma.state';

export interface ShipExchange {
  readonly type: 'ShipExchange';
  readonly rmaId: string;
  /** One per received line: the replacement's model and, for a serialised unit, its serial. */
  readonly replacements: readonly {
    readonly lineNo: number;
    readonly model: string;
    readonly replacementSerial?: string;
  }[];
}
export interface RequestRefund {
  readonly type: 'RequestRefund';
  readonly rmaId: string;
}

/**
 * RET-7: a stocked-in return is exchanged for the same product as the original order. CLM-7:
 * each faulty unit's serial is linked to its replacement's.
 */
export function shipExchange(command: ShipExchange, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  inStatus(rma, 'RET-7', 'an exchange', 'stocked-in');
  const at = now.toISOString();
  const of = { rmaId: rma.rmaId, branch: rma.branch };
  const received = acceptedLines(rma);
  const serials: RmaEvent[] = [];
  const replacements = received.map((got) => {
    const line = rma.lines.find((l) => l.lineNo === got.lineNo)!;
    const given = command.replacements.find((r) => r.lineNo === got.lineNo);
    if (!given) throw new RuleViolation('RET-7', `line ${got.lineNo} has no replacement`);
    if (given.model !== line.product.model)
      throw new RuleViolation(
        'RET-7',
        `line ${got.lineNo}: the exchange is for the same product ${line.product.model}, not ${given.model}`,
      );
    if (line.serialNumber) {
      if (!given.replacementSerial)
        throw new RuleViolation(
          'CLM-7',
          `line ${got.lineNo}: the replacement's serial number is needed to link it to ${line.serialNumber}`,
        );
      serials.push({
        type: 'SerialReplaced',
        data: {
          ...of,
          lineNo: got.lineNo,
          model: line.product.model,
          faultySerial: line.serialNumber,
          replacementSerial: given.replacementSerial,
          replacedAt: at,
        },
      });
    }
    return {
      lineNo: got.lineNo,
      model: line.product.model,
      quantity: got.quantity,
      ...(given.replacementSerial ? { replacementSerial: given.replacementSerial } : {}),
    };
  });
  return [
    { type: 'ExchangeShipped', data: { ...of, customerId: rma.customerId, replacements, shippedAt: at } },
    ...serials,
  ];
}

/** RET-7: a quality return may be refunded, as the customer chooses; the refund request goes to finance. */
export function requestRefund(command: RequestRefund, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.reason === 'unsalable')
    throw new RuleViolation('RET-7', 'an unsalable return is exchanged for the same product, not refunded');
  inStatus(rma, 'RET-7', 'a refund', 'stocked-in');
  const amountMinor = acceptedLines(rma).reduce(
    (sum, got) => sum + got.quantity * rma.lines.find((l) => l.lineNo === got.lineNo)!.unitPrice.amountMinor,
    0,
  );
  return [
    {
      type: 'RefundRequested',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        customerId: rma.customerId,
        ...(rma.caseId ? { caseId: rma.caseId } : {}),
        amount: { amountMinor, currency: rma.total.currency },
        requestedAt: now.toISOString(),
      },
    },
  ];
}
