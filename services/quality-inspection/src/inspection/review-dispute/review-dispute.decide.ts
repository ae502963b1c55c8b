import { Conflict, NotFound, RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import { existingInspection, type InspectionDecideContext } from '../inspection.decide-context';
import type { DecidedBy } from '../inspection.vocabulary';
import {
  attributionEvents,
  requireInForce,
  type NewAttribution,
} from '../attribute-responsibility/attribute-responsibility.decide';
import { checkShareTable } from '../attribute-responsibility/share-table';

export type ReviewDispute =
  | {
      readonly type: 'ReviewDispute';
      readonly decision: 'confirm';
      readonly inspectionId: string;
      readonly disputeId: string;
      readonly reason: string;
      readonly by: DecidedBy;
    }
  | {
      readonly type: 'ReviewDispute';
      readonly decision: 'supersede';
      readonly inspectionId: string;
      readonly disputeId: string;
      readonly reason: string;
      readonly attribution: NewAttribution;
      readonly by: DecidedBy;
    };

/**
 * QC-4 the reviewer settles a dispute: the attribution stands (confirmed), or a new one
 * supersedes it. The earlier attribution and the reason stay in the record.
 */
export function reviewDispute(
  command: ReviewDispute,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  const dispute = inspection.disputes.find((d) => d.disputeId === command.disputeId);
  if (!dispute) throw new NotFound('dispute', command.disputeId);
  if (!dispute.open) throw new Conflict(`dispute ${command.disputeId} is settled already`, 'QC-4');
  requireInForce(inspection, dispute.attributionId);
  const disputed = inspection.attributions.find((a) => a.attributionId === dispute.attributionId)!;
  if (command.decision === 'confirm')
    return [
      {
        type: 'AttributionConfirmed',
        data: {
          inspectionId: inspection.inspectionId,
          ...(inspection.caseId ? { caseId: inspection.caseId } : {}),
          disputeId: dispute.disputeId,
          attributionId: disputed.attributionId,
          shares: disputed.shares,
          reason: command.reason,
          reviewedBy: command.by,
          confirmedAt: ctx.now.toISOString(),
        },
      },
    ];
  if (inspection.attributions.some((a) => a.attributionId === command.attribution.attributionId))
    throw new Conflict(`attribution ${command.attribution.attributionId} exists already`);
  if (inspection.origin.kind === 'unsalable-return')
    throw new RuleViolation('QC-6', 'an unsalable return is no quality problem');
  checkShareTable(inspection, command.attribution.shares, command.attribution.basis, ctx.policy);
  return attributionEvents(inspection, command.attribution, command.by, ctx.now, {
    attributionId: disputed.attributionId,
    reason: command.reason,
    disputeId: dispute.disputeId,
  });
}
