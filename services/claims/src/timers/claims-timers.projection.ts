import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations, type TimerOperation, type TimerStore } from '@aftersales/scheduling';
import type { ClaimsSettings } from '../claims-settings';
import type { ContractAdded } from '../product/product.events';
import { startOfDayIn } from '../warranty/local-dates';

export const CONTRACT_EXPIRY_NOTICE = 'claims.contract-expiry-notice';
export const SUPPLIER_RESPONSE_WINDOW = 'claims.supplier-response-window';

export const contractTimerId = (serial: string, contractId: string) =>
  `product-${serial}:contract-${contractId}:notice`;
export const claimTimerId = (claimId: string) => `claim-${claimId}:response-window`;

/**
 * The durable timers of claims, armed from its own log: CLM-2 contract expiry notices (at the
 * start of the notice day, branch time) and CLM-4 supplier response windows (cancelled when the
 * supplier answers or the claim is withdrawn).
 */
export class ClaimsTimersProjection implements Projection {
  readonly name = 'claims.timers';
  readonly version = 1;
  readonly streamPrefixes = ['product-', 'claim-'];
  readonly eventTypes = [
    'ContractAdded',
    'SupplierClaimIssued',
    'SupplierClaimConfirmed',
    'SupplierClaimDisputed',
    'SupplierClaimWithdrawn',
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
      default:
        return [{ op: 'cancel', id: claimTimerId(data.claimId) }];
    }
  }
}
