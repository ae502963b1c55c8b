import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { ClaimEvent } from '../supplier-claim/claim.events';
import type { WarrantyEvent } from '../warranty/warranty.events';

export const CLAIM_KPI = 'claims.claim-kpi';

/**
 * CLM-5 figures per case: the parts due back and recovered, the approved costs and the supplier
 * claims that stand, with the case's model, branch, month and class. Rebuildable (KPI-3).
 */
export class ClaimKpiProjection implements Projection {
  readonly name = CLAIM_KPI;
  readonly version = 1;
  readonly streamPrefixes = ['warranty-', 'claim-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE claims.case_cost, claims.recovery_line');
  }

  // Finance's and QC's events may reach a case's file before intake's: every write is an upsert.
  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as WarrantyEvent | ClaimEvent;
      switch (e.type) {
        case 'CaseNoted':
          await em.query(
            `INSERT INTO claims.case_cost (case_id, model, branch) VALUES ($1, $2, $3)
             ON CONFLICT (case_id) DO UPDATE SET model = EXCLUDED.model, branch = EXCLUDED.branch`,
            [e.data.caseId, e.data.model, e.data.branch],
          );
          break;
        case 'WarrantyAssessed':
          await em.query(`UPDATE claims.case_cost SET period = $2, service_class = $3 WHERE case_id = $1`, [
            e.data.caseId,
            e.data.serviceOn.slice(0, 7),
            e.data.serviceClass,
          ]);
          break;
        case 'ApprovedCostNoted':
          await em.query(
            `INSERT INTO claims.case_cost (case_id, costs) VALUES ($1, jsonb_build_object($2::text, $3::bigint))
             ON CONFLICT (case_id) DO UPDATE SET costs = claims.case_cost.costs || EXCLUDED.costs`,
            [e.data.caseId, e.data.costId, e.data.amount.amountMinor],
          );
          break;
        case 'SupplierClaimConfirmed':
          await em.query(
            `INSERT INTO claims.case_cost (case_id, claims) VALUES ($1, jsonb_build_object($2::text, $3::bigint))
             ON CONFLICT (case_id) DO UPDATE SET claims = claims.case_cost.claims || EXCLUDED.claims`,
            [e.data.caseId, e.data.claimId, e.data.amount.amountMinor],
          );
          break;
        case 'SupplierClaimChargebackRefunded':
          // FIN-6: a standing claim offsets only what stays charged back (a withdrawn one is gone already).
          await em.query(
            `UPDATE claims.case_cost
                SET claims = claims || jsonb_build_object($2::text, GREATEST(0, (claims->>$2::text)::bigint - $3::bigint))
              WHERE case_id = $1 AND claims ? $2::text`,
            [e.data.caseId, e.data.claimId, e.data.amount.amountMinor],
          );
          break;
        case 'SupplierClaimWithdrawn':
          await em.query(`UPDATE claims.case_cost SET claims = claims - $2::text WHERE case_id = $1`, [
            e.data.caseId,
            e.data.claimId,
          ]);
          break;
        case 'PartsDueForRecovery':
          for (const part of e.data.parts)
            await em.query(
              `INSERT INTO claims.recovery_line (case_id, part_no, model, branch, period, due, recovered)
               VALUES ($1, $2, $3, $4, $5, $6, 0)
               ON CONFLICT (case_id, part_no) DO UPDATE SET due = claims.recovery_line.due + EXCLUDED.due`,
              [e.data.caseId, part.partNo, e.data.model, e.data.branch, e.data.period, part.qty],
            );
          break;
        case 'PartsRecovered':
          await em.query(
            `UPDATE claims.recovery_line SET recovered = recovered + $3 WHERE case_id = $1 AND part_no = $2`,
            [e.data.caseId, e.data.partNo, e.data.qty],
          );
          break;
      }
    }
  }
}
