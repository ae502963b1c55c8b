import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { ProductEvent } from '../product.events';
import type { ClaimEvent } from '../../supplier-claim/claim.events';
import type { WarrantyEvent } from '../../warranty/warranty.events';

export const SERIAL_HISTORY = 'claims.serial-history';

type Entry = { kind: string; ref: string; summary: string; serial?: string; caseId?: string };

const money = (m: { amountMinor: number; currency: string }) =>
  `${m.amountMinor} ${m.currency} (minor units)`;

/** One line of a serial's history for each event of its record, cases, visits, inspections and claims. */
function entryOf(e: ProductEvent | WarrantyEvent | ClaimEvent): Entry | undefined {
  switch (e.type) {
    case 'ProductRegistered':
      return {
        serial: e.data.serial,
        kind: 'registered',
        ref: e.data.serial,
        summary: `${e.data.model} of customer ${e.data.customerId} (${e.data.source})`,
      };
    case 'ProductDetailsChanged':
      return {
        serial: e.data.serial,
        kind: 'record-changed',
        ref: e.data.serial,
        summary: `owner ${e.data.customerId}, model ${e.data.model}`,
      };
    case 'ContractAdded':
      return {
        serial: e.data.serial,
        kind: 'contract',
        ref: e.data.contractId,
        summary: `${e.data.kind} contract ${e.data.startsOn} to ${e.data.endsOn}`,
      };
    case 'ContractExpiryNotified':
      return {
        serial: e.data.serial,
        kind: 'contract-notice',
        ref: e.data.contractId,
        summary: `expiry ${e.data.endsOn} notified`,
      };
    case 'ReplacementLinked':
      return {
        serial: e.data.serial,
        kind: 'exchange',
        ref: e.data.rmaId,
        summary: `replaces ${e.data.replaces}; warranty from ${e.data.warrantyStartsOn}`,
      };
    case 'ReplacedBy':
      return {
        serial: e.data.serial,
        kind: 'exchange',
        ref: e.data.rmaId,
        summary: `replaced by ${e.data.replacement}`,
      };
    case 'CaseNoted':
      return {
        serial: e.data.serial,
        kind: 'case',
        ref: e.data.caseId,
        summary: `${e.data.kind}: ${e.data.problem}`,
      };
    case 'WarrantyAssessed':
      return {
        serial: e.data.serial,
        kind: 'assessment',
        ref: e.data.caseId,
        summary: `${e.data.serviceClass}: ${e.data.reason}`,
      };
    case 'VisitNoted':
      return { caseId: e.data.caseId, kind: 'visit', ref: e.data.visitId, summary: e.data.what };
    case 'AttributionNoted':
      return {
        caseId: e.data.caseId,
        kind: 'inspection',
        ref: e.data.inspectionId,
        summary: `attribution ${e.data.attributionId}: ${e.data.shares.map((s) => `${s.partyKey} ${s.shareBp / 100} %`).join(', ')}`,
      };
    case 'SupplierClaimIssued':
      return {
        serial: e.data.serial,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `issued to ${e.data.supplierId}: ${money(e.data.amount)}`,
      };
    case 'SupplierClaimAmended':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `amended to ${money(e.data.amount)}`,
      };
    case 'SupplierClaimConfirmed':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `confirmed (${e.data.confirmedBy})`,
      };
    case 'SupplierClaimDisputed':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `disputed: ${e.data.reason}`,
      };
    case 'SupplierClaimWithdrawn':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `withdrawn: ${e.data.reason}`,
      };
    default:
      return undefined;
  }
}

/** CLM-7: a serial's whole history as one query, in log order. */
export class SerialHistoryProjection implements Projection {
  readonly name = SERIAL_HISTORY;
  readonly version = 1;
  readonly streamPrefixes = ['product-', 'warranty-', 'claim-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE claims.serial_history, claims.case_serial');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as ProductEvent | WarrantyEvent | ClaimEvent;
      if (event.type === 'CaseNoted')
        await em.query(
          `INSERT INTO claims.case_serial (case_id, serial) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING`,
          [event.data.caseId, event.data.serial],
        );
      const entry = entryOf(event);
      if (!entry) continue;
      let serial = entry.serial;
      if (!serial && entry.caseId) {
        const rows: { serial: string }[] = await em.query(
          `SELECT serial FROM claims.case_serial WHERE case_id = $1`,
          [entry.caseId],
        );
        serial = rows[0]?.serial;
      }
      if (!serial) continue;
      await em.query(
        `INSERT INTO claims.serial_history (position, serial, at, kind, ref, summary)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (position) DO NOTHING`,
        [recorded.globalPosition, serial, recorded.metadata.recordedAt, entry.kind, entry.ref, entry.summary],
      );
    }
  }
}
