import type { Money } from '@aftersales/kernel';
import type { Bearer, CostKind, PartyKind } from '../finance.vocabulary';

export interface DecidedBy {
  readonly userId: string;
  readonly role: string;
}

/** FIN-1: where a cost came from: another service's event, or entered by hand. */
export type CostSource =
  | { readonly kind: 'event'; readonly eventId: string; readonly eventType: string }
  | { readonly kind: 'manual'; readonly userId: string };

export interface Share {
  readonly party: PartyKind;
  readonly partyKey: string;
  readonly shareBp: number;
}

/** One line of a journal entry: exactly one side is non-zero. */
export interface JournalLine {
  readonly account: string;
  readonly debitMinor: number;
  readonly creditMinor: number;
}

/** AUD-2: why an entry was posted, traceable to the cost, the attribution or the entry reversed. */
export interface EntryCause {
  readonly kind: 'cost-approved' | 'allocation' | 'reversal' | 'chargeback' | 'chargeback-refund' | 'invoice';
  /** The cost behind it; a chargeback names its supplier claim instead. */
  readonly costId?: string;
  readonly claimId?: string;
  readonly invoiceId?: string;
  readonly attributionId?: string;
  readonly reverses?: string;
}

export type LedgerEvent =
  | {
      type: 'CostRecorded';
      data: {
        caseId: string;
        costId: string;
        branch: string;
        kind: CostKind;
        amount: Money;
        bearer: Bearer;
        customerId?: string;
        description: string;
        source: CostSource;
        recordedAt: string;
      };
    }
  | {
      type: 'CostApproved';
      /** The amount approved: claims recovers suppliers' shares of it (CLM-4). Absent on events before it was recorded. */
      data: {
        caseId: string;
        costId: string;
        amount?: Money;
        /** FIN-3: the cost follows the attribution in force (not a FIN-2 staff cost or FIN-4 paid service). Absent on events before it was recorded. */
        allocatedByAttribution?: boolean;
        approvedBy: DecidedBy;
        approvedAt: string;
      };
    }
  | {
      type: 'CostRejected';
      data: { caseId: string; costId: string; reason: string; rejectedBy: DecidedBy; rejectedAt: string };
    }
  | {
      type: 'CostReversed';
      data: { caseId: string; costId: string; reason: string; reversedBy: DecidedBy; reversedAt: string };
    }
  | {
      type: 'AttributionApplied';
      data: {
        caseId: string;
        branch: string;
        attributionId: string;
        shares: Share[];
        supersedes?: string;
        reason?: string;
        sourceEventId: string;
        appliedAt: string;
      };
    }
  | {
      type: 'InvoiceIssued';
      data: {
        caseId: string;
        branch: string;
        invoiceId: string;
        amount: Money;
        description: string;
        /** FIN-5: the day the service or repaired product was delivered, in the branch's zone. */
        invoiceDate: string;
        sourceEventId: string;
        issuedAt: string;
      };
    }
  | {
      type: 'ChargebackConfirmed';
      data: {
        caseId: string;
        branch: string;
        claimId: string;
        supplierId: string;
        amount: Money;
        sourceEventId: string;
        confirmedAt: string;
      };
    }
  | {
      /**
       * FIN-6: what a chargeback deducted from the supplier's payables beyond the supplier's part
       * under the attribution in force (cleared, or its share lowered) is owed to it again.
       */
      type: 'ChargebackRefunded';
      data: {
        caseId: string;
        branch: string;
        claimId: string;
        supplierId: string;
        amount: Money;
        attributionId: string;
        reason: string;
        refundedAt: string;
      };
    }
  | {
      type: 'EntryPosted';
      data: {
        caseId: string;
        entryId: string;
        branch: string;
        currency: string;
        cause: EntryCause;
        lines: JournalLine[];
        /** FIN-8: the accounting month (YYYY-MM) the entry belongs to. */
        period?: string;
        postedAt: string;
      };
    };

export type LedgerEventOf<T extends LedgerEvent['type']> = Extract<LedgerEvent, { type: T }>;
