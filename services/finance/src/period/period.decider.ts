import type { Aggregate, Decider } from '@aftersales/cqrs';
import { RuleViolation } from '@aftersales/kernel';
import type { DecidedBy } from '../ledger/ledger.events';
import { periodOf } from './accounting-period';

export type PeriodEvent = {
  type: 'PeriodClosed';
  data: { branch: string; period: string; closedBy: DecidedBy; closedAt: string };
};

export type PeriodState =
  | { readonly exists: false }
  | { readonly exists: true; readonly branch: string; readonly period: string; readonly closedAt: string };

export interface ClosePeriod {
  readonly type: 'ClosePeriod';
  readonly branch: string;
  /** YYYY-MM. */
  readonly period: string;
  readonly by: DecidedBy;
}

export interface PeriodDecideContext {
  readonly now: Date;
  readonly timeZone: string;
}

/**
 * FIN-8: a branch's month is settled once it has ended; closed, it is immutable (postings into
 * it are refused, corrections go into the next open period). Closing twice changes nothing.
 */
export const periodDecider: Decider<ClosePeriod, PeriodEvent, PeriodState, PeriodDecideContext> = {
  initialState: { exists: false },
  evolve: (_state, { data }) => ({
    exists: true,
    branch: data.branch,
    period: data.period,
    closedAt: data.closedAt,
  }),
  decide(command, state, { now, timeZone }) {
    if (state.exists) return [];
    if (command.period >= periodOf(now.toISOString(), timeZone))
      throw new RuleViolation(
        'FIN-8',
        `${command.period} has not ended yet in ${command.branch}; it cannot be closed`,
      );
    return [
      {
        type: 'PeriodClosed',
        data: {
          branch: command.branch,
          period: command.period,
          closedBy: command.by,
          closedAt: now.toISOString(),
        },
      },
    ];
  },
};

export const PERIOD = 'period';
export const periodId = (branch: string, period: string) => `${branch}_${period}`;

export const periodAggregate = (
  timeZone: string,
): Aggregate<ClosePeriod, PeriodEvent, PeriodState, PeriodDecideContext> => ({
  category: PERIOD,
  idOf: (command) => periodId(command.branch, command.period),
  decider: periodDecider,
  context: (now) => ({ now, timeZone }),
});
