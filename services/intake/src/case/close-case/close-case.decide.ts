import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent, CustomerConfirmation } from '../case.events';
import type { CaseState } from '../case.state';
import { existing, requireText, type DecideContext } from '../case.decide-context';

export interface CloseCase {
  readonly type: 'CloseCase';
  readonly caseId: string;
  readonly outcome: string;
  readonly confirmation?: CustomerConfirmation;
  /** Survey id assigned by the handler (deterministic from the case id). */
  readonly surveyId: string;
}

/** INT-8 closing needs an outcome and the customer's confirmation; every closed case gets a survey. */
export function closeCase(command: CloseCase, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.status === 'closed') throw new RuleViolation('INT-8', `case ${c.caseNumber} is already closed`);
  if (c.status === 'registered') {
    throw new RuleViolation('INT-6', `case ${c.caseNumber} has not been reviewed for validity`);
  }
  const outcome = requireText(command.outcome, 'INT-8', 'the outcome');
  const confirmation = command.confirmation;
  if (!confirmation?.signedBy?.trim() || !confirmation.signedAt) {
    throw new RuleViolation('INT-8', "closing requires the customer's confirmation or signature");
  }
  return [
    {
      type: 'CaseClosed',
      data: {
        caseId: c.caseId,
        outcome,
        confirmation,
        closedAt: ctx.now.toISOString(),
        surveyId: command.surveyId,
      },
    },
  ];
}
