import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import { existingVisit, type VisitDecideContext } from '../visit.decide-context';

/** Fired by the durable timer at the arrival due time. */
export interface CheckArrivalDeadline {
  readonly type: 'CheckArrivalDeadline';
  readonly visitId: string;
}

/**
 * DSP-2: the timer finds the engineer arrived, the deadline moved (not yet due), or missed.
 * Firing twice changes nothing: the miss is recorded once.
 */
export function checkArrivalDeadline(
  command: CheckArrivalDeadline,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.arrivedAt || v.arrivalMissed || v.status === 'cancelled' || v.arrival.status !== 'due') return [];
  if (ctx.now.getTime() < Date.parse(v.arrival.dueAt)) return [];
  return [
    {
      type: 'ArrivalDeadlineMissed',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        dueAt: v.arrival.dueAt,
        detectedAt: ctx.now.toISOString(),
        ...(v.engineerId ? { engineerId: v.engineerId } : {}),
      },
    },
  ];
}
