import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import {
  existingVisit,
  requireEngineer,
  requireStatus,
  type VisitDecideContext,
} from '../visit.decide-context';

export interface RecordDeparture {
  readonly type: 'RecordDeparture';
  readonly visitId: string;
}

/** DSP-3 the visit records the engineer's departure. */
export function recordDeparture(
  command: RecordDeparture,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status === 'en-route') return [];
  requireStatus(v, ['assigned'], 'DSP-3', 'record the departure');
  return [
    {
      type: 'VisitStarted',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        engineerId: requireEngineer(v, 'DSP-3'),
        departedAt: ctx.now.toISOString(),
      },
    },
  ];
}
