import { RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import {
  attributionInForce,
  openDispute,
  type AttributionState,
  type ExistingInspection,
  type InspectionState,
} from '../inspection.state';
import { existingInspection, type InspectionDecideContext } from '../inspection.decide-context';
import { FULL_SHARE_BP, type DecidedBy } from '../inspection.vocabulary';

export interface SignOff {
  readonly type: 'SignOff';
  readonly inspectionId: string;
  readonly note?: string;
  /** QC-5: required when the company's own department is at fault. */
  readonly capa?: {
    readonly capaId: string;
    readonly ownerDepartment: string;
    readonly owner?: string;
    readonly action: string;
    /** Default: sign-off + the configured CAPA period. */
    readonly dueAt?: string;
  };
  readonly by: DecidedBy;
}

const DAY_MS = 86_400_000;

/** QC-5: the responsibility decision is settled: an attribution in force and no dispute open. */
export function settledAttribution(inspection: ExistingInspection, what: string): AttributionState {
  const inForce = attributionInForce(inspection);
  if (!inForce) throw new RuleViolation('QC-5', `responsibility is not attributed yet: cannot ${what}`);
  const dispute = openDispute(inspection);
  if (dispute) throw new RuleViolation('QC-5', `dispute ${dispute.disputeId} is open: cannot ${what}`);
  return inForce;
}

/** The customer alone caused the damage (QC-5: refused, not signed). */
export const customerDamage = (attribution: AttributionState): boolean =>
  attribution.shares.some((s) => s.party.kind === 'customer' && s.shareBp === FULL_SHARE_BP);

/**
 * QC-5 QC confirms and signs; when a department of the company is at fault, a CAPA is raised for
 * one of the blamed departments with an owner, an action and a due date.
 */
export function signOff(
  command: SignOff,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.status === 'signed-off') return [];
  if (inspection.status === 'refused') throw new RuleViolation('QC-5', 'the inspection was refused');
  const inForce = settledAttribution(inspection, 'sign off');
  if (customerDamage(inForce))
    throw new RuleViolation('QC-5', 'the customer caused the damage: refuse with a written explanation');
  const departments = inForce.shares.flatMap((s) =>
    s.party.kind === 'department' ? [s.party.department] : [],
  );
  const companyFault = departments.length > 0;
  const { capa } = command;
  if (companyFault && !capa)
    throw new RuleViolation('QC-5', `the company is at fault (${departments.join(', ')}): raise a CAPA`);
  if (!companyFault && capa)
    throw new RuleViolation('QC-5', 'a CAPA is raised only for a fault of the company’s own departments');
  if (capa && !departments.includes(capa.ownerDepartment))
    throw new RuleViolation(
      'QC-5',
      `the CAPA's owner department ${capa.ownerDepartment} is not blamed (blamed: ${departments.join(', ')})`,
    );
  const at = ctx.now.toISOString();
  const dueAt = capa?.dueAt ?? new Date(ctx.now.getTime() + ctx.policy.capaDueDays * DAY_MS).toISOString();
  if (capa && Date.parse(dueAt) <= ctx.now.getTime())
    throw new RuleViolation('QC-5', 'the CAPA is due in the future');
  const caseId = inspection.caseId ? { caseId: inspection.caseId } : {};
  const events: InspectionEvent[] = [
    {
      type: 'InspectionSignedOff',
      data: {
        inspectionId: inspection.inspectionId,
        ...caseId,
        branch: inspection.branch,
        attributionId: inForce.attributionId,
        shares: inForce.shares,
        companyFault,
        ...(command.note ? { note: command.note } : {}),
        signedBy: command.by,
        signedAt: at,
      },
    },
  ];
  if (capa)
    events.push({
      type: 'CapaRaised',
      data: {
        inspectionId: inspection.inspectionId,
        ...caseId,
        branch: inspection.branch,
        capaId: capa.capaId,
        ownerDepartment: capa.ownerDepartment,
        ...(capa.owner ? { owner: capa.owner } : {}),
        action: capa.action,
        dueAt: new Date(dueAt).toISOString(),
        raisedBy: command.by,
        raisedAt: at,
      },
    });
  return events;
}
