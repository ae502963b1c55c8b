import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations, type TimerOperation, type TimerStore } from '@aftersales/scheduling';
import type { ClaimsSettings } from '../claims-settings';
import type { ContractAdded } from '../product/product.events';
import type { ClaimEvent } from '../supplier-claim/claim.events';
import { addDays, dateIn, startOfDayIn } from '../warranty/local-dates';

export const CONTRACT_EXPIRY_NOTICE = 'claims.contract-expiry-notice';
export const SUPPLIER_RESPONSE_WINDOW = 'claims.supplier-response-window';
export const SUPPLIER_DISPUTE_REVIEW = 'claims.supplier-dispute-review';

export const contractTimerId = (serial: string, contractId: string) =>
  `product-${serial}:contract-${contractId}:notice`;
export const claimTimerId = (claimId: string) => `claim-${claimId}:response-window`;
/**
 * One review per dispute: a claim is disputed at most once under an attribution. A review that is
 * no longer due (the claim confirmed, withdrawn or issued anew) fires as a no-op: the claim's
 * settling events do not name the attribution disputed, so it is not cancelled.
 */
export const disputeReviewTimerId = (claimId: string, attributionId: string) =>
  `claim-${claimId}:dispute-review:${attributionId}`;

/**
 * The durable timers of claims, armed from its own log: CLM-2 contract expiry notices (at the
 * start of the notice day, branch time), CLM-4 supplier response windows (cancelled when the
 * supplier answers or the claim is withdrawn) and QC-4 dispute reviews: a dispute QC has not
 * decided within SUPPLIER_DISPUTE_REVIEW_DAYS is referred to it again, once, as a deadline miss
 * (a dispute QC dead-lettered and an operator discarded would otherwise wait for ever).
 */
export class ClaimsTimersProjection implements Projection {
  readonly name = 'claims.timers';
  readonly version = 2;
  readonly streamPrefixes = ['product-', 'claim-'];
  readonly eventTypes = [
    'ContractAdded',
    'SupplierClaimIssued',
    'SupplierClaimConfirmed',
    'SupplierClaimDisputed',
    'SupplierClaimWithdrawn',
    'SupplierClaimDisputeReferred',
  ];

  constructor(
    private readonly timers: TimerStore,
    private readonly settings: ClaimsSettings,
  ) {}

  apply(events: readonly RecordedEvent[]): Promise<void> {
    return applyTimerOperations(
      this.timers,
      events.flatMap((e) => this.operationsOf(e)),
    );
  }

  async reset(): Promise<void> {}

  private operationsOf(event: RecordedEvent): TimerOperation[] {
    const data = event.data as Record<string, string>;
    const reviewFrom = (
      d: { claimId: string; branch: string; attributionId: string },
      from: string,
    ): TimerOperation => {
      const zone = this.settings.zoneOf(d.branch);
      return {
        op: 'schedule',
        id: disputeReviewTimerId(d.claimId, d.attributionId),
        kind: SUPPLIER_DISPUTE_REVIEW,
        // At midnight (branch time) after the last day of the review.
        dueAt: startOfDayIn(zone, addDays(dateIn(zone, from), this.settings.disputeReviewDays + 1)),
        payload: { claimId: d.claimId, attributionId: d.attributionId },
      };
    };
    switch (event.type) {
      case 'ContractAdded': {
        const c = event.data as ContractAdded['data'];
        return [
          {
            op: 'schedule',
            id: contractTimerId(c.serial, c.contractId),
            kind: CONTRACT_EXPIRY_NOTICE,
            dueAt: startOfDayIn(this.settings.zoneOf(c.branch), c.noticeOn),
            payload: { serial: c.serial, contractId: c.contractId },
          },
        ];
      }
      case 'SupplierClaimIssued':
        return [
          {
            op: 'schedule',
            id: claimTimerId(data.claimId),
            kind: SUPPLIER_RESPONSE_WINDOW,
            dueAt: new Date(data.respondBy),
            payload: { claimId: data.claimId },
          },
        ];
      case 'SupplierClaimDisputed': {
        const d = event.data as Extract<ClaimEvent, { type: 'SupplierClaimDisputed' }>['data'];
        // Disputes recorded before claims named the attribution were entered in QC by hand: no review.
        const { attributionId } = d;
        return [
          { op: 'cancel', id: claimTimerId(d.claimId) },
          ...(attributionId ? [reviewFrom({ ...d, attributionId }, d.disputedAt)] : []),
        ];
      }
      case 'SupplierClaimDisputeReferred': {
        // The officer's referral before the review is overdue moves it on; once overdue it has
        // fired, and a fired timer is not re-armed: the overdue referral happens once.
        const d = event.data as Extract<ClaimEvent, { type: 'SupplierClaimDisputeReferred' }>['data'];
        return d.referredBy === 'claims-officer' ? [reviewFrom(d, d.referredAt)] : [];
      }
      default:
        return [{ op: 'cancel', id: claimTimerId(data.claimId) }];
    }
  }
}
