import type { Money } from '@aftersales/kernel';
import type { LimitCheck, ReturnLine, ReturnReason, RmaEvent, Signature, SignatureRole } from './rma.events';

export const RMA_STATUSES = [
  'requested',
  'rejected',
  'confirmed',
  'approved',
  'received',
  'qc-refused',
  'stocked-in',
  'exchanged',
  'refunded',
] as const;
export type RmaStatus = (typeof RMA_STATUSES)[number];

export interface TransportOrder {
  readonly orderNo: string;
  readonly driverId: string;
  readonly driverName: string;
  readonly vehicle: string;
  readonly issuedAt: string;
  readonly pickedUpAt?: string;
}

export interface ExistingRma {
  readonly exists: true;
  readonly rmaId: string;
  readonly branch: string;
  readonly customerId: string;
  readonly caseId?: string;
  readonly reason: ReturnReason;
  readonly lines: readonly ReturnLine[];
  readonly total: Money;
  readonly status: RmaStatus;
  readonly requestedAt: string;
  readonly limitCheck?: LimitCheck;
  readonly rejection?: { readonly rule: string; readonly explanation: string };
  readonly specialApproval?: { readonly executiveId: string; readonly reason: string };
  readonly confirmedBy?: string;
  readonly signatures: Partial<Record<SignatureRole, Signature>>;
  readonly arrival?: { readonly station: string; readonly notifiedAt: string };
  readonly transportOrder?: TransportOrder;
  readonly received?: readonly { readonly lineNo: number; readonly quantity: number }[];
  /** RET-6: QC's decision per line, when it inspects line by line. */
  readonly qcLines?: Readonly<
    Record<
      number,
      {
        readonly inspectionId: string;
        readonly outcome: 'signed' | 'refused';
        readonly by?: string;
        readonly explanation?: string;
      }
    >
  >;
  /** RET-6: what became of the goods QC refused. */
  readonly refusedGoods?: 'returned-to-customer' | 'scrapped-with-consent';
  readonly qcRefusal?: {
    readonly inspectionId: string;
    readonly explanation: string;
  };
  readonly receipt?: {
    readonly receiptNo: string;
    readonly dueAt: string;
    readonly sentAt?: string;
    readonly missed?: boolean;
  };
}

export type RmaState = { readonly exists: false } | ExistingRma;

export const initialRmaState: RmaState = { exists: false };

export function evolveRma(state: RmaState, event: RmaEvent): RmaState {
  if (event.type === 'ReturnRequested') {
    const d = event.data;
    return {
      exists: true,
      rmaId: d.rmaId,
      branch: d.branch,
      customerId: d.customerId,
      ...(d.caseId ? { caseId: d.caseId } : {}),
      reason: d.reason,
      lines: d.lines,
      total: d.total,
      status: 'requested',
      requestedAt: d.requestedAt,
      ...(d.limitCheck ? { limitCheck: d.limitCheck } : {}),
      signatures: {},
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'ReturnRejected':
      return {
        ...state,
        status: 'rejected',
        rejection: { rule: event.data.rule, explanation: event.data.explanation },
      };
    case 'SpecialCaseApproved':
      return {
        ...state,
        status: 'requested',
        rejection: undefined,
        specialApproval: { executiveId: event.data.executiveId, reason: event.data.reason },
      };
    case 'RequestConfirmed':
      return { ...state, status: 'confirmed', confirmedBy: event.data.staffId };
    case 'FormSigned':
      return {
        ...state,
        signatures: { ...state.signatures, [event.data.signature.role]: event.data.signature },
      };
    case 'ReturnApproved':
      return { ...state, status: 'approved' };
    case 'ArrivalNotified':
      return { ...state, arrival: { station: event.data.station, notifiedAt: event.data.notifiedAt } };
    case 'TransportOrderIssued': {
      const { orderNo, driverId, driverName, vehicle, issuedAt } = event.data;
      return { ...state, transportOrder: { orderNo, driverId, driverName, vehicle, issuedAt } };
    }
    case 'GoodsPickedUp':
      return state.transportOrder
        ? { ...state, transportOrder: { ...state.transportOrder, pickedUpAt: event.data.pickedUpAt } }
        : state;
    case 'GoodsReceived':
      return {
        ...state,
        status: 'received',
        received: event.data.lines.map(({ lineNo, quantity }) => ({ lineNo, quantity })),
      };
    case 'LineInspected': {
      const { lineNo, inspectionId, outcome, by, explanation } = event.data;
      return {
        ...state,
        qcLines: {
          ...state.qcLines,
          [lineNo]: { inspectionId, outcome, ...(by ? { by } : {}), ...(explanation ? { explanation } : {}) },
        },
      };
    }
    case 'ReturnRefusedByQc':
      return {
        ...state,
        status: 'qc-refused',
        qcRefusal: { inspectionId: event.data.inspectionId, explanation: event.data.explanation },
      };
    case 'RefusedGoodsDisposed':
      return { ...state, refusedGoods: event.data.disposition };
    case 'StockedIn':
      return {
        ...state,
        status: 'stocked-in',
        receipt: { receiptNo: event.data.receiptNo, dueAt: event.data.receiptDueAt },
      };
    case 'ReceiptSent':
      return state.receipt ? { ...state, receipt: { ...state.receipt, sentAt: event.data.sentAt } } : state;
    case 'ReceiptDeadlineMissed':
      return state.receipt ? { ...state, receipt: { ...state.receipt, missed: true } } : state;
    case 'SerialReplaced':
      return state;
    case 'ExchangeShipped':
      return { ...state, status: 'exchanged' };
    case 'RefundRequested':
      return { ...state, status: 'refunded' };
  }
}

/** RET-6: the received lines QC did not refuse: what is stocked in, exchanged or refunded. */
export function acceptedLines(
  state: ExistingRma,
): readonly { readonly lineNo: number; readonly quantity: number }[] {
  return (state.received ?? []).filter((l) => state.qcLines?.[l.lineNo]?.outcome !== 'refused');
}

/** RET-7: the signatures the form still needs before stock-in. */
export function missingSignatures(state: ExistingRma): SignatureRole[] {
  return (['after-sales-head', 'operations-head', 'qc-inspector'] as const).filter(
    (r) => !state.signatures[r],
  );
}
