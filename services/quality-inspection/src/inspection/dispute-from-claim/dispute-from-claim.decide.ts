import { RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import { attributionInForce, openDispute, type InspectionState } from '../inspection.state';
import { existingInspection, type InspectionDecideContext } from '../inspection.decide-context';
import type { DecidedBy, EvidenceRef } from '../inspection.vocabulary';
import { disputeAttribution } from '../dispute-attribution/dispute-attribution.decide';

/** QC-4/CLM-4: the supplier's dispute of a claim, recorded in claims, opens the dispute of its attribution. */
export interface DisputeFromClaim {
  readonly type: 'DisputeFromClaim';
  readonly inspectionId: string;
  /** Derived from the claim and the attribution: a redelivery finds it and opens nothing. */
  readonly disputeId: string;
  readonly attributionId: string;
  /** `supplier:<id>`: the supplier the claim was issued to. */
  readonly party: string;
  readonly reason: string;
  readonly evidence: readonly EvidenceRef[];
  /** The claims officer who recorded it in claims. */
  readonly by: DecidedBy;
}

/**
 * QC-4 the dispute of the attribution a supplier claim stands on. Opened once: a redelivery, or
 * the same party's dispute of the same attribution already awaiting review (the claims officer
 * entered it in QC by hand), opens nothing. Otherwise the rules of a dispute by hand apply.
 */
export function disputeFromClaim(
  command: DisputeFromClaim,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.disputes.some((d) => d.disputeId === command.disputeId)) return [];
  const open = openDispute(inspection);
  if (open && open.party === command.party && open.attributionId === command.attributionId) return [];
  // Not retried as a conflict: no later attempt brings the attribution back into force.
  const inForce = attributionInForce(inspection)?.attributionId;
  if (inForce !== command.attributionId)
    throw new RuleViolation(
      'QC-4',
      `attribution ${command.attributionId} the claim stands on is no longer in force (in force: ${inForce ?? 'none'})`,
    );
  return disputeAttribution({ ...command, type: 'DisputeAttribution' }, state, ctx);
}
