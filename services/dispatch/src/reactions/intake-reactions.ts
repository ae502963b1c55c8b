import { asContractEvent, type CaseAcceptedV1 } from '@aftersales/contracts';
import { Conflict, systemClock, type Clock } from '@aftersales/kernel';
import { deriveEventId, PermanentFailure, type ConsumedEvent } from '@aftersales/messaging';
import type { PoolClient } from 'pg';
import type { DispatchCommands } from '../dispatch-commands';
import type { Zone } from '../dispatch.vocabulary';
import type { DispatchSettings } from '../dispatch-settings';
import { visitToOpen, type CaseCopy } from './on-case-accepted/on-case-accepted';

/** The visit a case's acceptance opens: one per case, so a re-acceptance opens nothing twice. */
export const visitIdOfCase = (caseId: string) => deriveEventId(caseId, 'dispatch.visit');

/** AUD-4: dispatch keeps a reference to the customer's address, never the address. */
export const addressRefOf = (caseId: string) => `intake:case-${caseId}#customer.address`;

interface CaseCopyRow {
  case_id: string;
  case_number: string;
  branch: string;
  kind: string;
  severity: 'general' | 'major';
  customer_id: string;
  product_model: string;
  serial_number: string;
  problem: { description: string; symptomCode?: string };
}

export function caseCopyOf(row: CaseCopyRow): CaseCopy {
  return {
    caseId: row.case_id,
    caseNumber: row.case_number,
    branch: row.branch,
    kind: row.kind,
    severity: row.severity,
    customerId: row.customer_id,
    product: { model: row.product_model, serialNumber: row.serial_number },
    problem: row.problem,
  };
}

export async function readCaseCopy(
  db: { query: PoolClient['query'] },
  caseId: string,
): Promise<CaseCopy | undefined> {
  const { rows } = await db.query<CaseCopyRow>(`SELECT * FROM dispatch.case_copy WHERE case_id = $1`, [
    caseId,
  ]);
  return rows[0] && caseCopyOf(rows[0]);
}

/**
 * DSP-1 dispatch reacting to intake's public events (through the inbox consumer): it keeps its
 * own copy of each case, and opens a visit when an accepted case needs on-site work. The copy
 * is written in the inbox's transaction; the visit's event ids derive from the consumed
 * event's id, so a redelivery after a crash appends nothing.
 */
export class IntakeReactions {
  constructor(
    private readonly commands: DispatchCommands,
    private readonly settings: DispatchSettings,
    private readonly clock: Clock = systemClock,
  ) {}

  readonly handle = async (consumed: ConsumedEvent, tx: PoolClient): Promise<void> => {
    // Read through the contract types: a field intake renames fails to compile here.
    const event = asContractEvent(consumed);
    switch (event.type) {
      case 'intake.case-registered.v1': {
        const d = event.payload;
        await tx.query(
          `INSERT INTO dispatch.case_copy
             (case_id, case_number, branch, kind, severity, customer_id, product_model, serial_number, problem)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (case_id) DO NOTHING`,
          [
            d.caseId,
            d.caseNumber,
            d.branch,
            d.kind,
            d.severity,
            d.customerId,
            d.product.model,
            d.product.serialNumber,
            JSON.stringify(d.problem),
          ],
        );
        return;
      }
      case 'intake.case-classified.v1': {
        const d = event.payload;
        await tx.query(
          `UPDATE dispatch.case_copy SET kind = $2, severity = $3, updated_at = now() WHERE case_id = $1`,
          [d.caseId, d.to.kind, d.to.severity],
        );
        return;
      }
      case 'intake.case-accepted.v1':
        return this.onAccepted(event, event.payload, tx);
      default:
        return;
    }
  };

  private async onAccepted(event: ConsumedEvent, d: CaseAcceptedV1, tx: PoolClient): Promise<void> {
    const acceptedAt = event.time ? new Date(event.time) : this.clock.now();
    const { rowCount } = await tx.query(
      `UPDATE dispatch.case_copy SET kind = $2, remedy = $3, accepted_at = $4, updated_at = now() WHERE case_id = $1`,
      [d.caseId, d.kind, d.remedy ?? null, acceptedAt],
    );
    if (rowCount === 0) throw new PermanentFailure(`case ${d.caseId} was accepted but never registered here`);
    const copy = (await readCaseCopy(tx, d.caseId))!;
    if (!this.settings.policy.branches[copy.branch]) {
      throw new PermanentFailure(`no dispatch policy for branch ${copy.branch} (case ${copy.caseNumber})`);
    }
    const command = visitToOpen(
      copy,
      { type: 'intake.case-accepted.v1', data: d },
      acceptedAt,
      {
        visitId: visitIdOfCase(d.caseId),
        zone: this.settings.defaultZoneOf(copy.branch) as Zone,
        productLine: this.settings.productLineOf(copy.product.model),
        addressRef: addressRefOf(d.caseId),
      },
      this.settings.onSiteWork,
    );
    if (!command) return;
    try {
      await this.commands.visit(command, {
        assumeNew: true,
        eventIds: (i) => deriveEventId(event.id, `dispatch.open-visit#${i}`),
      });
    } catch (error) {
      // The case's visit is already open (an overturned and re-accepted case): nothing to do.
      if (!(error instanceof Conflict)) throw error;
    }
  }
}
