import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import { existingVisit, type VisitDecideContext } from '../visit.decide-context';

/** Issued by the end-of-day check (end-of-day-check.ts) for each request still undispatched. */
export interface FlagForMorningDispatch {
  readonly type: 'FlagForMorningDispatch';
  readonly visitId: string;
  readonly dispatchFirstAt: string;
}

/** DSP-5 an undispatched request left at the end of the day is dispatched first next morning; flagged once per day. */
export function flagForMorningDispatch(
  command: FlagForMorningDispatch,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status !== 'unassigned') return [];
  const dispatchFirstAt = new Date(command.dispatchFirstAt).toISOString();
  // Already flagged for that morning (the end-of-day timer refired): nothing new.
  if (v.flaggedForMorningOf === dispatchFirstAt) return [];
  return [
    {
      type: 'RequestFlaggedForMorningDispatch',
      data: { visitId: v.visitId, branch: v.branch, flaggedAt: ctx.now.toISOString(), dispatchFirstAt },
    },
  ];
}
