import type { FinancePublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { PublicEvent, PublicEventMapper } from '@aftersales/messaging';
import type { CustomerEvent } from '../customer/customer.decider';
import type { LedgerEvent } from '../ledger/ledger.events';

type PublicOf = {
  [T in keyof FinancePublicEvents]: { type: T; payload: FinancePublicEvents[T]; key?: string };
}[keyof FinancePublicEvents];

/** Internal ledger events that stay inside finance, and why. */
export const PRIVATE_EVENTS: Readonly<Record<string, string>> = {
  CostRecorded:
    'echoes the source event (dispatch) or a finance clerk’s entry; the audit verdict is published',
  AttributionApplied: 'echoes quality inspection’s own decision; its money is published as entries',
  ChargebackConfirmed: 'echoes claims’ confirmation; the chargeback is published as its entry',
  CostReversed: 'published as its compensating entries (cause reversal)',
  InvoiceIssued: 'published as its entry (cause invoice)',
};

/** Internal → versioned public contract (FIN-1 audit verdicts, FIN-9 journal entries with their cause). */
export function toPublic(event: LedgerEvent): PublicOf | undefined {
  switch (event.type) {
    case 'CostApproved': {
      const { caseId, costId, amount, allocatedByAttribution, approvedBy, approvedAt } = event.data;
      return {
        type: 'finance.cost-audited.v1',
        payload: {
          caseId,
          costId,
          verdict: 'approved',
          ...(amount ? { amount } : {}),
          ...(allocatedByAttribution === undefined ? {} : { allocatedByAttribution }),
          decidedBy: approvedBy,
          auditedAt: approvedAt,
        },
      };
    }
    case 'CostRejected': {
      const { caseId, costId, reason, rejectedBy, rejectedAt } = event.data;
      return {
        type: 'finance.cost-audited.v1',
        payload: {
          caseId,
          costId,
          verdict: 'rejected',
          reason,
          decidedBy: rejectedBy,
          auditedAt: rejectedAt,
        },
      };
    }
    case 'EntryPosted':
      return { type: 'finance.entry-posted.v1', payload: event.data };
    case 'ChargebackRefunded':
      return { type: 'finance.chargeback-refunded.v1', payload: event.data };
    case 'CostRecorded':
    case 'AttributionApplied':
    case 'ChargebackConfirmed':
    case 'CostReversed':
    case 'InvoiceIssued':
      return undefined;
  }
}

/** FIN-7: every change of a customer's totals, for warehouse returns' RET-2 check. */
export function customerToPublic(event: CustomerEvent): PublicOf {
  const { customerId, totals, at } = event.data;
  return {
    type: 'finance.customer-totals-changed.v1',
    key: customerId,
    payload: {
      customerId,
      purchased: totals.purchased,
      exchanged: totals.exchanged,
      periodFrom: totals.periodFrom,
      ...(totals.periodTo ? { periodTo: totals.periodTo } : {}),
      asOf: at,
    },
  };
}

export const financePublicEvents: PublicEventMapper = (recorded: RecordedEvent): PublicEvent | undefined => {
  const event = { type: recorded.type, data: recorded.data };
  if (recorded.streamId.startsWith('ledger-')) return toPublic(event as LedgerEvent);
  if (recorded.streamId.startsWith('customer-')) return customerToPublic(event as CustomerEvent);
  return undefined;
};
