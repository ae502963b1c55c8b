import { asContractEvent } from '@aftersales/contracts';
import { requestContext } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { QualityInspectionParts } from '../quality-inspection.runtime';

/** One dispute per claim and attribution disputed: a redelivery finds it. */
export const disputeIdOfClaim = (claimId: string, attributionId: string) =>
  deriveEventId(claimId, `quality-inspection.supplier-dispute/${attributionId}`);

/**
 * QC-4/CLM-4 the supplier disputes through the claims officer: the dispute recorded on the claim
 * in claims opens the dispute of the attribution the claim was issued under, in the supplier's
 * name, with its reason and evidence, for the reviewer to settle here. A dispute the rules refuse
 * now (the inspection signed off, another party's dispute awaiting review, the attribution no
 * longer in force) is a rule violation: dead-lettered, for an operator to replay or discard.
 */
export function supplierDisputes({ inspections }: QualityInspectionParts) {
  return async (consumed: ConsumedEvent): Promise<void> => {
    const event = asContractEvent(consumed);
    if (event.type !== 'claims.supplier-claim-disputed.v1') return;
    const d = event.payload;
    // Disputes recorded before claims named the attribution were entered in QC by hand.
    if (!d.inspectionId || !d.attributionId) return;
    await requestContext.with({ causationId: event.id, branch: d.branch }, () =>
      inspections.execute(
        {
          type: 'DisputeFromClaim',
          inspectionId: d.inspectionId!,
          disputeId: disputeIdOfClaim(d.claimId, d.attributionId!),
          attributionId: d.attributionId!,
          party: `supplier:${d.supplierId}`,
          reason: d.reason,
          evidence: (d.evidence ?? []).map((e) => ({ ...e })),
          by: { userId: consumed.actor?.userId ?? 'system', role: 'claims-officer' },
        },
        { eventIds: (i) => deriveEventId(event.id, `quality-inspection.supplier-dispute#${i}`) },
      ),
    );
  };
}
