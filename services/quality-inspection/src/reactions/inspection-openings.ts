import { asContractEvent } from '@aftersales/contracts';
import { Conflict, requestContext } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { PoolClient } from 'pg';
import type { OpenInspection } from '../inspection/open-inspection/open-inspection.decide';
import type { QualityInspectionParts } from '../quality-inspection.runtime';

const SYSTEM = { userId: 'system', role: 'system' };

/** One inspection per take-back (its repair card) and per flagged complaint: re-deliveries open nothing twice. */
export const inspectionIdOfTakeBack = (visitId: string, repairCardNo: string) =>
  deriveEventId(visitId, `quality-inspection.take-back/${repairCardNo}`);
export const inspectionIdOfComplaint = (caseId: string) =>
  deriveEventId(caseId, 'quality-inspection.complaint');

interface CaseCopyRow {
  case_id: string;
  case_number: string;
  branch: string;
  kind: string;
  product_model: string;
  serial_number: string;
  symptom: string | null;
  founded: boolean;
}

/**
 * QC-1 inspections opened by other services' events, through the idempotent inbox: a product
 * dispatch took back for repair, and a founded quality complaint intake flagged for root-cause
 * analysis (a recurring problem, INT-9). Intake's case facts are kept locally in the inbox's
 * transaction; the new events' ids derive from the consumed event's id.
 */
export function inspectionOpenings({ inspections }: QualityInspectionParts) {
  const open = async (event: ConsumedEvent, command: OpenInspection) => {
    try {
      await requestContext.with({ causationId: event.id, branch: command.branch }, () =>
        inspections.execute(command, {
          eventIds: (i) => deriveEventId(event.id, `quality-inspection.open/${command.inspectionId}#${i}`),
        }),
      );
    } catch (error) {
      // An inspection opened under this id from elsewhere already (by hand): nothing to open.
      if (!(error instanceof Conflict)) throw error;
    }
  };

  return async (consumed: ConsumedEvent, tx: PoolClient): Promise<void> => {
    const event = asContractEvent(consumed);
    switch (event.type) {
      case 'dispatch.product-taken-back.v1': {
        const d = event.payload;
        return open(event, {
          type: 'OpenInspection',
          inspectionId: inspectionIdOfTakeBack(d.visitId, d.repairCardNo),
          branch: d.branch,
          caseId: d.caseId,
          caseNumber: d.caseNumber,
          product: { model: d.product.model, serialNumber: d.product.serialNumber },
          origin: { kind: 'take-back', ref: d.repairCardNo },
          symptom: d.symptom.description,
          by: SYSTEM,
        });
      }
      case 'intake.case-registered.v1': {
        const d = event.payload;
        await tx.query(
          `INSERT INTO quality_inspection.case_copy
             (case_id, case_number, branch, kind, product_model, serial_number, symptom)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id) DO NOTHING`,
          [
            d.caseId,
            d.caseNumber,
            d.branch,
            d.kind,
            d.product.model,
            d.product.serialNumber,
            d.problem.symptomCode ?? null,
          ],
        );
        return;
      }
      case 'intake.case-classified.v1':
        await tx.query(`UPDATE quality_inspection.case_copy SET kind = $2 WHERE case_id = $1`, [
          event.payload.caseId,
          event.payload.to.kind,
        ]);
        return;
      case 'intake.case-accepted.v1':
        await tx.query(
          `UPDATE quality_inspection.case_copy SET kind = $2, founded = true WHERE case_id = $1`,
          [event.payload.caseId, event.payload.kind],
        );
        return;
      case 'intake.case-rejected.v1':
        await tx.query(`UPDATE quality_inspection.case_copy SET founded = false WHERE case_id = $1`, [
          event.payload.caseId,
        ]);
        return;
      case 'intake.recurring-problem-detected.v1': {
        const d = event.payload;
        const { rows } = await tx.query<CaseCopyRow>(
          `SELECT * FROM quality_inspection.case_copy
            WHERE case_id = ANY($1) AND founded AND kind = 'quality-complaint' ORDER BY case_id`,
          [d.caseIds],
        );
        for (const c of rows)
          await open(event, {
            type: 'OpenInspection',
            inspectionId: inspectionIdOfComplaint(c.case_id),
            branch: c.branch,
            caseId: c.case_id,
            caseNumber: c.case_number,
            product: { model: c.product_model, serialNumber: c.serial_number },
            origin: { kind: 'quality-complaint', ref: d.problemKey },
            ...(c.symptom ? { symptom: c.symptom } : {}),
            by: SYSTEM,
          });
        return;
      }
      default:
        return;
    }
  };
}
