import { asContractEvent } from '@aftersales/contracts';
import { requestContext, type Clock } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { PoolClient } from 'pg';
import { recordBalance } from '../customer-totals/customer-totals.store';
import type { RmaCommand } from '../rma/rma.decider';
import type { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';

/** The inspection origins that are this service's requests (quality inspection's QC-1 origins). */
const RETURN_ORIGINS: readonly string[] = ['quality-return', 'unsalable-return'];

type Rmas = Pick<WarehouseReturnsRuntime, 'rmas'>['rmas'];

/**
 * Warehouse returns reacting to other services through the inbox (each event once, in the
 * inbox's transaction): finance's customer totals (FIN-7, for RET-2), intake's cases whose
 * customer chose a return or exchange, and QC's decisions on received goods (RET-6, RET-7).
 * Commands' event ids derive from the consumed event's, so a redelivery appends nothing.
 */
export function warehouseReturnsReactions(rmas: Rmas, clock: Clock) {
  const run = (consumed: ConsumedEvent, command: RmaCommand) =>
    requestContext.with({ causationId: consumed.id }, () =>
      rmas.execute(command, { eventIds: (i) => deriveEventId(consumed.id, `rma#${i}`) }),
    );

  return async (consumed: ConsumedEvent, tx: PoolClient): Promise<void> => {
    const event = asContractEvent(consumed);
    switch (event.type) {
      case 'finance.customer-totals-changed.v1':
        await recordBalance(tx, event.payload, 'finance');
        return;
      case 'intake.case-registered.v1': {
        const d = event.payload;
        await tx.query(
          `INSERT INTO warehouse_returns.intake_returns (case_id, branch, customer_id, product_model, serial_number)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_id) DO NOTHING`,
          [d.caseId, d.branch, d.customerId, d.product.model, d.product.serialNumber],
        );
        return;
      }
      case 'intake.case-accepted.v1':
        if (event.payload.remedy === 'return' || event.payload.remedy === 'exchange')
          await tx.query(
            `UPDATE warehouse_returns.intake_returns SET remedy = $2, accepted_at = $3 WHERE case_id = $1`,
            [event.payload.caseId, event.payload.remedy, consumed.time ?? clock.now().toISOString()],
          );
        return;
      case 'quality-inspection.inspection-opened.v1': {
        const { inspectionId, origin } = event.payload;
        if (!RETURN_ORIGINS.includes(origin.kind)) return;
        // `<rmaId>` inspects the whole form, `<rmaId>#<lineNo>` one line of it.
        const [rmaId, lineNo] = origin.ref.split('#');
        await tx.query(
          `INSERT INTO warehouse_returns.qc_inspections (inspection_id, rma_id, line_no) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [inspectionId, rmaId, lineNo && /^\d+$/.test(lineNo) ? Number(lineNo) : null],
        );
        return;
      }
      case 'quality-inspection.inspection-signed-off.v1': {
        const { inspectionId, signedBy, signedAt } = event.payload;
        await onInspection(tx, inspectionId, (target) =>
          run(consumed, { type: 'RecordQcSignature', ...target, by: signedBy.userId, signedAt }),
        );
        return;
      }
      case 'quality-inspection.unsalable-return-checked.v1': {
        const { inspectionId, intact, note, signedBy, checkedAt } = event.payload;
        await onInspection(tx, inspectionId, (target) =>
          run(
            consumed,
            intact
              ? { type: 'RecordQcSignature', ...target, by: signedBy.userId, signedAt: checkedAt }
              : { type: 'RecordQcRefusal', ...target, explanation: note },
          ),
        );
        return;
      }
      case 'quality-inspection.return-refused.v1': {
        const { inspectionId, explanation } = event.payload;
        await onInspection(tx, inspectionId, (target) =>
          run(consumed, { type: 'RecordQcRefusal', ...target, explanation }),
        );
        return;
      }
    }
  };
}

type InspectionTarget = { rmaId: string; inspectionId: string; lineNo?: number };

/** QC's decision on an inspection of one of these requests (RET-6, RET-7); others are not ours. */
async function onInspection(
  tx: PoolClient,
  inspectionId: string,
  decide: (target: InspectionTarget) => Promise<unknown>,
): Promise<void> {
  const { rows } = await tx.query<{ rma_id: string; line_no: number | null }>(
    `SELECT rma_id, line_no FROM warehouse_returns.qc_inspections WHERE inspection_id = $1`,
    [inspectionId],
  );
  if (!rows[0]) return; // an inspection of a take-back or a complaint
  const { rma_id: rmaId, line_no: lineNo } = rows[0];
  await decide({ rmaId, inspectionId, ...(lineNo === null ? {} : { lineNo }) });
}
