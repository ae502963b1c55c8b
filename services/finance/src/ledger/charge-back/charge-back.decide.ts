import { RuleViolation, type Money } from '@aftersales/kernel';
import type { LedgerEvent } from '../ledger.events';
import { emptyLedger, evolveLedger, type LedgerState } from '../ledger.state';
import { requireOpenPeriod, type LedgerDecideContext } from '../ledger.decide-context';
import { JournalWriter } from '../journal';
import { refundOverRecovery } from '../refund-chargeback/refund-chargeback';

/** A supplier claim the supplier confirmed (or let lapse), as claims reports it (CLM-4). */
export interface ChargeBack {
  readonly type: 'ChargeBack';
  readonly caseId: string;
  readonly branch: string;
  readonly claimId: string;
  readonly supplierId: string;
  readonly amount: Money;
  readonly sourceEventId: string;
}

/**
 * FIN-6: the confirmed claim amount is deducted from the supplier's payables, once per claim while
 * that chargeback stands. A chargeback refunded in full (the attribution moved away, the claim was
 * withdrawn) no longer stands: the claim issued anew and confirmed again is charged again.
 */
export function chargeBack(command: ChargeBack, state: LedgerState, ctx: LedgerDecideContext): LedgerEvent[] {
  const ledger = state.exists ? state : emptyLedger(command.caseId, command.branch);
  const earlier = ledger.recoveries[command.claimId];
  const refundedInFull = earlier?.refunded === true && earlier.outstandingMinor <= 0;
  if (ledger.chargebacks.includes(command.claimId) && !refundedInFull) return [];
  const { amountMinor, currency } = command.amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new RuleViolation('FIN-9', 'the claim amount must be a non-negative integer of minor units');
  if (currency !== ctx.currency)
    throw new RuleViolation('FIN-9', `the ledger is kept in ${ctx.currency}, not ${currency}`);
  requireOpenPeriod(ledger, ctx);
  const at = ctx.now.toISOString();
  const journal = new JournalWriter(ledger, at, ctx.period);
  const confirmed: LedgerEvent = {
    type: 'ChargebackConfirmed',
    data: {
      caseId: command.caseId,
      branch: ledger.branch,
      claimId: command.claimId,
      supplierId: command.supplierId,
      amount: { amountMinor, currency },
      sourceEventId: command.sourceEventId,
      confirmedAt: at,
    },
  };
  if (amountMinor > 0) journal.chargeBack(command.claimId, command.supplierId, amountMinor, currency);
  // A confirmation that arrives after the attribution cleared the supplier is refunded at once.
  if (ledger.attribution && amountMinor > 0) {
    const charged = [confirmed, ...journal.events].reduce(evolveLedger, ledger as LedgerState);
    if (charged.exists) refundOverRecovery(charged, journal, ledger.attribution, currency, at);
  }
  return [confirmed, ...journal.events];
}
