import { partyAccount } from '../../finance.vocabulary';
import type { JournalWriter } from '../journal';
import type { Share } from '../ledger.events';
import type { ExistingLedger } from '../ledger.state';

export interface AttributionInForce {
  readonly attributionId: string;
  readonly shares: readonly Share[];
}

/**
 * FIN-6 with FIN-3: a supplier bears no more than its part under the attribution in force. What
 * its charged-back claims on the case still deduct from its payables beyond that part is credited
 * back to them by a compensating entry (Dr supplier-recoverable / Cr supplier-payable), with a
 * ChargebackRefunded for claims to act on. A supplier the attribution no longer names gets all of
 * it back; one whose share was lowered (`lowered`), what exceeds its new allocation. The
 * allocation is finance's (FIN-3 rounding), so the supplier ends up bearing exactly that.
 */
export function refundOverRecovery(
  ledger: ExistingLedger,
  journal: JournalWriter,
  inForce: AttributionInForce,
  currency: string,
  at: string,
  lowered: (supplierAccount: string) => boolean = () => false,
): void {
  const bySupplier = new Map<string, Array<[string, ExistingLedger['recoveries'][string]]>>();
  for (const [claimId, recovery] of Object.entries(ledger.recoveries)) {
    if (recovery.outstandingMinor <= 0) continue;
    const account = partyAccount('supplier', recovery.supplierId, ledger.caseId);
    bySupplier.set(account, [...(bySupplier.get(account) ?? []), [claimId, recovery]]);
  }
  for (const [account, claims] of bySupplier) {
    const share = inForce.shares.find(
      (s) => s.party === 'supplier' && partyAccount(s.party, s.partyKey, ledger.caseId) === account,
    );
    if (share && !lowered(account)) continue;
    const outstanding = claims.reduce((sum, [, r]) => sum + r.outstandingMinor, 0);
    const bears = share ? Math.max(0, journal.posted(account, 'allocation')) : 0;
    let excess = outstanding - bears;
    for (const [claimId, recovery] of claims) {
      if (excess <= 0) break;
      const amountMinor = Math.min(excess, recovery.outstandingMinor);
      excess -= amountMinor;
      journal.record({
        type: 'ChargebackRefunded',
        data: {
          caseId: ledger.caseId,
          branch: ledger.branch,
          claimId,
          supplierId: recovery.supplierId,
          amount: { amountMinor, currency },
          attributionId: inForce.attributionId,
          reason: share
            ? `attribution ${inForce.attributionId} lowers the supplier's share to ${share.shareBp} bp`
            : `attribution ${inForce.attributionId} no longer names the supplier`,
          refundedAt: at,
        },
      });
      journal.refundChargeback(
        {
          claimId,
          supplierId: recovery.supplierId,
          attributionId: inForce.attributionId,
          ...(recovery.entryId ? { reverses: recovery.entryId } : {}),
        },
        amountMinor,
        currency,
      );
    }
  }
}
