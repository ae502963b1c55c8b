import {
  asContractEvent,
  COST_CATEGORY_ZH,
  partyZh,
  SERVICE_CLASS_ZH,
  shareTableZh,
  WARRANTY_STANDING_ZH,
  type ContractEvent,
  type PublicEvents,
  type PublicEventType,
} from '@aftersales/contracts';
import { formatMoney as money, requestContext } from '@aftersales/kernel';
import type { ConsumedEvent } from '@aftersales/messaging';
import type { CaseCommands } from '../case/case-commands';
import { derivedUuid } from '../case/derived-id';

type Downstream = Exclude<PublicEventType, `intake.${string}`>;

type P<T extends Downstream> = PublicEvents[T];

type Shares = readonly { partyKey: string; shareBp: number }[];

/** `department:production (70 %), supplier:SUP-7 (30 %)`: basis points as percent. */
const shareTable = (shares: Shares) => shares.map((s) => `${s.partyKey} (${s.shareBp / 100} %)`).join(', ');

/** A timeline line in the code's language and in Chinese, the console's default. */
export interface TimelineSentence {
  readonly en: string;
  readonly zh: string;
}

/**
 * How each downstream milestone reads on the case's timeline, as a sentence a user can read.
 * Typed by the contracts: a new public event of another service fails to compile here until it
 * has its sentence, and a renamed field fails to compile.
 */
const SENTENCES: { readonly [T in Downstream]: (p: P<T>) => TimelineSentence } = {
  'dispatch.engineer-assigned.v1': (p) =>
    p.reassigned
      ? {
          en: `Visit reassigned to engineer ${p.engineerId}${p.reason ? `: ${p.reason}` : ''}.`,
          zh: `上门任务改派给工程师 ${p.engineerId}${p.reason ? `：${p.reason}` : ''}。`,
        }
      : { en: `Engineer ${p.engineerId} assigned.`, zh: `已派工程师 ${p.engineerId}。` },
  'dispatch.visit-started.v1': (p) => ({
    en: `Engineer ${p.engineerId} set off for the site.`,
    zh: `工程师 ${p.engineerId} 已出发前往现场。`,
  }),
  'dispatch.engineer-arrived.v1': (p) =>
    p.withinDeadline === false
      ? { en: 'Engineer arrived on site, late.', zh: '工程师已到达现场，已超时。' }
      : { en: 'Engineer arrived on site.', zh: '工程师已到达现场。' },
  'dispatch.arrival-deadline-missed.v1': () => ({
    en: 'Nobody arrived on site by the arrival deadline.',
    zh: '到达时限已过，无人到达现场。',
  }),
  'dispatch.visit-completed.v1': (p) =>
    p.firstTimeFix
      ? { en: 'Visit completed, fixed first time.', zh: '上门服务完成，一次修复。' }
      : { en: 'Visit completed.', zh: '上门服务完成。' },
  'dispatch.product-taken-back.v1': (p) => ({
    en: `Product taken back for repair, receipt ${p.receiptNo}.`,
    zh: `产品已带回维修，收据号 ${p.receiptNo}。`,
  }),
  'dispatch.repair-completed.v1': () => ({ en: 'Repair completed.', zh: '维修完成。' }),
  'dispatch.product-returned-to-customer.v1': () => ({
    en: 'Product returned to the customer.',
    zh: '产品已送还客户。',
  }),
  'dispatch.repair-escalated.v1': () => ({
    en: 'Repair escalated to the service director.',
    zh: '维修已上报服务总监。',
  }),
  'dispatch.cost-incurred.v1': (p) => ({
    en: `Cost recorded: ${p.category}, ${money(p.amount)}.`,
    zh: `记录费用：${COST_CATEGORY_ZH[p.category]} ${money(p.amount)}。`,
  }),
  'dispatch.invoice-requested.v1': (p) => ({
    en: `Invoice requested: ${money(p.amount)}.`,
    zh: `申请开票：${money(p.amount)}。`,
  }),
  'quality-inspection.inspection-opened.v1': () => ({
    en: 'Quality inspection opened.',
    zh: '质检已立项。',
  }),
  'quality-inspection.finding-recorded.v1': (p) =>
    p.corrects
      ? { en: `QC corrected a finding: ${p.failureMode}.`, zh: `质检更正检验结果：${p.failureMode}。` }
      : { en: `QC finding: ${p.failureMode}.`, zh: `质检检验结果：${p.failureMode}。` },
  'quality-inspection.responsibility-attributed.v1': (p) => ({
    en: `Responsibility attributed: ${shareTable(p.shares)}.`,
    zh: `责任认定：${shareTableZh(p.shares)}。`,
  }),
  'quality-inspection.attribution-disputed.v1': (p) => ({
    en: `The responsibility attribution was disputed for ${p.party}.`,
    zh: `${partyZh(p.party)} 对责任认定提出异议。`,
  }),
  'quality-inspection.attribution-confirmed.v1': () => ({
    en: 'The disputed attribution was confirmed on review.',
    zh: '复核后维持原责任认定。',
  }),
  'quality-inspection.attribution-superseded.v1': (p) => ({
    en: `Responsibility attribution superseded: now ${shareTable(p.shares)}.`,
    zh: `责任认定已变更，现为：${shareTableZh(p.shares)}。`,
  }),
  'quality-inspection.inspection-signed-off.v1': () => ({
    en: 'Quality inspection signed off.',
    zh: '质检已签字确认。',
  }),
  'quality-inspection.return-refused.v1': () => ({
    en: 'QC refused the return: the damage was caused by the customer.',
    zh: '质检拒绝退货：损坏系客户造成。',
  }),
  'quality-inspection.capa-raised.v1': (p) => ({
    en: `Corrective action raised for ${p.ownerDepartment}.`,
    zh: `已向 ${p.ownerDepartment} 下达纠正预防措施。`,
  }),
  'quality-inspection.capa-overdue.v1': (p) => ({
    en: `Corrective action of ${p.ownerDepartment} is overdue.`,
    zh: `${p.ownerDepartment} 的纠正预防措施已逾期。`,
  }),
  'quality-inspection.capa-closed.v1': () => ({
    en: 'Corrective action closed, verified effective.',
    zh: '纠正预防措施经验证有效，已关闭。',
  }),
  'quality-inspection.unsalable-return-checked.v1': (p) =>
    p.intact
      ? {
          en: 'QC checked the unsalable return: original quality intact.',
          zh: '质检已检验滞销退货：原有质量完好。',
        }
      : { en: 'QC checked the unsalable return: not intact.', zh: '质检已检验滞销退货：质量不完好。' },
  'warehouse-returns.return-requested.v1': (p) => ({
    en: `${p.reason === 'quality' ? 'Quality return' : 'Unsalable exchange'} requested: ${p.lines.length} line(s), ${money(p.total)}.`,
    zh: `申请${p.reason === 'quality' ? '质量退货' : '滞销换货'}：${p.lines.length} 行，${money(p.total)}。`,
  }),
  'warehouse-returns.return-approved.v1': () => ({
    en: 'Return approved; the customer may ship the goods.',
    zh: '退货已批准，客户可发回货物。',
  }),
  'warehouse-returns.return-rejected.v1': (p) => ({
    en: `Return rejected (${p.rule}): ${p.explanation.replace(/[.\s]+$/, '')}.`,
    zh: `退货被拒（${p.rule}）：${p.explanation.replace(/[.\s。]+$/, '')}。`,
  }),
  'warehouse-returns.transport-order-issued.v1': (p) => ({
    en: `Return transport order ${p.orderNo} issued to driver ${p.driverId}, vehicle ${p.vehicle}.`,
    zh: `已开具退货运输单 ${p.orderNo}：司机 ${p.driverId}，车辆 ${p.vehicle}。`,
  }),
  'warehouse-returns.return-received.v1': () => ({
    en: 'Returned goods received at the warehouse.',
    zh: '仓库已收到退回货物。',
  }),
  'warehouse-returns.return-stocked-in.v1': (p) => ({
    en: `Return stocked in, receipt ${p.receiptNo}: ${money(p.total)}.`,
    zh: `退货已入库，收据号 ${p.receiptNo}：${money(p.total)}。`,
  }),
  'warehouse-returns.receipt-deadline-missed.v1': (p) => ({
    en: `Return receipt ${p.receiptNo} was not sent to the customer by its deadline.`,
    zh: `退货收据 ${p.receiptNo} 未在时限内寄给客户。`,
  }),
  'warehouse-returns.exchange-shipped.v1': () => ({
    en: 'Replacement goods shipped to the customer.',
    zh: '换货已发给客户。',
  }),
  'warehouse-returns.serial-replaced.v1': (p) => ({
    en: `Serial number ${p.faultySerial} replaced by ${p.replacementSerial}.`,
    zh: `序列号 ${p.faultySerial} 已由 ${p.replacementSerial} 替换。`,
  }),
  'warehouse-returns.refund-requested.v1': (p) => ({
    en: `Refund requested: ${money(p.amount)}.`,
    zh: `申请退款：${money(p.amount)}。`,
  }),
  'finance.customer-totals-changed.v1': () => ({
    en: "The customer's purchase and return totals changed.",
    zh: '客户的进货与退货累计已更新。',
  }),
  'claims.warranty-assessed.v1': (p) => ({
    en: `Warranty assessed for serial ${p.serial}: ${p.reason}.`,
    zh: `序列号 ${p.serial} 保修判定：${WARRANTY_STANDING_ZH[p.standing]}${p.humanDamage ? '，人为损坏不在保修范围' : ''}，${SERVICE_CLASS_ZH[p.serviceClass]}。`,
  }),
  'claims.service-classified.v1': (p) =>
    p.corrects
      ? {
          en: `Service reclassified from ${p.corrects} to ${p.serviceClass}: ${p.reason}.`,
          zh: `服务类别由${SERVICE_CLASS_ZH[p.corrects]}改为${SERVICE_CLASS_ZH[p.serviceClass]}。`,
        }
      : {
          en: `Service classified ${p.serviceClass}.`,
          zh: `服务类别：${SERVICE_CLASS_ZH[p.serviceClass]}。`,
        },
  'claims.contract-expiry-notified.v1': (p) => ({
    en: `Customer told maintenance contract ${p.contractId} ends ${p.endsOn}.`,
    zh: `已通知客户维保合同 ${p.contractId} 于 ${p.endsOn} 到期。`,
  }),
  'claims.supplier-claim-issued.v1': (p) => ({
    en: `Claim notice issued to supplier ${p.supplierId}: ${money(p.amount)}, answer due ${p.respondBy.slice(0, 10)}.`,
    zh: `已向供应商 ${p.supplierId} 发出索赔通知书：${money(p.amount)}，${p.respondBy.slice(0, 10)} 前答复。`,
  }),
  'claims.supplier-claim-amended.v1': (p) => ({
    en: `Claim on supplier ${p.supplierId} amended to ${money(p.amount)}.`,
    zh: `对供应商 ${p.supplierId} 的索赔金额调整为 ${money(p.amount)}。`,
  }),
  'claims.supplier-claim-confirmed.v1': (p) =>
    p.confirmedBy === 'supplier'
      ? {
          en: `Supplier ${p.supplierId} confirmed the claim of ${money(p.amount)}.`,
          zh: `供应商 ${p.supplierId} 已确认索赔 ${money(p.amount)}。`,
        }
      : p.confirmedBy === 'attribution-upheld'
        ? {
            en: `Claim of ${money(p.amount)} on supplier ${p.supplierId} confirmed: QC upheld the attribution.`,
            zh: `对供应商 ${p.supplierId} 的索赔 ${money(p.amount)} 已确认：质检维持责任认定。`,
          }
        : {
            en: `Claim of ${money(p.amount)} on supplier ${p.supplierId} confirmed: the response window passed.`,
            zh: `对供应商 ${p.supplierId} 的索赔 ${money(p.amount)} 已确认：答复期限已过。`,
          },
  'claims.supplier-claim-disputed.v1': (p) =>
    p.referredAt
      ? {
          en: `Supplier ${p.supplierId}'s dispute of the claim referred to QC again.`,
          zh: `供应商 ${p.supplierId} 对索赔的异议已再次提交质检。`,
        }
      : {
          en: `Supplier ${p.supplierId} disputed the claim.`,
          zh: `供应商 ${p.supplierId} 对索赔提出异议。`,
        },
  'claims.supplier-claim-withdrawn.v1': (p) => ({
    en: `Claim on supplier ${p.supplierId} withdrawn.`,
    zh: `对供应商 ${p.supplierId} 的索赔已撤回。`,
  }),
  'finance.cost-audited.v1': (p) =>
    p.verdict === 'approved'
      ? { en: 'Finance approved a cost.', zh: '财务审核通过一笔费用。' }
      : {
          en: `Finance rejected a cost: ${p.reason ?? 'no reason given'}.`,
          zh: `财务驳回一笔费用：${p.reason ?? '未说明理由'}。`,
        },
  'finance.chargeback-refunded.v1': (p) => ({
    en: `Finance credited ${money(p.amount)} back to supplier ${p.supplierId}: ${p.reason}.`,
    zh: `财务向供应商 ${p.supplierId} 退回扣款 ${money(p.amount)}：${p.reason}。`,
  }),
  'finance.entry-posted.v1': (p) =>
    p.cause.kind === 'reversal'
      ? { en: 'Finance reversed an earlier cost allocation.', zh: '财务冲销了先前的费用分摊。' }
      : p.cause.kind === 'allocation'
        ? { en: 'Finance allocated a cost to the responsible parties.', zh: '财务已将费用分摊给责任方。' }
        : { en: 'Finance posted an approved cost.', zh: '财务已记账一笔审核通过的费用。' },
};

function sentenceOf<T extends Downstream>(type: T, payload: P<T>): TimelineSentence {
  return SENTENCES[type](payload);
}

/** The sentence of a downstream event on the timeline; never the type name. */
export function timelineSentence(event: ContractEvent): TimelineSentence {
  if (event.type in SENTENCES) return sentenceOf(event.type as Downstream, event.payload as never);
  // A topic added by configuration before its events have sentences: say at least what happened.
  const [service, name] = event.type.split('.');
  const words = name.replace(/-/g, ' ');
  return {
    en: `${words.charAt(0).toUpperCase()}${words.slice(1)} (${service}).`,
    zh: `${service} 服务：${name}。`,
  };
}

/**
 * One case view tells the whole story: a downstream event that names a case intake knows is
 * recorded on that case's timeline. New services plug in by adding their topic to
 * DOWNSTREAM_TOPICS and a sentence above. Event ids derive from the consumed event, so a
 * redelivery appends nothing.
 */
const summaries = ({ en, zh }: TimelineSentence) => ({ summary: en, summaryZh: zh });

export function downstreamTimelineHandler(commands: CaseCommands) {
  return async (consumed: ConsumedEvent): Promise<void> => {
    const event = asContractEvent(consumed);
    const caseId = 'caseId' in event.payload ? event.payload.caseId : undefined;
    if (caseId === undefined) return;
    const { state } = await commands.load(caseId);
    if (!state.exists) return;
    await requestContext.with({ causationId: event.id, branch: state.branch }, () =>
      commands.execute(
        {
          type: 'RecordTimelineEntry',
          caseId,
          source: event.source?.replace(/^urn:aftersales:/, '') ?? event.type.split('.')[0],
          sourceEventId: event.id,
          sourceEventType: event.type,
          ...summaries(timelineSentence(event)),
          occurredAt: event.time ?? commands.clock.now().toISOString(),
        },
        { eventIds: (i) => derivedUuid(`${event.id}:timeline:${i}`) },
      ),
    );
  };
}
