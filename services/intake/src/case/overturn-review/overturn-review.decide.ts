import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { Remedy } from '../case.vocabulary';
import { existing, requireText, type DecideContext } from '../case.decide-context';
import { acceptanceEvent } from '../review-validity/review-validity.decide';

export interface OverturnReview {
  readonly type: 'OverturnReview';
  readonly caseId: string;
  readonly founded: boolean;
  readonly reason: string;
  readonly explanation?: string;
  readonly remedy?: Remedy;
}

/** ORG-2 the branch manager has the final say on acceptance and may overturn the clerk's review. */
export function overturnReview(command: OverturnReview, state: CaseState, _ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.status !== 'accepted' && c.status !== 'rejected') {
    throw new RuleViolation('ORG-2', `case ${c.caseNumber} has no review to overturn (${c.status})`);
  }
  const previous = c.status;
  if ((previous === 'accepted') === command.founded && !(command.founded && command.remedy !== c.remedy)) {
    throw new RuleViolation('ORG-2', `case ${c.caseNumber} is already ${previous}`);
  }
  const reason = requireText(command.reason, 'ORG-2', 'a reason for overturning');
  return [
    acceptanceEvent(
      c,
      command.founded,
      command.explanation ?? (command.founded ? undefined : reason),
      command.remedy,
      {
        previous,
        reason,
      },
    ),
  ];
}
