import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { ClaimEvent } from '../claim.events';
import { SupplierClaimRow } from './claim-list.entity';

export const CLAIM_LIST = 'claims.supplier-claim-list';

/** The supplier claim list from the claim streams. */
export class ClaimListProjection implements Projection {
  readonly name = CLAIM_LIST;
  readonly version = 3;
  readonly streamPrefixes = ['claim-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE claims.supplier_claim');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const repo = em.getRepository(SupplierClaimRow);
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as ClaimEvent;
      const { claimId } = e.data;
      switch (e.type) {
        case 'SupplierClaimIssued':
          await repo.save({
            claimId,
            caseId: e.data.caseId,
            caseNumber: e.data.caseNumber ?? null,
            branch: e.data.branch,
            supplierId: e.data.supplierId,
            status: 'issued',
            shareBp: e.data.shareBp,
            amountMinor: e.data.amount.amountMinor,
            currency: e.data.amount.currency,
            respondBy: new Date(e.data.respondBy),
            issuedAt: new Date(e.data.issuedAt),
            confirmedBy: null,
            // Re-issued after a withdrawal: the refunds of its earlier chargeback stay.
            refundedMinor: (await repo.findOneBy({ claimId }))?.refundedMinor ?? 0,
          });
          break;
        case 'SupplierClaimAmended':
          await repo.update(
            { claimId },
            {
              shareBp: e.data.shareBp,
              amountMinor: e.data.amount.amountMinor,
              currency: e.data.amount.currency,
            },
          );
          break;
        case 'SupplierClaimConfirmed':
          await repo.update({ claimId }, { status: 'confirmed', confirmedBy: e.data.confirmedBy });
          break;
        case 'SupplierClaimDisputed':
          await repo.update({ claimId }, { status: 'disputed' });
          break;
        case 'SupplierClaimWithdrawn':
          await repo.update({ claimId }, { status: 'withdrawn' });
          break;
        case 'SupplierClaimChargebackRefunded':
          await repo.update({ claimId }, { refundedMinor: e.data.refundedTotal.amountMinor });
          break;
      }
    }
  }
}
