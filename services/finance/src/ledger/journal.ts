import { ACCOUNTS, partyAccount, STAFF_COST_KINDS } from '../finance.vocabulary';
import { allocateLargestRemainder } from './allocation';
import type { EntryCause, JournalLine, LedgerEvent, Share } from './ledger.events';
import type { CostState, ExistingLedger } from './ledger.state';

const debit = (account: string, amountMinor: number): JournalLine => ({
  account,
  debitMinor: amountMinor,
  creditMinor: 0,
});
const credit = (account: string, amountMinor: number): JournalLine => ({
  account,
  debitMinor: 0,
  creditMinor: amountMinor,
});

/** FIN-9: an entry balances to the minor unit, or it is never posted. */
export function assertBalanced(lines: readonly JournalLine[]): void {
  const debits = lines.reduce((s, l) => s + l.debitMinor, 0);
  const credits = lines.reduce((s, l) => s + l.creditMinor, 0);
  if (debits !== credits) throw new Error(`unbalanced entry: debits ${debits} ≠ credits ${credits}`);
}

/** FIN-3: free warranty work goes to manufacturing cost, then follows the attribution in force. */
export const isAllocated = (cost: CostState) =>
  cost.bearer === 'by-attribution' && !STAFF_COST_KINDS.includes(cost.kind);

/**
 * The account an approved cost is first charged to: the staff member's home for staff costs
 * (FIN-2), the customer for paid service (FIN-4/5), manufacturing cost for warranty work (FIN-3).
 */
export function bearerAccount(cost: CostState, ledger: ExistingLedger): string {
  if (cost.bearer === 'customer') return ACCOUNTS.customer(cost.customerId ?? ledger.caseId);
  if (cost.bearer === 'head-office') return ACCOUNTS.headOffice;
  if (cost.bearer === 'branch' || STAFF_COST_KINDS.includes(cost.kind)) return ACCOUNTS.branch(ledger.branch);
  return ACCOUNTS.manufacturing;
}

/** Posts entries one after another, numbering them within the case's ledger. */
export class JournalWriter {
  private count: number;
  readonly events: LedgerEvent[] = [];

  constructor(
    private readonly ledger: ExistingLedger,
    private readonly postedAt: string,
    private readonly period?: string,
  ) {
    this.count = ledger.entryCount;
  }

  post(cause: EntryCause, currency: string, lines: JournalLine[]): string {
    assertBalanced(lines);
    this.count += 1;
    const entryId = `${this.ledger.caseId}:${this.count}`;
    this.events.push({
      type: 'EntryPosted',
      data: {
        caseId: this.ledger.caseId,
        entryId,
        branch: this.ledger.branch,
        currency,
        cause,
        lines,
        ...(this.period ? { period: this.period } : {}),
        postedAt: this.postedAt,
      },
    });
    return entryId;
  }

  /** The approved cost charged to who bears it first, owed to whoever was paid for it. */
  charge(cost: CostState): void {
    const amount = cost.amount.amountMinor;
    this.post({ kind: 'cost-approved', costId: cost.costId }, cost.amount.currency, [
      debit(bearerAccount(cost, this.ledger), amount),
      credit(ACCOUNTS.costsPayable, amount),
    ]);
  }

  /** FIN-3: manufacturing cost moved to the responsible parties in the attribution's shares. */
  allocate(cost: CostState, attributionId: string, shares: readonly Share[]): void {
    const amount = cost.amount.amountMinor;
    const parts = allocateLargestRemainder(
      amount,
      shares.map((s) => s.shareBp),
    );
    this.post({ kind: 'allocation', costId: cost.costId, attributionId }, cost.amount.currency, [
      ...shares
        .map((s, i) => debit(partyAccount(s.party, s.partyKey, this.ledger.caseId), parts[i]))
        .filter((l) => l.debitMinor > 0),
      credit(ACCOUNTS.manufacturing, amount),
    ]);
  }

  /** FIN-6: the confirmed claim deducted from what the company owes the supplier. */
  chargeBack(claimId: string, supplierId: string, amountMinor: number, currency: string): void {
    this.post({ kind: 'chargeback', claimId }, currency, [
      debit(ACCOUNTS.supplierPayable(supplierId), amountMinor),
      credit(partyAccount('supplier', supplierId, this.ledger.caseId), amountMinor),
    ]);
  }

  /** FIN-6: a chargeback compensated: the supplier's payables restored by what it no longer bears. */
  refundChargeback(
    refund: { claimId: string; supplierId: string; attributionId: string; reverses?: string },
    amountMinor: number,
    currency: string,
  ): void {
    this.post(
      {
        kind: 'chargeback-refund',
        claimId: refund.claimId,
        attributionId: refund.attributionId,
        ...(refund.reverses ? { reverses: refund.reverses } : {}),
      },
      currency,
      [
        debit(partyAccount('supplier', refund.supplierId, this.ledger.caseId), amountMinor),
        credit(ACCOUNTS.supplierPayable(refund.supplierId), amountMinor),
      ],
    );
  }

  /** Records an event of the ledger among the entries, in the order decided. */
  record(event: LedgerEvent): void {
    this.events.push(event);
  }

  /** Debits posted so far by this writer to an account through entries of this kind. */
  posted(account: string, kind: EntryCause['kind']): number {
    let total = 0;
    for (const e of this.events)
      if (e.type === 'EntryPosted' && e.data.cause.kind === kind)
        for (const l of e.data.lines) if (l.account === account) total += l.debitMinor - l.creditMinor;
    return total;
  }

  /** FIN-9: an approved cost taken back: its charge mirrored, never edited. */
  unCharge(cost: CostState): void {
    const amount = cost.amount.amountMinor;
    this.post(
      { kind: 'reversal', costId: cost.costId, reverses: cost.chargeEntryId! },
      cost.amount.currency,
      [debit(ACCOUNTS.costsPayable, amount), credit(bearerAccount(cost, this.ledger), amount)],
    );
  }

  /** FIN-5: paid service billed to the customer on its invoice. */
  invoice(invoiceId: string, customerAccount: string, amountMinor: number, currency: string): void {
    this.post({ kind: 'invoice', invoiceId }, currency, [
      debit(customerAccount, amountMinor),
      credit(ACCOUNTS.serviceRevenue, amountMinor),
    ]);
  }

  /** FIN-3: the earlier allocation undone by its mirror image, never edited. */
  reverse(cost: CostState, attributionId?: string): void {
    const entryId = cost.allocationEntryId!;
    const lines = this.ledger.allocations[entryId];
    this.post(
      {
        kind: 'reversal',
        costId: cost.costId,
        ...(attributionId ? { attributionId } : {}),
        reverses: entryId,
      },
      cost.amount.currency,
      [...lines.map((l) => ({ account: l.account, debitMinor: l.creditMinor, creditMinor: l.debitMinor }))],
    );
  }
}
