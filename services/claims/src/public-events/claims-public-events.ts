import type { ClaimsPublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { PublicEvent } from '@aftersales/messaging';
import type { ProductEvent } from '../product/product.events';
import type { ClaimEvent } from '../supplier-claim/claim.events';
import type { WarrantyEvent } from '../warranty/warranty.events';

type PublicOf = {
  [T in keyof ClaimsPublicEvents]: { type: T; payload: ClaimsPublicEvents[T]; key?: string };
}[keyof ClaimsPublicEvents];

type ClaimsEvent = ProductEvent | WarrantyEvent | ClaimEvent;

/** Internal events that stay inside claims, and why. */
export const PRIVATE_EVENTS: Readonly<Record<string, string>> = {
  ProductRegistered: 'the registry names the customer; downstream reads the assessment, not the record',
  ProductDetailsChanged: 'as ProductRegistered',
  ContractAdded: 'its expiry notice is published; the class it gives is published as service-classified',
  ReplacementLinked: 'warehouse-returns publishes the exchange (serial-replaced)',
  ReplacedBy: 'as ReplacementLinked',
  CaseNoted: "claims' copy of intake's case",
  AttributionNoted: "claims' copy of QC's attribution in force",
  ApprovedCostNoted: "claims' copy of finance's audited cost",
  VisitNoted: "claims' copy of dispatch's visit, for the serial history",
  PartsDueForRecovery: 'CLM-5 figures are a report (reports/claim-kpi); no downstream consumer yet',
  PartsRecovered: 'as PartsDueForRecovery',
  SupplierClaimChargebackRefunded: 'finance publishes the refund (chargeback-refunded); the claim notes it',
};

/** Internal → versioned public contract. */
export function toPublic(event: ClaimsEvent): PublicOf | undefined {
  switch (event.type) {
    case 'WarrantyAssessed':
      return { type: 'claims.warranty-assessed.v1', payload: event.data };
    case 'ServiceClassified':
      return { type: 'claims.service-classified.v1', payload: event.data };
    case 'ContractExpiryNotified':
      return { type: 'claims.contract-expiry-notified.v1', payload: event.data, key: event.data.serial };
    case 'SupplierClaimIssued':
      return { type: 'claims.supplier-claim-issued.v1', payload: event.data };
    case 'SupplierClaimAmended':
      return { type: 'claims.supplier-claim-amended.v1', payload: event.data };
    case 'SupplierClaimConfirmed':
      return { type: 'claims.supplier-claim-confirmed.v1', payload: event.data };
    case 'SupplierClaimDisputed':
      return { type: 'claims.supplier-claim-disputed.v1', payload: event.data };
    case 'SupplierClaimDisputeReferred': {
      // QC-4: the same dispute again, so quality inspection opens it if it has not (it opens it once).
      const { referredBy: _by, ...dispute } = event.data;
      return { type: 'claims.supplier-claim-disputed.v1', payload: dispute };
    }
    case 'SupplierClaimWithdrawn':
      return { type: 'claims.supplier-claim-withdrawn.v1', payload: event.data };
    default:
      return undefined;
  }
}

export const claimsPublicEvents = (event: RecordedEvent): PublicEvent | undefined =>
  toPublic({ type: event.type, data: event.data } as ClaimsEvent);
