import { caseKindZh, SERVICE_CLASS_ZH, shareTableZh, WARRANTY_STANDING_ZH } from '@aftersales/contracts';
import { serviceAudit, type RecordedEvent } from '@aftersales/event-store';
import { formatMoney, type Money } from '@aftersales/kernel';
import type { CampaignEvent } from './campaign/campaign.decider';
import type { ProductEvent } from './product/product.events';
import type { ClaimEvent } from './supplier-claim/claim.events';
import type { WarrantyEvent } from './warranty/warranty.events';
import {
  CAMPAIGN_KIND_ZH,
  CONFIRMED_BY_ZH,
  CONTRACT_KIND_ZH,
  REFERRER_ZH,
  SOURCE_ZH,
  VISIT_ZH,
} from './claims.labels-zh';

const amount = (m: Money) => ({ amountMinor: m.amountMinor, currency: m.currency });
const percent = (bp: number) => `${bp / 100} %`;

/** CLM-7: the serial's own history (registration, contracts, exchanges) beside the case. */
function serialStreams(events: readonly RecordedEvent[]): string[] {
  const serials = events.flatMap((e) => {
    const serial = e.type === 'CaseNoted' ? (e.data as { serial?: unknown }).serial : undefined;
    return typeof serial === 'string' ? [`product-${serial}`] : [];
  });
  return [...new Set(serials)];
}

/**
 * AUD-2: how claims tells warranty, service class and the supplier claim of a case (CLM-1..7).
 * Warranty and claim streams are the case's; product and campaign streams are shared.
 */
export const claimsAudit = serviceAudit<ClaimEvent | WarrantyEvent | ProductEvent | CampaignEvent>({
  caseStreams: ['warranty', 'claim'],
  relatedStreams: serialStreams,
  describe: {
    CaseNoted: (d) => ({
      summary: `case noted for serial ${d.serial} (${d.model}), ${d.kind}${d.customerDamage ? ', customer damage claimed' : ''}`,
      summaryZh: `记录序列号 ${d.serial}（${d.model}）的案件，${caseKindZh(d.kind)}${d.customerDamage ? '，判定为客户造成的损坏' : ''}`,
      kind: 'fact',
      refs: { serial: d.serial },
    }),
    WarrantyAssessed: (d) => ({
      summary: `warranty assessed: ${d.standing}, service class ${d.serviceClass}${d.corrects ? ` (correcting ${d.corrects})` : ''}${d.humanDamage ? ', human damage' : ''} (CLM-1, CLM-3)`,
      summaryZh: `保修判定：${WARRANTY_STANDING_ZH[d.standing]}，服务类别${SERVICE_CLASS_ZH[d.serviceClass]}${d.corrects ? `（更正${SERVICE_CLASS_ZH[d.corrects]}）` : ''}${d.humanDamage ? '，人为损坏' : ''}（CLM-1、CLM-3）`,
      kind: 'decision',
      reason: d.reason,
      refs: { serial: d.serial, ...(d.contractId ? { contractId: d.contractId } : {}) },
    }),
    ServiceClassified: (d) => ({
      summary: `service classified ${d.serviceClass}${d.corrects ? ` (correcting ${d.corrects})` : ''} (CLM-3)`,
      summaryZh: `服务类别判定为${SERVICE_CLASS_ZH[d.serviceClass]}${d.corrects ? `（更正${SERVICE_CLASS_ZH[d.corrects]}）` : ''}（CLM-3）`,
      kind: 'decision',
      reason: d.reason,
    }),
    AttributionNoted: (d) => ({
      summary: `attribution ${d.attributionId} noted: ${d.shares.map((s) => `${s.partyKey} ${percent(s.shareBp)}`).join(', ')}`,
      summaryZh: `记录责任认定 ${d.attributionId}：${shareTableZh(d.shares)}`,
      kind: 'fact',
      refs: { attributionId: d.attributionId, inspectionId: d.inspectionId },
    }),
    VisitNoted: (d) => ({
      summary: `visit ${d.visitId}: ${d.what}`,
      summaryZh: `上门任务 ${d.visitId}：${VISIT_ZH[d.what]}`,
      kind: 'fact',
      refs: { visitId: d.visitId },
    }),
    PartsDueForRecovery: (d) => ({
      summary: `old parts due for recovery: ${d.parts.map((p) => `${p.qty}× ${p.partNo}`).join(', ')} (CLM-5)`,
      summaryZh: `待回收旧件：${d.parts.map((p) => `${p.qty}× ${p.partNo}`).join('、')}（CLM-5）`,
      kind: 'fact',
    }),
    PartsRecovered: (d) => ({
      summary: `${d.qty}× ${d.partNo} recovered (CLM-5)`,
      summaryZh: `已回收旧件 ${d.qty}× ${d.partNo}（CLM-5）`,
      kind: 'fact',
    }),
    ApprovedCostNoted: (d) => ({
      summary: `approved cost ${d.costId} noted for the supplier claim`,
      summaryZh: `为供应商索赔记录已审核费用 ${d.costId}`,
      kind: 'fact',
      refs: { costId: d.costId },
      money: [{ kind: 'cost-approved', amount: amount(d.amount) }],
    }),
    SupplierClaimIssued: (d) => ({
      summary: `supplier claim notice ${d.claimId} (索赔通知书) to ${d.supplierId} for ${percent(d.shareBp)} of the approved costs, respond by ${d.respondBy} (CLM-4)`,
      summaryZh: `向供应商 ${d.supplierId} 发出索赔通知书 ${d.claimId}：已审核费用的 ${percent(d.shareBp)}，${d.respondBy} 前答复（CLM-4）`,
      kind: 'decision',
      reason: d.problem,
      refs: { claimId: d.claimId, attributionId: d.attributionId, supplierId: d.supplierId },
      money: [{ kind: 'claimed', amount: amount(d.amount) }],
    }),
    SupplierClaimAmended: (d) => ({
      summary: `supplier claim ${d.claimId} amended to ${percent(d.shareBp)} under attribution ${d.attributionId} (CLM-4)`,
      summaryZh: `按责任认定 ${d.attributionId} 将供应商索赔 ${d.claimId} 调整为 ${percent(d.shareBp)}（CLM-4）`,
      kind: 'decision',
      refs: { claimId: d.claimId, attributionId: d.attributionId },
      money: [{ kind: 'claimed', amount: amount(d.amount) }],
    }),
    SupplierClaimConfirmed: (d) => ({
      summary: `supplier claim ${d.claimId} confirmed (${d.confirmedBy}) (CLM-4)`,
      summaryZh: `供应商索赔 ${d.claimId} 已确认（${CONFIRMED_BY_ZH[d.confirmedBy]}）（CLM-4）`,
      kind: 'decision',
      refs: { claimId: d.claimId },
      money: [{ kind: 'claim-confirmed', amount: amount(d.amount) }],
    }),
    SupplierClaimDisputed: (d) => ({
      summary: `supplier ${d.supplierId} disputes claim ${d.claimId} (CLM-4, QC-4)`,
      summaryZh: `供应商 ${d.supplierId} 对索赔 ${d.claimId} 提出异议（CLM-4、QC-4）`,
      kind: 'decision',
      reason: d.reason,
      refs: { claimId: d.claimId },
    }),
    SupplierClaimWithdrawn: (d) => ({
      summary: `supplier claim ${d.claimId} withdrawn`,
      summaryZh: `供应商索赔 ${d.claimId} 已撤回`,
      kind: 'decision',
      reason: d.reason,
      refs: { claimId: d.claimId, attributionId: d.attributionId },
    }),
    SupplierClaimDisputeReferred: (d) => ({
      summary: `supplier ${d.supplierId}'s dispute of claim ${d.claimId} referred to QC again (${d.referredBy}) (QC-4)`,
      summaryZh: `供应商 ${d.supplierId} 对索赔 ${d.claimId} 的异议已再次提交质检（${REFERRER_ZH[d.referredBy]}）（QC-4）`,
      kind: 'decision',
      reason: d.reason,
      refs: { claimId: d.claimId, attributionId: d.attributionId },
    }),
    // The money moved is finance's entry (its own audit part); the claim only notes it.
    SupplierClaimChargebackRefunded: (d) => ({
      summary: `finance refunded ${d.amount.amountMinor} ${d.amount.currency} of claim ${d.claimId}'s chargeback to ${d.supplierId}, ${d.refundedTotal.amountMinor} ${d.refundedTotal.currency} in all (FIN-6)`,
      summaryZh: `财务向供应商 ${d.supplierId} 退回索赔 ${d.claimId} 的扣款 ${formatMoney(d.amount)}，累计 ${formatMoney(d.refundedTotal)}（FIN-6）`,
      kind: 'fact',
      reason: d.reason,
      refs: { claimId: d.claimId, attributionId: d.attributionId },
    }),
    ProductRegistered: (d) => ({
      summary: `serial ${d.serial} (${d.model}) registered from ${d.source}`,
      summaryZh: `序列号 ${d.serial}（${d.model}）登记入档（${SOURCE_ZH[d.source]}）`,
      kind: 'fact',
    }),
    ProductDetailsChanged: (d) => ({
      summary: `serial ${d.serial}: details changed from ${d.source}`,
      summaryZh: `序列号 ${d.serial}：档案变更（${SOURCE_ZH[d.source]}）`,
      kind: 'fact',
    }),
    ContractAdded: (d) => ({
      summary: `${d.kind} contract ${d.contractId} ${d.startsOn} – ${d.endsOn} on ${d.serial} (CLM-2)`,
      summaryZh: `序列号 ${d.serial} 的${CONTRACT_KIND_ZH[d.kind]} ${d.contractId}：${d.startsOn} 至 ${d.endsOn}（CLM-2）`,
      kind: 'decision',
    }),
    ContractExpiryNotified: (d) => ({
      summary: `contract ${d.contractId} expiry on ${d.endsOn} notified (CLM-2)`,
      summaryZh: `已通知合同 ${d.contractId} 于 ${d.endsOn} 到期（CLM-2）`,
      kind: 'fact',
    }),
    ReplacementLinked: (d) => ({
      summary: `serial ${d.serial} replaces ${d.replaces} (return ${d.rmaId}), warranty from ${d.warrantyStartsOn} (CLM-7)`,
      summaryZh: `序列号 ${d.serial} 替换 ${d.replaces}（退换货 ${d.rmaId}），保修自 ${d.warrantyStartsOn} 起算（CLM-7）`,
      kind: 'fact',
      refs: { rmaId: d.rmaId },
    }),
    ReplacedBy: (d) => ({
      summary: `serial ${d.serial} replaced by ${d.replacement} (return ${d.rmaId}) (CLM-7)`,
      summaryZh: `序列号 ${d.serial} 已由 ${d.replacement} 替换（退换货 ${d.rmaId}）（CLM-7）`,
      kind: 'fact',
      refs: { rmaId: d.rmaId },
    }),
    CampaignProposed: (d) => ({
      summary: `${d.kind} campaign ${d.campaignId} proposed: ${d.title} (CLM-6)`,
      summaryZh: `提议${CAMPAIGN_KIND_ZH[d.kind]} ${d.campaignId}：${d.title}（CLM-6）`,
      kind: 'decision',
      refs: { proposedBy: d.proposedBy },
    }),
    CampaignApproved: (d) => ({
      summary: `campaign ${d.campaignId} approved (CLM-6)`,
      summaryZh: `批量问题/召回 ${d.campaignId} 已批准（CLM-6）`,
      kind: 'decision',
      decidedBy: { userId: d.approvedBy, role: d.approverRole },
    }),
    CampaignCaseLinked: (d) => ({
      summary: `case linked to campaign ${d.campaignId} (CLM-6)`,
      summaryZh: `案件已关联到批量问题/召回 ${d.campaignId}（CLM-6）`,
      kind: 'decision',
    }),
    CampaignSerialsAdded: (d) => ({
      summary: `${d.serials.length} serials added to campaign ${d.campaignId} (CLM-6)`,
      summaryZh: `向批量问题/召回 ${d.campaignId} 添加 ${d.serials.length} 个序列号（CLM-6）`,
      kind: 'fact',
    }),
  },
});
