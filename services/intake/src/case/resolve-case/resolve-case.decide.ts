import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { existing, requireText, type DecideContext } from '../case.decide-context';
import { clockNow } from '../pause-clock/pause-clock.decide';

export interface ResolveCase {
  readonly type: 'ResolveCase';
  readonly caseId: string;
  readonly outcome: string;
}

/** INT-5 resolution is measured against the severity's deadline. */
export function resolveCase(command: ResolveCase, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.status !== 'accepted') {
    throw new RuleViolation(
      'INT-5',
      `case ${c.caseNumber} is ${c.status}; only an accepted case is resolved`,
    );
  }
  const outcome = requireText(command.outcome, 'INT-5', 'the outcome');
  return [
    {
      type: 'CaseResolved',
      data: {
        caseId: c.caseId,
        outcome,
        resolvedAt: ctx.now.toISOString(),
        withinDeadline: clockNow(c, ctx.now) <= new Date(c.resolutionDueAt).getTime(), // INT-11
      },
    },
  ];
}
