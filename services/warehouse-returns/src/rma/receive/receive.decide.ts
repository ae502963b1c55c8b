import { RuleViolation } from '@aftersales/kernel';
import { doneAlready, existing, inStatus, type RmaContext } from '../rma.decide-context';
import type { RmaEvent } from '../rma.events';
import type { RmaState } from '../rma.state';

export interface ReceiveGoods {
  readonly type: 'ReceiveGoods';
  readonly rmaId: string;
  /** What arrived per line; absent: every line as requested. */
  readonly lines?: readonly { readonly lineNo: number; readonly quantity: number }[];
}

/** RET-6: the warehouse receives the goods; QC opens an inspection on every returned item. */
export function receiveGoods(command: ReceiveGoods, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.received) doneAlready('RET-6', 'the goods were received already');
  inStatus(rma, 'RET-6', 'receiving goods', 'approved');
  if (rma.transportOrder && !rma.transportOrder.pickedUpAt)
    throw new RuleViolation('RET-5', `transport order ${rma.transportOrder.orderNo} has no pick-up recorded`);
  const lines = command.lines ?? rma.lines.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity }));
  const received = lines.map((line) => {
    const requested = rma.lines.find((l) => l.lineNo === line.lineNo);
    if (!requested) throw new RuleViolation('RET-1', `the request has no line ${line.lineNo}`);
    if (line.quantity <= 0 || line.quantity > requested.quantity)
      throw new RuleViolation(
        'RET-1',
        `line ${line.lineNo}: received ${line.quantity}, requested ${requested.quantity}`,
      );
    return {
      lineNo: line.lineNo,
      model: requested.product.model,
      ...(requested.serialNumber ? { serialNumber: requested.serialNumber } : {}),
      ...(requested.lotNumber ? { lotNumber: requested.lotNumber } : {}),
      quantity: line.quantity,
    };
  });
  return [
    {
      type: 'GoodsReceived',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        customerId: rma.customerId,
        ...(rma.caseId ? { caseId: rma.caseId } : {}),
        reason: rma.reason,
        lines: received,
        receivedAt: now.toISOString(),
      },
    },
  ];
}
