import { asContractEvent } from '@aftersales/contracts';
import { requestContext } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { FinanceRuntime } from '../finance.runtime';
import type { PartyKind } from '../finance.vocabulary';
import type { LedgerCommand } from '../ledger/ledger.decider';

/**
 * The fields finance reads of quality inspection's QC-3/QC-4 events (and claims' below), until
 * their contracts are published here (then read through asContractEvent like dispatch's).
 */
interface QcShare {
  readonly party: { readonly kind: PartyKind };
  readonly partyKey: string;
  readonly shareBp: number;
}
interface ResponsibilityAttributed {
  readonly caseId?: string;
  readonly branch: string;
  readonly attributionId: string;
  readonly shares: readonly QcShare[];
  readonly supersedes?: string;
}
interface AttributionSuperseded {
  readonly caseId?: string;
  readonly attributionId: string;
  readonly supersededBy: string;
  readonly reason: string;
  readonly shares: readonly QcShare[];
}

/** The fields finance reads of claims' CLM-4 confirmation (FIN-6). */
interface SupplierClaimConfirmed {
  readonly claimId: string;
  readonly caseId: string;
  readonly branch: string;
  readonly supplierId: string;
  readonly amount: { readonly amountMinor: number; readonly currency: string };
}

/** The fields finance reads of warehouse returns' RET-8 receipt (FIN-7). */
interface ReturnStockedIn {
  readonly rmaId: string;
  readonly customerId: string;
  readonly total: { readonly amountMinor: number; readonly currency: string };
}

const shares = (table: readonly QcShare[]) =>
  table.map((s) => ({ party: s.party.kind, partyKey: s.partyKey, shareBp: s.shareBp }));

/** The ledger command another service's event asks for, if any. */
export function commandOf(consumed: ConsumedEvent): LedgerCommand | undefined {
  const event = asContractEvent(consumed);
  if (event.type === 'dispatch.cost-incurred.v1') {
    const p = event.payload;
    // FIN-1: one cost per dispatch cost, its id derived so a redelivery records nothing twice.
    return {
      type: 'RecordCost',
      caseId: p.caseId,
      costId: deriveEventId(p.visitId, `cost:${p.costId}`),
      branch: p.branch,
      kind: p.category,
      amount: p.amount,
      bearer: p.bearer,
      description: `${p.description} (visit ${p.visitId}, cost ${p.costId})`,
      source: { kind: 'event', eventId: consumed.id, eventType: consumed.type },
    };
  }
  if (event.type === 'dispatch.invoice-requested.v1') {
    const p = event.payload;
    // FIN-5: one invoice per visit's request, its id derived from the request.
    return {
      type: 'IssueInvoice',
      caseId: p.caseId,
      branch: p.branch,
      invoiceId: deriveEventId(consumed.id, 'finance.invoice'),
      amount: p.amount,
      description: `${p.description} (visit ${p.visitId})`,
      invoiceDate: p.invoiceDate,
      sourceEventId: consumed.id,
    };
  }
  if (consumed.type === 'quality-inspection.responsibility-attributed.v1') {
    const p = consumed.payload as ResponsibilityAttributed;
    if (!p.caseId) return undefined; // an inspection of stock, not of a case: no case money moves
    return {
      type: 'ApplyAttribution',
      caseId: p.caseId,
      branch: p.branch,
      attributionId: p.attributionId,
      shares: shares(p.shares),
      ...(p.supersedes ? { supersedes: p.supersedes } : {}),
      sourceEventId: consumed.id,
    };
  }
  if (consumed.type === 'quality-inspection.attribution-superseded.v1') {
    const p = consumed.payload as AttributionSuperseded;
    if (!p.caseId) return undefined;
    return {
      type: 'ApplyAttribution',
      caseId: p.caseId,
      branch: '',
      attributionId: p.supersededBy,
      shares: shares(p.shares),
      supersedes: p.attributionId,
      reason: p.reason,
      sourceEventId: consumed.id,
    };
  }
  if (consumed.type === 'claims.supplier-claim-confirmed.v1') {
    const p = consumed.payload as SupplierClaimConfirmed;
    return {
      type: 'ChargeBack',
      caseId: p.caseId,
      branch: p.branch,
      claimId: p.claimId,
      supplierId: p.supplierId,
      amount: p.amount,
      sourceEventId: consumed.id,
    };
  }
  return undefined;
}

/**
 * FIN-1 costs from dispatch, FIN-3 attributions from quality inspection, applied to the case's
 * ledger through the inbox; the new events' ids derive from the consumed event's id.
 */
export const caseMoneyReactions =
  (parts: Pick<FinanceRuntime['parts'], 'ledgers' | 'customers'>) =>
  async (consumed: ConsumedEvent): Promise<void> => {
    if (consumed.type === 'warehouse-returns.return-stocked-in.v1') {
      const p = consumed.payload as ReturnStockedIn;
      await requestContext.with({ causationId: consumed.id }, () =>
        parts.customers.execute(
          {
            type: 'RecordExchangedValue',
            customerId: p.customerId,
            rmaId: p.rmaId,
            amount: p.total,
            sourceEventId: consumed.id,
          },
          { eventIds: (i) => deriveEventId(consumed.id, `finance.customer#${i}`) },
        ),
      );
      return;
    }
    const command = commandOf(consumed);
    if (!command) return;
    await requestContext.with({ causationId: consumed.id }, () =>
      parts.ledgers.execute(command, { eventIds: (i) => deriveEventId(consumed.id, `finance#${i}`) }),
    );
  };
