import { RuleViolation } from '@aftersales/kernel';
import { PARTY_KINDS } from '../../finance.vocabulary';
import type { LedgerEvent, Share } from '../ledger.events';
import { emptyLedger, type LedgerState } from '../ledger.state';
import { requireOpenPeriod, type LedgerDecideContext } from '../ledger.decide-context';
import { isAllocated, JournalWriter } from '../journal';
import { refundOverRecovery } from '../refund-chargeback/refund-chargeback';
import { partyAccount } from '../../finance.vocabulary';

/** QC's attribution (QC-3) or the one superseding it (QC-4), as finance applies it. */
export interface ApplyAttribution {
  readonly type: 'ApplyAttribution';
  readonly caseId: string;
  /** The branch, when the attribution is the first thing finance hears of the case. */
  readonly branch: string;
  readonly attributionId: string;
  readonly shares: readonly Share[];
  readonly supersedes?: string;
  readonly reason?: string;
  readonly sourceEventId: string;
}

function checkShares(shares: readonly Share[]): void {
  const total = shares.reduce((s, x) => s + x.shareBp, 0);
  if (shares.length === 0 || total !== 10_000)
    throw new RuleViolation('FIN-3', `the shares must sum to 10000 basis points, got ${total}`);
  for (const s of shares) {
    if (!Number.isInteger(s.shareBp) || s.shareBp <= 0)
      throw new RuleViolation(
        'FIN-3',
        `a share must be a positive whole number of basis points: ${s.partyKey}`,
      );
    if (!PARTY_KINDS.includes(s.party)) throw new RuleViolation('FIN-3', `unknown party kind: ${s.party}`);
  }
}

/**
 * FIN-3: the attribution in force decides who bears the warranty costs. A new one reverses
 * each earlier allocation with a compensating entry and allocates again; nothing is edited.
 */
export function applyAttribution(
  command: ApplyAttribution,
  state: LedgerState,
  ctx: LedgerDecideContext,
): LedgerEvent[] {
  const ledger = state.exists ? state : emptyLedger(command.caseId, command.branch);
  // A repeated or late delivery (the superseded one arriving after its successor) changes nothing.
  if (ledger.seenAttributions.includes(command.attributionId)) return [];
  checkShares(command.shares);
  const at = ctx.now.toISOString();
  const applied: LedgerEvent = {
    type: 'AttributionApplied',
    data: {
      caseId: command.caseId,
      branch: ledger.branch,
      attributionId: command.attributionId,
      shares: command.shares.map((s) => ({ party: s.party, partyKey: s.partyKey, shareBp: s.shareBp })),
      ...(command.supersedes ? { supersedes: command.supersedes } : {}),
      ...(command.reason ? { reason: command.reason } : {}),
      sourceEventId: command.sourceEventId,
      appliedAt: at,
    },
  };
  // FIN-8: corrections land in the month they are made, which is open (only ended months close).
  requireOpenPeriod(ledger, ctx);
  const journal = new JournalWriter(ledger, at, ctx.period);
  for (const cost of Object.values(ledger.costs)) {
    if (cost.status !== 'approved' || !isAllocated(cost)) continue;
    if (cost.allocationEntryId) journal.reverse(cost, command.attributionId);
    journal.allocate(cost, command.attributionId, command.shares);
  }
  // FIN-6: a supplier cleared or given a smaller share gets back what was charged back beyond it.
  const before = ledger.attribution?.shares ?? [];
  const shareOf = (shares: readonly Share[], account: string) =>
    shares
      .filter((s) => s.party === 'supplier' && partyAccount(s.party, s.partyKey, ledger.caseId) === account)
      .reduce((sum, s) => sum + s.shareBp, 0);
  refundOverRecovery(
    ledger,
    journal,
    { attributionId: command.attributionId, shares: command.shares },
    ctx.currency,
    at,
    (account) => shareOf(command.shares, account) < shareOf(before, account),
  );
  return [applied, ...journal.events];
}
