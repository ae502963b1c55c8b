import { Conflict, RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import {
  attributionInForce,
  openDispute,
  type ExistingInspection,
  type InspectionState,
} from '../inspection.state';
import {
  existingInspection,
  requireUndecided,
  type InspectionDecideContext,
} from '../inspection.decide-context';
import type { DecidedBy, Share } from '../inspection.vocabulary';
import { checkShareTable } from './share-table';

export interface NewAttribution {
  readonly attributionId: string;
  readonly shares: readonly Share[];
  readonly basis: readonly string[];
  readonly basisNote?: string;
}

export interface AttributeResponsibility extends NewAttribution {
  readonly type: 'AttributeResponsibility';
  readonly inspectionId: string;
  /** The attribution in force this one replaces, and why (QC-3 "superseding what"). */
  readonly supersedes?: { readonly attributionId: string; readonly reason: string };
  readonly by: DecidedBy;
}

/** QC-3/QC-4 the events of replacing the attribution in force (or of the first one). */
export function attributionEvents(
  inspection: ExistingInspection,
  next: NewAttribution,
  by: DecidedBy,
  now: Date,
  supersedes?: { readonly attributionId: string; readonly reason: string; readonly disputeId?: string },
): InspectionEvent[] {
  const at = now.toISOString();
  const caseId = inspection.caseId ? { caseId: inspection.caseId } : {};
  const events: InspectionEvent[] = [];
  if (supersedes) {
    const previous = inspection.attributions.find((a) => a.attributionId === supersedes.attributionId)!;
    events.push({
      type: 'AttributionSuperseded',
      data: {
        inspectionId: inspection.inspectionId,
        ...caseId,
        attributionId: supersedes.attributionId,
        supersededBy: next.attributionId,
        ...(supersedes.disputeId ? { disputeId: supersedes.disputeId } : {}),
        reason: supersedes.reason,
        previousShares: previous.shares,
        shares: next.shares,
        decidedBy: by,
        supersededAt: at,
      },
    });
  }
  events.push({
    type: 'ResponsibilityAttributed',
    data: {
      inspectionId: inspection.inspectionId,
      ...caseId,
      branch: inspection.branch,
      attributionId: next.attributionId,
      shares: next.shares,
      basis: next.basis,
      ...(next.basisNote ? { basisNote: next.basisNote } : {}),
      ...(supersedes ? { supersedes: supersedes.attributionId } : {}),
      signedBy: by,
      attributedAt: at,
    },
  });
  return events;
}

/** QC-4: a supersession names the attribution in force; any other is stale (409). */
export function requireInForce(inspection: ExistingInspection, attributionId: string): void {
  const inForce = attributionInForce(inspection);
  if (inForce?.attributionId === attributionId) return;
  if (!inspection.attributions.some((a) => a.attributionId === attributionId))
    throw new RuleViolation('QC-4', `attribution ${attributionId} does not exist`);
  throw new Conflict(
    `attribution ${attributionId} is no longer in force (in force: ${inForce?.attributionId ?? 'none'})`,
    'QC-4',
  );
}

/**
 * QC-3 responsibility attributed by the signing inspector. A second attribution must say which
 * one it supersedes and why; while a dispute is open, only its review decides (QC-4).
 */
export function attributeResponsibility(
  command: AttributeResponsibility,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.attributions.some((a) => a.attributionId === command.attributionId))
    throw new Conflict(`attribution ${command.attributionId} exists already`);
  requireUndecided(inspection, 'QC-5', 'attribute responsibility');
  if (inspection.origin.kind === 'unsalable-return')
    throw new RuleViolation('QC-6', 'an unsalable return is no quality problem: check its original quality');
  const inForce = attributionInForce(inspection);
  if (inForce && !command.supersedes)
    throw new RuleViolation(
      'QC-3',
      `attribution ${inForce.attributionId} is in force: a new one must supersede it, with a reason`,
    );
  if (command.supersedes) {
    requireInForce(inspection, command.supersedes.attributionId);
    const dispute = openDispute(inspection);
    if (dispute) throw new RuleViolation('QC-4', `dispute ${dispute.disputeId} is open: its review decides`);
  }
  checkShareTable(inspection, command.shares, command.basis, ctx.policy);
  return attributionEvents(inspection, command, command.by, ctx.now, command.supersedes);
}
