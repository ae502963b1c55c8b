import type { VisitEvent } from '../visit.events';
import { arrivalDueAt, type VisitState } from '../visit.state';
import {
  existingVisit,
  requireEngineer,
  requireStatus,
  type VisitDecideContext,
} from '../visit.decide-context';

export interface RecordArrival {
  readonly type: 'RecordArrival';
  readonly visitId: string;
}

/** DSP-3 arrival after a recorded departure; DSP-2 whether it was within the arrival deadline (KPI-1). */
export function recordArrival(
  command: RecordArrival,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.arrivedAt) return [];
  requireStatus(v, ['en-route'], 'DSP-3', 'record the arrival before the departure');
  const dueAt = arrivalDueAt(v.arrival);
  return [
    {
      type: 'EngineerArrived',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        engineerId: requireEngineer(v, 'DSP-3'),
        arrivedAt: ctx.now.toISOString(),
        ...(dueAt ? { dueAt, withinDeadline: ctx.now.getTime() <= Date.parse(dueAt) } : {}),
        travelMinutes: Math.max(0, Math.round((ctx.now.getTime() - Date.parse(v.departedAt!)) / 60_000)),
      },
    },
  ];
}
