import { Conflict } from '@aftersales/kernel';
import type { DecidedBy, LedgerEvent } from '../ledger.events';
import type { LedgerState } from '../ledger.state';
import {
  alreadyAudited,
  existingCost,
  existingLedger,
  requireOpenPeriod,
  requireText,
  type LedgerDecideContext,
} from '../ledger.decide-context';
import { isAllocated, JournalWriter } from '../journal';

export interface ApproveCost {
  readonly type: 'ApproveCost';
  readonly caseId: string;
  readonly costId: string;
  readonly by: DecidedBy;
  /** FIN-8: the month the cost belongs to (default: the month of the approval). */
  readonly period?: string;
}

export interface RejectCost {
  readonly type: 'RejectCost';
  readonly caseId: string;
  readonly costId: string;
  readonly reason: string;
  readonly by: DecidedBy;
}

/**
 * FIN-1 a finance officer's approval posts the cost to who bears it (FIN-2/4/5); FIN-3 a
 * warranty cost is allocated at once when an attribution is in force.
 */
export function approveCost(
  command: ApproveCost,
  state: LedgerState,
  ctx: LedgerDecideContext,
): LedgerEvent[] {
  const ledger = existingLedger(state, command.caseId);
  const cost = existingCost(ledger, command.costId);
  if (cost.status === 'approved') return [];
  if (cost.status !== 'pending') throw alreadyAudited(cost);
  requireOpenPeriod(ledger, ctx);
  const at = ctx.now.toISOString();
  const journal = new JournalWriter(ledger, at, ctx.period);
  journal.charge(cost);
  if (isAllocated(cost) && ledger.attribution)
    journal.allocate(cost, ledger.attribution.attributionId, ledger.attribution.shares);
  return [
    {
      type: 'CostApproved',
      data: {
        caseId: ledger.caseId,
        costId: cost.costId,
        amount: cost.amount,
        allocatedByAttribution: isAllocated(cost),
        approvedBy: command.by,
        approvedAt: at,
      },
    },
    ...journal.events,
  ];
}

export interface ReverseCost {
  readonly type: 'ReverseCost';
  readonly caseId: string;
  readonly costId: string;
  readonly reason: string;
  readonly by: DecidedBy;
}

/**
 * FIN-9 correction: an approved cost found wrong is taken back by compensating entries (its
 * allocation, then its charge), never edited; a corrected cost is recorded anew.
 */
export function reverseCost(
  command: ReverseCost,
  state: LedgerState,
  ctx: LedgerDecideContext,
): LedgerEvent[] {
  const ledger = existingLedger(state, command.caseId);
  const cost = existingCost(ledger, command.costId);
  if (cost.status === 'reversed') return [];
  if (cost.status !== 'approved') throw new Conflict(`cost ${cost.costId} is ${cost.status}, not approved`);
  const reason = requireText(command.reason, 'FIN-1', 'a reason');
  requireOpenPeriod(ledger, ctx);
  const at = ctx.now.toISOString();
  const journal = new JournalWriter(ledger, at, ctx.period);
  if (cost.allocationEntryId) journal.reverse(cost);
  journal.unCharge(cost);
  return [
    {
      type: 'CostReversed',
      data: { caseId: ledger.caseId, costId: cost.costId, reason, reversedBy: command.by, reversedAt: at },
    },
    ...journal.events,
  ];
}

/** FIN-1 a rejected cost is never posted; the reason is kept. */
export function rejectCost(command: RejectCost, state: LedgerState, ctx: LedgerDecideContext): LedgerEvent[] {
  const ledger = existingLedger(state, command.caseId);
  const cost = existingCost(ledger, command.costId);
  if (cost.status === 'rejected') return [];
  if (cost.status !== 'pending') throw alreadyAudited(cost);
  return [
    {
      type: 'CostRejected',
      data: {
        caseId: ledger.caseId,
        costId: cost.costId,
        reason: requireText(command.reason, 'FIN-1', 'a reason'),
        rejectedBy: command.by,
        rejectedAt: ctx.now.toISOString(),
      },
    },
  ];
}
