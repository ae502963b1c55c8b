import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import type { InspectionDecideContext } from '../inspection.decide-context';

export interface CheckCapaDue {
  readonly type: 'CheckCapaDue';
  readonly inspectionId: string;
  readonly capaId: string;
}

/** QC-5 the CAPA's durable timer: still open at its due date → overdue, once. */
export function checkCapaDue(
  command: CheckCapaDue,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  if (!state.exists || !state.capa || state.capa.capaId !== command.capaId) return [];
  const { capa } = state;
  if (capa.status !== 'open' || Date.parse(capa.dueAt) > ctx.now.getTime()) return [];
  return [
    {
      type: 'CapaOverdue',
      data: {
        inspectionId: state.inspectionId,
        ...(state.caseId ? { caseId: state.caseId } : {}),
        capaId: capa.capaId,
        ownerDepartment: capa.ownerDepartment,
        dueAt: capa.dueAt,
        detectedAt: ctx.now.toISOString(),
      },
    },
  ];
}
