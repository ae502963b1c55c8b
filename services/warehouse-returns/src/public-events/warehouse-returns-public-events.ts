import type { WarehouseReturnsPublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { PublicEvent } from '@aftersales/messaging';
import type { RmaEvent } from '../rma/rma.events';

type PublicOf = {
  [T in keyof WarehouseReturnsPublicEvents]: { type: T; payload: WarehouseReturnsPublicEvents[T] };
}[keyof WarehouseReturnsPublicEvents];

/** Internal events that stay inside warehouse returns, and why. */
export const PRIVATE_EVENTS: Readonly<Record<string, string>> = {
  RequestConfirmed: 'a step towards approval; return-approved is published',
  FormSigned: 'a signature on the form; approval and stock-in are published',
  SpecialCaseApproved: 'the request goes on to confirmation; its approval is published',
  ArrivalNotified: 'the freight station’s notice; the transport order is published',
  GoodsPickedUp: 'the driver’s collection; the receipt at the warehouse is published',
  RefusedGoodsDisposed: 'what happened to refused goods; no downstream consumer yet',
  ReceiptSent: 'RET-8 met; only a miss is published',
  LineInspected:
    'a line QC signed: QC’s signature on the form follows once every line is decided (a refused line is published)',
};

const caseOf = (caseId?: string) => (caseId ? { caseId } : {});

/** Internal → versioned public contract; the driver's name stays inside (a reference suffices). */
export function toPublic(event: RmaEvent): PublicOf | undefined {
  switch (event.type) {
    case 'ReturnRequested': {
      const d = event.data;
      return {
        type: 'warehouse-returns.return-requested.v1',
        payload: {
          rmaId: d.rmaId,
          branch: d.branch,
          ...caseOf(d.caseId),
          customerId: d.customerId,
          source: d.source,
          reason: d.reason,
          lines: d.lines.map((l) => ({
            lineNo: l.lineNo,
            model: l.product.model,
            ...(l.serialNumber ? { serialNumber: l.serialNumber } : {}),
            ...(l.lotNumber ? { lotNumber: l.lotNumber } : {}),
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            amount: l.amount,
            orderRef: l.originalOrder.ref,
          })),
          total: d.total,
          ...(d.limitCheck ? { limitCheck: d.limitCheck } : {}),
          requestedAt: d.requestedAt,
        },
      };
    }
    case 'ReturnApproved':
      return { type: 'warehouse-returns.return-approved.v1', payload: event.data };
    case 'ReturnRejected': {
      const { rmaId, branch, rule, explanation, limitCheck, rejectedAt } = event.data;
      return {
        type: 'warehouse-returns.return-rejected.v1',
        payload: {
          rmaId,
          branch,
          rule: rule === 'RET-6' ? 'RET-6' : 'RET-2',
          explanation,
          ...(limitCheck ? { limitCheck } : {}),
          rejectedAt,
        },
      };
    }
    case 'ReturnRefusedByQc': {
      const { rmaId, branch, inspectionId, explanation, lineNos, refusedAt } = event.data;
      return {
        type: 'warehouse-returns.return-rejected.v1',
        payload: {
          rmaId,
          branch,
          rule: 'RET-6',
          explanation,
          inspectionId,
          ...(lineNos ? { lineNos } : {}),
          rejectedAt: refusedAt,
        },
      };
    }
    case 'LineInspected': {
      // A line QC refused is rejected at once; signed lines show in QC's signature on the form.
      const { rmaId, branch, lineNo, inspectionId, outcome, explanation, at } = event.data;
      return outcome === 'refused'
        ? {
            type: 'warehouse-returns.return-rejected.v1',
            payload: {
              rmaId,
              branch,
              rule: 'RET-6',
              explanation: explanation ?? '',
              inspectionId,
              lineNos: [lineNo],
              rejectedAt: at,
            },
          }
        : undefined;
    }
    case 'TransportOrderIssued': {
      const { rmaId, branch, orderNo, driverId, vehicle, issuedAt } = event.data;
      return {
        type: 'warehouse-returns.transport-order-issued.v1',
        payload: { rmaId, branch, orderNo, driverId, vehicle, issuedAt },
      };
    }
    case 'GoodsReceived':
      return { type: 'warehouse-returns.return-received.v1', payload: event.data };
    case 'StockedIn':
      return { type: 'warehouse-returns.return-stocked-in.v1', payload: event.data };
    case 'ReceiptDeadlineMissed':
      return { type: 'warehouse-returns.receipt-deadline-missed.v1', payload: event.data };
    case 'ExchangeShipped':
      return { type: 'warehouse-returns.exchange-shipped.v1', payload: event.data };
    case 'SerialReplaced': {
      const { lineNo: _, ...payload } = event.data;
      return { type: 'warehouse-returns.serial-replaced.v1', payload };
    }
    case 'RefundRequested':
      return { type: 'warehouse-returns.refund-requested.v1', payload: event.data };
    default:
      return undefined;
  }
}

/** The relay's mapper: each public event is keyed by its request, so a request's events stay in order. */
export function warehouseReturnsPublicEvents(recorded: RecordedEvent): PublicEvent | undefined {
  const event = { type: recorded.type, data: recorded.data } as RmaEvent;
  const mapped = toPublic(event);
  return mapped && { ...mapped, key: event.data.rmaId };
}
