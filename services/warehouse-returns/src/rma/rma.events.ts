import type { Money } from '@aftersales/kernel';

export const RETURN_REASONS = ['unsalable', 'quality'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** The roles whose signatures RET-7 needs on the form before stock-in. */
export const SIGNATURE_ROLES = ['after-sales-head', 'operations-head', 'qc-inspector'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

/** RET-1: one line of the return/exchange form (调退货明细表). */
export interface ReturnLine {
  readonly lineNo: number;
  readonly product: { readonly model: string; readonly productLine?: string };
  /** A serialised unit, or a lot of identical goods. */
  readonly serialNumber?: string;
  readonly lotNumber?: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly amount: Money;
  readonly reason: ReturnReason;
  readonly originalOrder: { readonly ref: string; readonly deliveredOn: string };
}

/** RET-2: the customer's exchange rate before and with this request, against its limit. */
export interface LimitCheck {
  readonly limitBp: number;
  readonly purchased: Money;
  readonly exchanged: Money;
  /** Exchanged ÷ purchased now, basis points (null: no purchases on record). */
  readonly currentRateBp: number | null;
  /** With this request added. */
  readonly resultingRateBp: number | null;
  readonly withinRate: boolean;
  readonly timeLimitDays: number;
  /** The earliest delivery on the form and the days since it. */
  readonly oldestDeliveredOn: string;
  readonly daysSinceDelivery: number;
  readonly withinTime: boolean;
}

export interface Signature {
  readonly role: SignatureRole;
  readonly userId: string;
  readonly at: string;
  /** QC's inspection the signature closes (QC-5, QC-6). */
  readonly inspectionId?: string;
}

export interface ReceiptLine {
  readonly lineNo: number;
  readonly model: string;
  readonly quantity: number;
  readonly amount: Money;
}

type Of<T extends string, D> = { type: T; data: D };
type Rma = { rmaId: string; branch: string };

export type RmaEvent =
  | Of<
      'ReturnRequested',
      Rma & {
        customerId: string;
        caseId?: string;
        source: 'intake' | 'direct';
        reason: ReturnReason;
        lines: ReturnLine[];
        total: Money;
        limitCheck?: LimitCheck;
        requestedAt: string;
      }
    >
  | Of<
      'ReturnRejected',
      Rma & { rule: string; explanation: string; limitCheck?: LimitCheck; rejectedAt: string }
    >
  | Of<'SpecialCaseApproved', Rma & { executiveId: string; reason: string; approvedAt: string }>
  | Of<'RequestConfirmed', Rma & { staffId: string; confirmedAt: string }>
  | Of<'FormSigned', Rma & { signature: Signature }>
  | Of<
      'ReturnApproved',
      Rma & { customerId: string; caseId?: string; reason: ReturnReason; approvedAt: string }
    >
  | Of<'ArrivalNotified', Rma & { station: string; notifiedAt: string }>
  | Of<
      'TransportOrderIssued',
      Rma & { orderNo: string; driverId: string; driverName: string; vehicle: string; issuedAt: string }
    >
  | Of<'GoodsPickedUp', Rma & { orderNo: string; driverId: string; pickedUpAt: string }>
  | Of<
      'GoodsReceived',
      Rma & {
        customerId: string;
        caseId?: string;
        reason: ReturnReason;
        lines: {
          lineNo: number;
          model: string;
          serialNumber?: string;
          lotNumber?: string;
          quantity: number;
        }[];
        receivedAt: string;
      }
    >
  | Of<
      'LineInspected',
      Rma & {
        lineNo: number;
        inspectionId: string;
        outcome: 'signed' | 'refused';
        by?: string;
        explanation?: string;
        at: string;
      }
    >
  | Of<
      'ReturnRefusedByQc',
      Rma & { inspectionId: string; explanation: string; lineNos?: number[]; refusedAt: string }
    >
  | Of<
      'RefusedGoodsDisposed',
      Rma & {
        disposition: 'returned-to-customer' | 'scrapped-with-consent';
        note?: string;
        disposedAt: string;
      }
    >
  | Of<
      'StockedIn',
      Rma & {
        customerId: string;
        caseId?: string;
        receiptNo: string;
        lines: ReceiptLine[];
        total: Money;
        stockedInAt: string;
        receiptDueAt: string;
      }
    >
  | Of<'ReceiptSent', Rma & { receiptNo: string; sentAt: string }>
  | Of<'ReceiptDeadlineMissed', Rma & { receiptNo: string; dueAt: string; detectedAt: string }>
  | Of<
      'SerialReplaced',
      Rma & {
        lineNo: number;
        model: string;
        faultySerial: string;
        replacementSerial: string;
        replacedAt: string;
      }
    >
  | Of<
      'ExchangeShipped',
      Rma & {
        customerId: string;
        replacements: { lineNo: number; model: string; quantity: number; replacementSerial?: string }[];
        shippedAt: string;
      }
    >
  | Of<'RefundRequested', Rma & { customerId: string; caseId?: string; amount: Money; requestedAt: string }>;

export type RmaEventType = RmaEvent['type'];
export type RmaEventOf<T extends RmaEventType> = Extract<RmaEvent, { type: T }>;
