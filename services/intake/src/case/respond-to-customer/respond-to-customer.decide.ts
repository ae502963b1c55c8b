import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { existing, requireNotClosed, requireText, type DecideContext } from '../case.decide-context';
import { clockNow } from '../pause-clock/pause-clock.decide';

export interface RespondToCustomer {
  readonly type: 'RespondToCustomer';
  readonly caseId: string;
  /** The handling opinion given to the customer: a substantive answer, not an acknowledgement (INT-4). */
  readonly response: string;
}

/** INT-4 the first substantive answer stops the response clock; later answers are kept on the record. */
export function respondToCustomer(
  command: RespondToCustomer,
  state: CaseState,
  ctx: DecideContext,
): CaseEvent[] {
  const c = existing(state, command.caseId);
  requireNotClosed(c, 'INT-4');
  const response = requireText(command.response, 'INT-4', 'the response given to the customer');
  if (c.status === 'rejected') throw new RuleViolation('INT-6', `case ${c.caseNumber} was rejected`);
  const first = c.respondedAt === undefined;
  return [
    {
      type: 'CaseResponded',
      data: {
        caseId: c.caseId,
        response,
        respondedAt: ctx.now.toISOString(),
        first,
        // INT-11: time spent waiting on the customer does not count.
        withinDeadline: clockNow(c, ctx.now) <= new Date(c.responseDueAt).getTime(),
      },
    },
  ];
}
