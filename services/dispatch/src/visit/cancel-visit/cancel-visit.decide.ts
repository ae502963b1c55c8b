import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import { existingVisit, requireStatus, requireText, type VisitDecideContext } from '../visit.decide-context';

export interface CancelVisit {
  readonly type: 'CancelVisit';
  readonly visitId: string;
  readonly reason: string;
}

/** The case no longer needs on-site work (e.g. resolved by phone) before anyone arrived. */
export function cancelVisit(command: CancelVisit, state: VisitState, ctx: VisitDecideContext): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status === 'cancelled') return [];
  requireStatus(v, ['unassigned', 'assigned', 'en-route'], 'DSP-1', 'cancel');
  return [
    {
      type: 'VisitCancelled',
      data: {
        visitId: v.visitId,
        reason: requireText(command.reason, 'DSP-1', 'a reason'),
        cancelledAt: ctx.now.toISOString(),
      },
    },
  ];
}
