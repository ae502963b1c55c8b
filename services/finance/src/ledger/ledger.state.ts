import type { Money } from '@aftersales/kernel';
import type { Bearer, CostKind } from '../finance.vocabulary';
import type { JournalLine, LedgerEvent, Share } from './ledger.events';

export interface CostState {
  readonly costId: string;
  readonly kind: CostKind;
  readonly amount: Money;
  readonly bearer: Bearer;
  readonly customerId?: string;
  readonly status: 'pending' | 'approved' | 'rejected' | 'reversed';
  /** The entry that charged the approved cost to who bears it first. */
  readonly chargeEntryId?: string;
  /** FIN-3: the allocation entry in force for this cost, if allocated. */
  readonly allocationEntryId?: string;
}

/** FIN-6: a supplier claim charged back on the case, and how much of it is still deducted. */
export interface Recovery {
  readonly supplierId: string;
  readonly outstandingMinor: number;
  /** The chargeback's entry, which a refund compensates. */
  readonly entryId?: string;
  /** Some of it was credited back (FIN-6 refund). */
  readonly refunded?: boolean;
}

export type LedgerState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly caseId: string;
      readonly branch: string;
      readonly costs: Readonly<Record<string, CostState>>;
      /** Allocation entries' lines, kept to reverse them exactly. */
      readonly allocations: Readonly<Record<string, readonly JournalLine[]>>;
      readonly attribution?: { readonly attributionId: string; readonly shares: readonly Share[] };
      /** Attributions no longer in force, so a late or repeated delivery changes nothing. */
      readonly seenAttributions: readonly string[];
      /** FIN-6: the supplier claims already charged back. */
      readonly chargebacks: readonly string[];
      /** FIN-6: per claim charged back, what is still deducted from the supplier's payables. */
      readonly recoveries: Readonly<Record<string, Recovery>>;
      /** FIN-5: the invoices issued. */
      readonly invoices: readonly string[];
      readonly entryCount: number;
    };

export type ExistingLedger = Extract<LedgerState, { exists: true }>;

export const initialLedgerState: LedgerState = { exists: false };

/** A case ledger before its first event: what a first command on the case decides on. */
export const emptyLedger = (caseId: string, branch: string): ExistingLedger => ({
  exists: true,
  caseId,
  branch,
  costs: {},
  allocations: {},
  seenAttributions: [],
  chargebacks: [],
  recoveries: {},
  invoices: [],
  entryCount: 0,
});

const next0 = (s: ExistingLedger): ExistingLedger => ({ ...s, entryCount: s.entryCount + 1 });

export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  const s = state.exists
    ? state
    : emptyLedger(event.data.caseId, 'branch' in event.data ? event.data.branch : '');
  const withCost = (costId: string, change: Partial<CostState>): ExistingLedger => ({
    ...s,
    costs: { ...s.costs, [costId]: { ...s.costs[costId], ...change } },
  });
  switch (event.type) {
    case 'CostRecorded': {
      const d = event.data;
      return {
        ...s,
        branch: s.branch || d.branch,
        costs: {
          ...s.costs,
          [d.costId]: {
            costId: d.costId,
            kind: d.kind,
            amount: d.amount,
            bearer: d.bearer,
            ...(d.customerId ? { customerId: d.customerId } : {}),
            status: 'pending',
          },
        },
      };
    }
    case 'CostApproved':
      return withCost(event.data.costId, { status: 'approved' });
    case 'CostRejected':
      return withCost(event.data.costId, { status: 'rejected' });
    case 'CostReversed':
      return withCost(event.data.costId, { status: 'reversed' });
    case 'AttributionApplied':
      return {
        ...s,
        attribution: { attributionId: event.data.attributionId, shares: event.data.shares },
        // The one it supersedes is spent too: arriving late, it must not come back into force.
        seenAttributions: [
          ...s.seenAttributions,
          event.data.attributionId,
          ...(event.data.supersedes ? [event.data.supersedes] : []),
        ],
      };
    case 'ChargebackConfirmed': {
      const { claimId, supplierId, amount } = event.data;
      return {
        ...s,
        chargebacks: [...s.chargebacks, claimId],
        recoveries: { ...s.recoveries, [claimId]: { supplierId, outstandingMinor: amount.amountMinor } },
      };
    }
    case 'ChargebackRefunded': {
      const { claimId, amount } = event.data;
      const recovery = s.recoveries[claimId];
      return {
        ...s,
        recoveries: {
          ...s.recoveries,
          [claimId]: {
            ...recovery,
            outstandingMinor: recovery.outstandingMinor - amount.amountMinor,
            refunded: true,
          },
        },
      };
    }
    case 'InvoiceIssued':
      return { ...s, invoices: [...s.invoices, event.data.invoiceId] };
    case 'EntryPosted': {
      const { cause, entryId, lines } = event.data;
      if (cause.kind === 'chargeback' && cause.claimId && s.recoveries[cause.claimId])
        return {
          ...next0(s),
          recoveries: { ...s.recoveries, [cause.claimId]: { ...s.recoveries[cause.claimId], entryId } },
        };
      if (!cause.costId) return { ...s, entryCount: s.entryCount + 1 };
      if (cause.kind === 'cost-approved')
        return {
          ...next0(s),
          costs: { ...s.costs, [cause.costId]: { ...s.costs[cause.costId], chargeEntryId: entryId } },
        };
      const next = { ...s, entryCount: s.entryCount + 1 };
      if (cause.kind === 'allocation')
        return {
          ...next,
          allocations: { ...s.allocations, [entryId]: lines },
          costs: { ...s.costs, [cause.costId]: { ...s.costs[cause.costId], allocationEntryId: entryId } },
        };
      if (cause.kind === 'reversal') {
        const { [cause.reverses!]: _reversed, ...allocations } = s.allocations;
        const { allocationEntryId: _gone, ...cost } = s.costs[cause.costId];
        return { ...next, allocations, costs: { ...s.costs, [cause.costId]: cost } };
      }
      return next;
    }
  }
}
