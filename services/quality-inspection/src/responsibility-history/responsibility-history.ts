import type { InspectionEvent } from '../inspection/inspection.events';
import type { DecidedBy, EvidenceRef, Share } from '../inspection/inspection.vocabulary';

/** One step of a case's responsibility decision (AUD-2): who, when, why, on what evidence. */
export type HistoryStep =
  | {
      readonly step: 'attributed';
      readonly attributionId: string;
      readonly shares: readonly Share[];
      readonly basis: readonly string[];
      readonly basisNote?: string;
      readonly supersedes?: string;
      readonly by: DecidedBy;
      readonly at: string;
    }
  | {
      readonly step: 'disputed';
      readonly disputeId: string;
      readonly attributionId: string;
      readonly party: string;
      readonly reason: string;
      readonly evidence: readonly EvidenceRef[];
      readonly by: DecidedBy;
      readonly at: string;
    }
  | {
      readonly step: 'confirmed';
      readonly disputeId: string;
      readonly attributionId: string;
      readonly reason: string;
      readonly by: DecidedBy;
      readonly at: string;
    }
  | {
      readonly step: 'superseded';
      readonly attributionId: string;
      readonly supersededBy: string;
      readonly disputeId?: string;
      readonly reason: string;
      readonly by: DecidedBy;
      readonly at: string;
    };

export interface AttributionRecord {
  readonly attributionId: string;
  readonly shares: readonly Share[];
  readonly basis: readonly string[];
  readonly signedBy: DecidedBy;
  readonly attributedAt: string;
  readonly inForce: boolean;
  readonly supersededBy?: string;
  readonly supersededReason?: string;
}

export interface ResponsibilityHistory {
  readonly inspectionId: string;
  /** QC-4: the attribution costs follow now (none before the first attribution). */
  readonly inForce?: AttributionRecord;
  readonly attributions: readonly AttributionRecord[];
  /** Every attribution, dispute, confirmation and supersession, in the order of the log. */
  readonly steps: readonly HistoryStep[];
}

/** AUD-2 the responsibility history of one inspection, from its stream alone. */
export function responsibilityHistory(
  inspectionId: string,
  events: readonly InspectionEvent[],
): ResponsibilityHistory {
  const steps: HistoryStep[] = [];
  const attributions: AttributionRecord[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'ResponsibilityAttributed': {
        const d = event.data;
        for (const [i, a] of attributions.entries())
          if (a.inForce) attributions[i] = { ...a, inForce: false };
        attributions.push({
          attributionId: d.attributionId,
          shares: d.shares,
          basis: d.basis,
          signedBy: d.signedBy,
          attributedAt: d.attributedAt,
          inForce: true,
        });
        steps.push({
          step: 'attributed',
          attributionId: d.attributionId,
          shares: d.shares,
          basis: d.basis,
          ...(d.basisNote ? { basisNote: d.basisNote } : {}),
          ...(d.supersedes ? { supersedes: d.supersedes } : {}),
          by: d.signedBy,
          at: d.attributedAt,
        });
        break;
      }
      case 'AttributionDisputed': {
        const d = event.data;
        steps.push({
          step: 'disputed',
          disputeId: d.disputeId,
          attributionId: d.attributionId,
          party: d.party,
          reason: d.reason,
          evidence: d.evidence,
          by: d.disputedBy,
          at: d.disputedAt,
        });
        break;
      }
      case 'AttributionConfirmed': {
        const d = event.data;
        steps.push({
          step: 'confirmed',
          disputeId: d.disputeId,
          attributionId: d.attributionId,
          reason: d.reason,
          by: d.reviewedBy,
          at: d.confirmedAt,
        });
        break;
      }
      case 'AttributionSuperseded': {
        const d = event.data;
        const i = attributions.findIndex((a) => a.attributionId === d.attributionId);
        if (i >= 0)
          attributions[i] = { ...attributions[i], supersededBy: d.supersededBy, supersededReason: d.reason };
        steps.push({
          step: 'superseded',
          attributionId: d.attributionId,
          supersededBy: d.supersededBy,
          ...(d.disputeId ? { disputeId: d.disputeId } : {}),
          reason: d.reason,
          by: d.decidedBy,
          at: d.supersededAt,
        });
        break;
      }
      default:
        break;
    }
  }
  const inForce = attributions.find((a) => a.inForce);
  return { inspectionId, ...(inForce ? { inForce } : {}), attributions, steps };
}
