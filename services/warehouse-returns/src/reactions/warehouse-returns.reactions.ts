import { asContractEvent } from '@aftersales/contracts';
import { requestContext, type Clock } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { PoolClient } from 'pg';
import { recordBalance } from '../customer-totals/customer-totals.store';
import type { RmaCommand } from '../rma/rma.decider';
import type { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';
import {
  QC_EVENTS,
  RETURN_ORIGINS,
  type QcInspectionOpened,
  type QcInspectionSignedOff,
  type QcReturnRefused,
  type QcUnsalableReturnChecked,
} from './quality-inspection.events';

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
    }
    await onQualityInspection(consumed, tx, run);
  };
}

/** QC's decisions, read through the local shapes of quality-inspection.events.ts. */
async function onQualityInspection(
  consumed: ConsumedEvent,
  tx: PoolClient,
  run: (consumed: ConsumedEvent, command: RmaCommand) => Promise<unknown>,
): Promise<void> {
  if (consumed.type === QC_EVENTS.opened) {
    const d = consumed.payload as QcInspectionOpened;
    if (RETURN_ORIGINS.includes(d.origin.kind)) {
      // `<rmaId>` inspects the whole form, `<rmaId>#<lineNo>` one line of it.
      const [rmaId, lineNo] = d.origin.ref.split('#');
      await tx.query(
        `INSERT INTO warehouse_returns.qc_inspections (inspection_id, rma_id, line_no) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [d.inspectionId, rmaId, lineNo && /^\d+$/.test(lineNo) ? Number(lineNo) : null],
      );
    }
    return;
  }
  const inspectionId = (consumed.payload as { inspectionId?: string }).inspectionId;
  if (!inspectionId || !Object.values(QC_EVENTS).includes(consumed.type as never)) return;
  const { rows } = await tx.query<{ rma_id: string; line_no: number | null }>(
    `SELECT rma_id, line_no FROM warehouse_returns.qc_inspections WHERE inspection_id = $1`,
    [inspectionId],
  );
  if (!rows[0]) return; // an inspection of something else (a take-back, a complaint)
  const rmaId = rows[0].rma_id;
  const line = rows[0].line_no === null ? {} : { lineNo: rows[0].line_no };
  const sign = (by: string, signedAt: string) =>
    run(consumed, { type: 'RecordQcSignature', rmaId, inspectionId, ...line, by, signedAt });
  const refuse = (explanation: string) =>
    run(consumed, { type: 'RecordQcRefusal', rmaId, inspectionId, ...line, explanation });
  switch (consumed.type) {
    case QC_EVENTS.signedOff: {
      const d = consumed.payload as QcInspectionSignedOff;
      await sign(d.signedBy.userId, d.signedAt);
      return;
    }
    case QC_EVENTS.unsalableChecked: {
      const d = consumed.payload as QcUnsalableReturnChecked;
      await (d.intact ? sign(d.signedBy.userId, d.checkedAt) : refuse(d.note));
      return;
    }
    case QC_EVENTS.refused:
      await refuse((consumed.payload as QcReturnRefused).explanation);
      return;
  }
}
