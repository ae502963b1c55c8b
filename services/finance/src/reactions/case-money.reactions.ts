import { asContractEvent } from '@aftersales/contracts';
import { requestContext } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { FinanceRuntime } from '../finance.runtime';
import type { LedgerCommand } from '../ledger/ledger.decider';
import type { CustomerCommand } from '../customer/customer.decider';

/**
 * The fields finance reads of claims' CLM-4 confirmation (FIN-6), until claims' contracts are
 * published here (then read through asContractEvent like the others).
 */
interface SupplierClaimConfirmed {
  readonly claimId: string;
  readonly caseId: string;
  readonly branch: string;
  readonly supplierId: string;
  readonly amount: { readonly amountMinor: number; readonly currency: string };
}

const shares = (table: ReadonlyArray<{ party: { kind: string }; partyKey: string; shareBp: number }>) =>
  table.map((s) => ({
    party: s.party.kind as 'department' | 'supplier' | 'customer' | 'carrier',
    partyKey: s.partyKey,
    shareBp: s.shareBp,
  }));

/** The command another service's event asks of a case ledger or a customer, if any. */
export function commandOf(
  consumed: ConsumedEvent,
): { ledger: LedgerCommand } | { customer: CustomerCommand } | undefined {
  // Read through the contract types: a field another service renames fails to compile here.
  const event = asContractEvent(consumed);
  switch (event.type) {
    case 'dispatch.cost-incurred.v1': {
      const p = event.payload;
      // FIN-1: one cost per dispatch cost, its id derived so a redelivery records nothing twice.
      return {
        ledger: {
          type: 'RecordCost',
          caseId: p.caseId,
          costId: deriveEventId(p.visitId, `cost:${p.costId}`),
          branch: p.branch,
          kind: p.category,
          amount: p.amount,
          bearer: p.bearer,
          description: `${p.description} (visit ${p.visitId}, cost ${p.costId})`,
          source: { kind: 'event', eventId: consumed.id, eventType: consumed.type },
        },
      };
    }
    case 'dispatch.invoice-requested.v1': {
      const p = event.payload;
      // FIN-5: one invoice per visit's request, its id derived from the request.
      return {
        ledger: {
          type: 'IssueInvoice',
          caseId: p.caseId,
          branch: p.branch,
          invoiceId: deriveEventId(consumed.id, 'finance.invoice'),
          amount: p.amount,
          description: `${p.description} (visit ${p.visitId})`,
          invoiceDate: p.invoiceDate,
          sourceEventId: consumed.id,
        },
      };
    }
    case 'quality-inspection.responsibility-attributed.v1': {
      const p = event.payload;
      if (!p.caseId) return undefined; // an inspection of stock, not of a case: no case money moves
      return {
        ledger: {
          type: 'ApplyAttribution',
          caseId: p.caseId,
          branch: p.branch,
          attributionId: p.attributionId,
          shares: shares(p.shares),
          ...(p.supersedes ? { supersedes: p.supersedes } : {}),
          sourceEventId: consumed.id,
        },
      };
    }
    case 'quality-inspection.attribution-superseded.v1': {
      const p = event.payload;
      if (!p.caseId) return undefined;
      return {
        ledger: {
          type: 'ApplyAttribution',
          caseId: p.caseId,
          branch: '',
          attributionId: p.supersededBy,
          shares: shares(p.shares),
          supersedes: p.attributionId,
          reason: p.reason,
          sourceEventId: consumed.id,
        },
      };
    }
    case 'warehouse-returns.return-stocked-in.v1': {
      const p = event.payload;
      // FIN-7: the receipt's total is what the customer returned or exchanged.
      return {
        customer: {
          type: 'RecordExchangedValue',
          customerId: p.customerId,
          rmaId: p.rmaId,
          amount: p.total,
          sourceEventId: consumed.id,
        },
      };
    }
  }
  if (consumed.type === 'claims.supplier-claim-confirmed.v1') {
    const p = consumed.payload as SupplierClaimConfirmed;
    return {
      ledger: {
        type: 'ChargeBack',
        caseId: p.caseId,
        branch: p.branch,
        claimId: p.claimId,
        supplierId: p.supplierId,
        amount: p.amount,
        sourceEventId: consumed.id,
      },
    };
  }
  return undefined;
}

/**
 * FIN-1/FIN-5 from dispatch, FIN-3 attributions from quality inspection, FIN-6 claims, FIN-7
 * returns, applied through the inbox; the new events' ids derive from the consumed event's.
 */
export const caseMoneyReactions =
  (parts: Pick<FinanceRuntime['parts'], 'ledgers' | 'customers'>) =>
  async (consumed: ConsumedEvent): Promise<void> => {
    const command = commandOf(consumed);
    if (!command) return;
    await requestContext.with({ causationId: consumed.id }, () =>
      'ledger' in command
        ? parts.ledgers.execute(command.ledger, {
            eventIds: (i) => deriveEventId(consumed.id, `finance#${i}`),
          })
        : parts.customers.execute(command.customer, {
            eventIds: (i) => deriveEventId(consumed.id, `finance.customer#${i}`),
          }),
    );
  };
