import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { existing, requireNotClosed, requireText, type DecideContext } from '../case.decide-context';

export interface AssignFollowUpOwner {
  readonly type: 'AssignFollowUpOwner';
  readonly caseId: string;
  readonly ownerId: string;
}

/** INT-10 a VIP customer's case gets a dedicated follow-up owner. */
export function assignFollowUpOwner(
  command: AssignFollowUpOwner,
  state: CaseState,
  _ctx: DecideContext,
): CaseEvent[] {
  const c = existing(state, command.caseId);
  requireNotClosed(c, 'INT-10');
  if (!c.vip) throw new RuleViolation('INT-10', `case ${c.caseNumber} is not a VIP customer's case`);
  const ownerId = requireText(command.ownerId, 'INT-10', 'the follow-up owner');
  if (c.followUpOwnerId === ownerId) return [];
  return [{ type: 'FollowUpOwnerAssigned', data: { caseId: c.caseId, ownerId } }];
}
