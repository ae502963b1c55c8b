import { RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { existingInspection, type InspectionDecideContext } from '../inspection.decide-context';
import type { DecidedBy } from '../inspection.vocabulary';
import { customerDamage, settledAttribution } from '../sign-off/sign-off.decide';

export interface RefuseReturn {
  readonly type: 'RefuseReturn';
  readonly inspectionId: string;
  readonly explanation: string;
  readonly by: DecidedBy;
}

/**
 * QC-5 the customer caused the damage: QC refuses to sign and writes a detailed explanation,
 * the basis on which warehouse-returns rejects the return (RET-6) and intake answers the customer.
 */
export function refuseReturn(
  command: RefuseReturn,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.status === 'refused') return [];
  if (inspection.status === 'signed-off') throw new RuleViolation('QC-5', 'the inspection is signed off');
  const inForce = settledAttribution(inspection, 'refuse');
  if (!customerDamage(inForce))
    throw new RuleViolation('QC-5', 'only damage the customer alone caused is refused; sign off instead');
  const min = ctx.policy.refusalExplanationMinChars;
  if (command.explanation.trim().length < min)
    throw new RuleViolation('QC-5', `the explanation must be detailed: at least ${min} characters`);
  return [
    {
      type: 'ReturnRefused',
      data: {
        inspectionId: inspection.inspectionId,
        ...(inspection.caseId ? { caseId: inspection.caseId } : {}),
        branch: inspection.branch,
        attributionId: inForce.attributionId,
        explanation: command.explanation,
        refusedBy: command.by,
        refusedAt: ctx.now.toISOString(),
      },
    },
  ];
}
