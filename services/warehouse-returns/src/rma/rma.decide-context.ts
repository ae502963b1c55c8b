import { Conflict, NotFound, RuleViolation, type Money } from '@aftersales/kernel';
import type { ReturnsPolicy } from './rma.policy';
import type { RmaStatus, RmaState, ExistingRma } from './rma.state';

/** FIN-7 as kept locally: the customer's purchases and returned/exchanged value (finance's figures). */
export interface CustomerTotals {
  readonly customerId: string;
  readonly purchased: Money;
  readonly exchanged: Money;
}

/** What a decision gets besides the state: the time, the policy, the customer's totals (RET-2). */
export interface RmaContext {
  readonly now: Date;
  readonly policy: ReturnsPolicy;
  /** Looked up only for a new unsalable request. */
  readonly totals?: CustomerTotals;
}

export function existing(state: RmaState, rmaId: string): ExistingRma {
  if (!state.exists) throw new NotFound('return request', rmaId);
  return state;
}

/** The request must be in one of `statuses` for the step; otherwise 422 naming the rule. */
export function inStatus(state: ExistingRma, rule: string, step: string, ...statuses: RmaStatus[]): void {
  if (!statuses.includes(state.status))
    throw new RuleViolation(
      rule,
      `${step} needs the request ${statuses.join(' or ')}, it is ${state.status}`,
    );
}

/** A step done already (a second stock-in, a second signature of a role): 409. */
export function doneAlready(rule: string, what: string): never {
  throw new Conflict(what, rule);
}
