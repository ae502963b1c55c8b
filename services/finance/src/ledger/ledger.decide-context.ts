import { Conflict, NotFound, RuleViolation } from '@aftersales/kernel';
import type { LedgerState, ExistingLedger, CostState } from './ledger.state';

export interface LedgerDecideContext {
  readonly now: Date;
  /** FIN-9: the ledger's currency; a cost in another is refused. */
  readonly currency: string;
  /** FIN-8: the accounting month the command posts into, and whether it is closed. */
  readonly period?: string;
  readonly periodClosed?: boolean;
  /** The period's stream as read for this decision (the append checks it has not moved). */
  readonly periodRead?: { readonly streamId: string; readonly version: number };
}

/** FIN-8: nothing is posted into a closed month. */
export function requireOpenPeriod(ledger: ExistingLedger, ctx: LedgerDecideContext): void {
  if (ctx.periodClosed)
    throw new RuleViolation(
      'FIN-8',
      `${ctx.period} is closed for ${ledger.branch}; post into the next open period`,
    );
}

export function existingLedger(state: LedgerState, caseId: string): ExistingLedger {
  if (!state.exists) throw new NotFound('case ledger', caseId);
  return state;
}

export function existingCost(ledger: ExistingLedger, costId: string): CostState {
  const cost = ledger.costs[costId];
  if (!cost) throw new NotFound('cost', costId);
  return cost;
}

export function requireText(value: string | undefined, rule: string, what: string): string {
  const text = value?.trim();
  if (!text) throw new RuleViolation(rule, `${what} is required`);
  return text;
}

export const alreadyAudited = (cost: CostState) =>
  new Conflict(`cost ${cost.costId} is already ${cost.status}`);
