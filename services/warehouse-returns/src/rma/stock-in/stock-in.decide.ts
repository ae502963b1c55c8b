import { RuleViolation } from '@aftersales/kernel';
import { doneAlready, existing, type RmaContext } from '../rma.decide-context';
import type { ReceiptLine, RmaEvent } from '../rma.events';
import { receiptDueAt } from '../rma.policy';
import { acceptedLines, missingSignatures, type RmaState } from '../rma.state';

export interface StockIn {
  readonly type: 'StockIn';
  readonly rmaId: string;
}
export interface MarkReceiptSent {
  readonly type: 'MarkReceiptSent';
  readonly rmaId: string;
}
export interface CheckReceiptDeadline {
  readonly type: 'CheckReceiptDeadline';
  readonly rmaId: string;
}

/** The return receipt's number (退货入库单): one per request. */
export const receiptNo = (rmaId: string) => `RR-${rmaId.replace(/-/g, '').slice(0, 12).toUpperCase()}`;

const SIGNER = {
  'after-sales-head': 'the after-sales head',
  'operations-head': 'the operations head',
  'qc-inspector': 'QC',
};

/**
 * RET-7: stock-in only with the after-sales head's, the operations head's and QC's signatures.
 * RET-8: it produces the return receipt with the quantities and amounts received, due to the
 * customer before the configured hour of the next day in the branch's time zone.
 */
export function stockIn(command: StockIn, state: RmaState, { now, policy }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.receipt)
    doneAlready('RET-7', `the return was stocked in already (receipt ${rma.receipt.receiptNo})`);
  if (rma.status === 'qc-refused')
    throw new RuleViolation('RET-6', `QC refused the return: ${rma.qcRefusal?.explanation ?? ''}`);
  if (rma.status !== 'received')
    throw new RuleViolation('RET-7', `stock-in needs the goods received, the request is ${rma.status}`);
  const missing = missingSignatures(rma);
  if (missing.length > 0)
    throw new RuleViolation(
      'RET-7',
      `stock-in needs every signature on the form; missing: ${missing.map((r) => SIGNER[r]).join(', ')}`,
    );
  const lines = acceptedLines(rma).map((got): ReceiptLine => {
    const line = rma.lines.find((l) => l.lineNo === got.lineNo)!;
    return {
      lineNo: got.lineNo,
      model: line.product.model,
      quantity: got.quantity,
      amount: { amountMinor: got.quantity * line.unitPrice.amountMinor, currency: line.unitPrice.currency },
    };
  });
  const total = {
    amountMinor: lines.reduce((s, l) => s + l.amount.amountMinor, 0),
    currency: rma.total.currency,
  };
  return [
    {
      type: 'StockedIn',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        customerId: rma.customerId,
        ...(rma.caseId ? { caseId: rma.caseId } : {}),
        receiptNo: receiptNo(rma.rmaId),
        lines,
        total,
        stockedInAt: now.toISOString(),
        receiptDueAt: receiptDueAt(now, policy.zoneOf(rma.branch), policy.receiptDueHour).toISOString(),
      },
    },
  ];
}

/** RET-8: the receipt was sent to the customer. */
export function markReceiptSent(command: MarkReceiptSent, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (!rma.receipt) throw new RuleViolation('RET-8', 'no return receipt yet: the return is not stocked in');
  if (rma.receipt.sentAt) return [];
  return [
    {
      type: 'ReceiptSent',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        receiptNo: rma.receipt.receiptNo,
        sentAt: now.toISOString(),
      },
    },
  ];
}

/** RET-8: the deadline timer: the receipt not sent by then is reported missed, once. */
export function checkReceiptDeadline(
  _command: CheckReceiptDeadline,
  state: RmaState,
  { now }: RmaContext,
): RmaEvent[] {
  if (!state.exists || !state.receipt || state.receipt.sentAt || state.receipt.missed) return [];
  if (now.getTime() < Date.parse(state.receipt.dueAt)) return [];
  return [
    {
      type: 'ReceiptDeadlineMissed',
      data: {
        rmaId: state.rmaId,
        branch: state.branch,
        receiptNo: state.receipt.receiptNo,
        dueAt: state.receipt.dueAt,
        detectedAt: now.toISOString(),
      },
    },
  ];
}
