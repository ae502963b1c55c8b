import { caseKindZh, SERVICE_CLASS_ZH, shareTableZh } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import { formatMoney as money } from '@aftersales/kernel';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { ProductEvent } from '../product.events';
import type { ClaimEvent } from '../../supplier-claim/claim.events';
import type { WarrantyEvent } from '../../warranty/warranty.events';
import { CONFIRMED_BY_ZH, CONTRACT_KIND_ZH, REFERRER_ZH, SOURCE_ZH, VISIT_ZH } from '../../claims.labels-zh';

export const SERIAL_HISTORY = 'claims.serial-history';

type Entry = {
  kind: string;
  ref: string;
  summary: string;
  summaryZh: string;
  serial?: string;
  caseId?: string;
};

type HistoryEvent = ProductEvent | WarrantyEvent | ClaimEvent;

/** One line of a serial's history for each event of its record, cases, visits, inspections and claims, in English and Chinese. */
function entryOf(e: HistoryEvent): Entry | undefined {
  switch (e.type) {
    case 'ProductRegistered':
      return {
        serial: e.data.serial,
        kind: 'registered',
        ref: e.data.serial,
        summary: `${e.data.model} of customer ${e.data.customerId} (${e.data.source})`,
        summaryZh: `${e.data.model}，客户 ${e.data.customerId}（${SOURCE_ZH[e.data.source]}）`,
      };
    case 'ProductDetailsChanged':
      return {
        serial: e.data.serial,
        kind: 'record-changed',
        ref: e.data.serial,
        summary: `owner ${e.data.customerId}, model ${e.data.model}`,
        summaryZh: `客户 ${e.data.customerId}，型号 ${e.data.model}`,
      };
    case 'ContractAdded':
      return {
        serial: e.data.serial,
        kind: 'contract',
        ref: e.data.contractId,
        summary: `${e.data.kind} contract ${e.data.startsOn} to ${e.data.endsOn}`,
        summaryZh: `${CONTRACT_KIND_ZH[e.data.kind]} ${e.data.startsOn} 至 ${e.data.endsOn}`,
      };
    case 'ContractExpiryNotified':
      return {
        serial: e.data.serial,
        kind: 'contract-notice',
        ref: e.data.contractId,
        summary: `expiry ${e.data.endsOn} notified`,
        summaryZh: `已通知 ${e.data.endsOn} 到期`,
      };
    case 'ReplacementLinked':
      return {
        serial: e.data.serial,
        kind: 'exchange',
        ref: e.data.rmaId,
        summary: `replaces ${e.data.replaces}; warranty from ${e.data.warrantyStartsOn}`,
        summaryZh: `替换 ${e.data.replaces}；保修自 ${e.data.warrantyStartsOn} 起算`,
      };
    case 'ReplacedBy':
      return {
        serial: e.data.serial,
        kind: 'exchange',
        ref: e.data.rmaId,
        summary: `replaced by ${e.data.replacement}`,
        summaryZh: `已被 ${e.data.replacement} 替换`,
      };
    case 'CaseNoted':
      return {
        serial: e.data.serial,
        kind: 'case',
        ref: e.data.caseId,
        summary: `${e.data.kind}: ${e.data.problem}`,
        summaryZh: `${caseKindZh(e.data.kind)}：${e.data.problem}`,
      };
    case 'WarrantyAssessed':
      return {
        serial: e.data.serial,
        kind: 'assessment',
        ref: e.data.caseId,
        summary: `${e.data.serviceClass}: ${e.data.reason}`,
        summaryZh: SERVICE_CLASS_ZH[e.data.serviceClass],
      };
    case 'VisitNoted':
      return {
        caseId: e.data.caseId,
        kind: 'visit',
        ref: e.data.visitId,
        summary: e.data.what,
        summaryZh: VISIT_ZH[e.data.what],
      };
    case 'AttributionNoted':
      return {
        caseId: e.data.caseId,
        kind: 'inspection',
        ref: e.data.inspectionId,
        summary: `attribution ${e.data.attributionId}: ${e.data.shares.map((s) => `${s.partyKey} ${s.shareBp / 100} %`).join(', ')}`,
        summaryZh: `责任认定 ${e.data.attributionId}：${shareTableZh(e.data.shares)}`,
      };
    case 'SupplierClaimIssued':
      return {
        serial: e.data.serial,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `issued to ${e.data.supplierId}: ${money(e.data.amount)}`,
        summaryZh: `向 ${e.data.supplierId} 发出索赔通知书：${money(e.data.amount)}`,
      };
    case 'SupplierClaimAmended':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `amended to ${money(e.data.amount)}`,
        summaryZh: `金额调整为 ${money(e.data.amount)}`,
      };
    case 'SupplierClaimConfirmed':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `confirmed (${e.data.confirmedBy})`,
        summaryZh: `已确认（${CONFIRMED_BY_ZH[e.data.confirmedBy]}）`,
      };
    case 'SupplierClaimDisputed':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `disputed: ${e.data.reason}`,
        summaryZh: `提出异议：${e.data.reason}`,
      };
    case 'SupplierClaimWithdrawn':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `withdrawn: ${e.data.reason}`,
        summaryZh: `已撤回：${e.data.reason}`,
      };
    case 'SupplierClaimDisputeReferred':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `dispute referred to QC again (${e.data.referredBy})`,
        summaryZh: `异议已再次提交质检（${REFERRER_ZH[e.data.referredBy]}）`,
      };
    case 'SupplierClaimChargebackRefunded':
      return {
        caseId: e.data.caseId,
        kind: 'claim',
        ref: e.data.claimId,
        summary: `chargeback refunded: ${money(e.data.amount)} (${money(e.data.refundedTotal)} in all)`,
        summaryZh: `已退回扣款：${money(e.data.amount)}（累计 ${money(e.data.refundedTotal)}）`,
      };
    default:
      return undefined;
  }
}

/** CLM-7: a serial's whole history as one query, in log order. */
export class SerialHistoryProjection implements Projection {
  readonly name = SERIAL_HISTORY;
  // 2: every line in Chinese too.
  readonly version = 2;
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
        `INSERT INTO claims.serial_history (position, serial, at, kind, ref, summary, summary_zh)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (position) DO NOTHING`,
        [
          recorded.globalPosition,
          serial,
          recorded.metadata.recordedAt,
          entry.kind,
          entry.ref,
          entry.summary,
          entry.summaryZh,
        ],
      );
    }
  }
}
