import { RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import {
  existingInspection,
  requireUndecided,
  type InspectionDecideContext,
} from '../inspection.decide-context';
import type { DecidedBy, EvidenceRef } from '../inspection.vocabulary';

export interface CheckUnsalableReturn {
  readonly type: 'CheckUnsalableReturn';
  readonly inspectionId: string;
  readonly intact: boolean;
  readonly note: string;
  readonly evidence: readonly EvidenceRef[];
  readonly by: DecidedBy;
}

/** QC-6 an unsalable return: QC checks that its original quality is intact before re-stocking, and signs. */
export function checkUnsalableReturn(
  command: CheckUnsalableReturn,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.origin.kind !== 'unsalable-return')
    throw new RuleViolation('QC-6', 'only an unsalable return is checked for its original quality');
  requireUndecided(inspection, 'QC-6', 'check it again');
  return [
    {
      type: 'UnsalableReturnChecked',
      data: {
        inspectionId: inspection.inspectionId,
        ...(inspection.caseId ? { caseId: inspection.caseId } : {}),
        branch: inspection.branch,
        intact: command.intact,
        note: command.note,
        evidence: command.evidence,
        signedBy: command.by,
        checkedAt: ctx.now.toISOString(),
      },
    },
  ];
}
