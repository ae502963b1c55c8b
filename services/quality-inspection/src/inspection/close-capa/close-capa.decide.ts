import { NotFound, RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { existingInspection, type InspectionDecideContext } from '../inspection.decide-context';
import type { DecidedBy, EvidenceRef } from '../inspection.vocabulary';

export interface CloseCapa {
  readonly type: 'CloseCapa';
  readonly inspectionId: string;
  readonly capaId: string;
  /** QC-5: was the action verified to be effective? */
  readonly effective: boolean;
  readonly verification: { readonly note: string; readonly evidence: readonly EvidenceRef[] };
  readonly by: DecidedBy;
}

/** QC-5 a CAPA closes only on a verification that its action was effective (also when overdue). */
export function closeCapa(
  command: CloseCapa,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  const capa = inspection.capa;
  if (!capa || capa.capaId !== command.capaId) throw new NotFound('capa', command.capaId);
  if (capa.status === 'closed') return [];
  if (!command.effective)
    throw new RuleViolation('QC-5', 'the action was not verified effective: the CAPA stays open');
  return [
    {
      type: 'CapaClosed',
      data: {
        inspectionId: inspection.inspectionId,
        ...(inspection.caseId ? { caseId: inspection.caseId } : {}),
        capaId: capa.capaId,
        ownerDepartment: capa.ownerDepartment,
        verification: command.verification,
        closedBy: command.by,
        closedAt: ctx.now.toISOString(),
      },
    },
  ];
}
