import { serviceAudit } from '@aftersales/event-store';
import type { Money } from '@aftersales/kernel';
import { roleZh } from '@aftersales/platform';
import { RMA_CATEGORY } from './rma.decider';
import type { ReturnReason, RmaEvent } from './rma.events';

// The returns' own vocabularies in the Chinese lines; typed, so a new value fails to compile.
const REASON_ZH: Record<ReturnReason, string> = { unsalable: '滞销', quality: '质量问题' };
const SOURCE_ZH: Record<'intake' | 'direct', string> = { intake: '来自投诉', direct: '直接申请' };

const amount = (m: Money) => ({ amountMinor: m.amountMinor, currency: m.currency });
const rate = (bp: number | null) => (bp === null ? 'n/a' : `${bp / 100} %`);

/** AUD-2: how a return or exchange tells its story, signatures first (RET-1..8). Return streams are shown whole. */
export const warehouseReturnsAudit = serviceAudit<RmaEvent>({
  caseStreams: [RMA_CATEGORY],
  describe: {
    ReturnRequested: (d) => ({
      summary: `${d.reason} return ${d.rmaId} requested (${d.source}): ${d.lines.length} line(s) (RET-1)`,
      summaryZh: `申请${REASON_ZH[d.reason]}退换货 ${d.rmaId}（${SOURCE_ZH[d.source]}）：${d.lines.length} 行（RET-1）`,
      kind: 'decision',
      ...(d.limitCheck
        ? {
            reason: `exchange rate ${rate(d.limitCheck.currentRateBp)} → ${rate(d.limitCheck.resultingRateBp)} of limit ${rate(d.limitCheck.limitBp)}; ${d.limitCheck.daysSinceDelivery} of ${d.limitCheck.timeLimitDays} days (RET-2)`,
          }
        : {}),
      refs: { rmaId: d.rmaId, customerId: d.customerId },
    }),
    ReturnRejected: (d) => ({
      summary: `return rejected (${d.rule})`,
      summaryZh: `退换货被拒（${d.rule}）`,
      kind: 'decision',
      reason: d.explanation,
    }),
    SpecialCaseApproved: (d) => ({
      summary: 'approved as a special case by an executive (RET-3)',
      summaryZh: '公司领导特批（RET-3）',
      kind: 'decision',
      decidedBy: { userId: d.executiveId, role: 'executive' },
      reason: d.reason,
    }),
    RequestConfirmed: (d) => ({
      summary: `request confirmed by after-sales staff ${d.staffId} (RET-3)`,
      summaryZh: `售后服务人员 ${d.staffId} 确认申请（RET-3）`,
      kind: 'decision',
    }),
    FormSigned: (d) => ({
      summary: `return form signed by the ${d.signature.role} (RET-4, RET-7)`,
      summaryZh: `${roleZh(d.signature.role)}在调退货明细表上签字（RET-4、RET-7）`,
      kind: 'decision',
      decidedBy: { userId: d.signature.userId, role: d.signature.role },
      evidence: [{ kind: 'signature', ref: `${d.signature.userId} at ${d.signature.at}` }],
      ...(d.signature.inspectionId ? { refs: { inspectionId: d.signature.inspectionId } } : {}),
    }),
    ReturnApproved: () => ({
      summary: 'return approved: the customer is told to ship (RET-3, RET-4)',
      summaryZh: '退换货已批准：已通知客户发货（RET-3、RET-4）',
      kind: 'decision',
    }),
    ArrivalNotified: (d) => ({
      summary: `freight station ${d.station} notified the arrival (RET-5)`,
      summaryZh: `货运站 ${d.station} 通知到货（RET-5）`,
      kind: 'fact',
    }),
    TransportOrderIssued: (d) => ({
      summary: `return transport order ${d.orderNo} (退货运输单) to driver ${d.driverId}, vehicle ${d.vehicle} (RET-5)`,
      summaryZh: `开具退货运输单 ${d.orderNo}：司机 ${d.driverId}，车辆 ${d.vehicle}（RET-5）`,
      kind: 'decision',
      refs: { orderNo: d.orderNo, driverId: d.driverId },
    }),
    GoodsPickedUp: (d) => ({
      summary: `goods picked up on order ${d.orderNo} by ${d.driverId} (RET-5)`,
      summaryZh: `司机 ${d.driverId} 按运输单 ${d.orderNo} 提货（RET-5）`,
      kind: 'fact',
    }),
    GoodsReceived: (d) => ({
      summary: `goods received: ${d.lines.map((l) => `${l.quantity}× ${l.model}${l.serialNumber ? ` ${l.serialNumber}` : ''}`).join(', ')}`,
      summaryZh: `仓库收货：${d.lines.map((l) => `${l.quantity}× ${l.model}${l.serialNumber ? ` ${l.serialNumber}` : ''}`).join('、')}`,
      kind: 'fact',
    }),
    LineInspected: (d) => ({
      summary: `line ${d.lineNo} ${d.outcome} by QC (inspection ${d.inspectionId}) (RET-6)`,
      summaryZh: `第 ${d.lineNo} 行质检${d.outcome === 'signed' ? '签认' : '拒签'}（质检 ${d.inspectionId}）（RET-6）`,
      kind: 'decision',
      ...(d.by ? { decidedBy: { userId: d.by, role: 'qc-inspector' } } : {}),
      ...(d.explanation ? { reason: d.explanation } : {}),
      refs: { inspectionId: d.inspectionId },
    }),
    ReturnRefusedByQc: (d) => ({
      summary: `return refused on QC's explanation (inspection ${d.inspectionId}) (RET-6)`,
      summaryZh: `依据质检说明拒绝退货（质检 ${d.inspectionId}）（RET-6）`,
      kind: 'decision',
      reason: d.explanation,
      refs: { inspectionId: d.inspectionId },
    }),
    RefusedGoodsDisposed: (d) => ({
      summary: `refused goods ${d.disposition}`,
      summaryZh: `拒收货物${d.disposition === 'returned-to-customer' ? '已退回客户' : '经客户同意报废'}`,
      kind: 'decision',
      ...(d.note ? { reason: d.note } : {}),
    }),
    StockedIn: (d) => ({
      summary: `stocked in with all three signatures: receipt ${d.receiptNo} (退货入库单) due to the customer by ${d.receiptDueAt} (RET-7, RET-8)`,
      summaryZh: `三方签字齐全，已入库：退货入库单 ${d.receiptNo}，须于 ${d.receiptDueAt} 前送交客户（RET-7、RET-8）`,
      kind: 'decision',
      refs: { receiptNo: d.receiptNo },
      money: [{ kind: 'stocked-in', amount: amount(d.total) }],
    }),
    ReceiptSent: (d) => ({
      summary: `receipt ${d.receiptNo} sent to the customer (RET-8)`,
      summaryZh: `退货入库单 ${d.receiptNo} 已送交客户（RET-8）`,
      kind: 'fact',
    }),
    ReceiptDeadlineMissed: (d) => ({
      summary: `receipt ${d.receiptNo} not sent by ${d.dueAt} (RET-8)`,
      summaryZh: `退货入库单 ${d.receiptNo} 未在 ${d.dueAt} 前送交（RET-8）`,
      kind: 'fact',
    }),
    SerialReplaced: (d) => ({
      summary: `line ${d.lineNo}: faulty serial ${d.faultySerial} replaced by ${d.replacementSerial} (CLM-7)`,
      summaryZh: `第 ${d.lineNo} 行：故障序列号 ${d.faultySerial} 由 ${d.replacementSerial} 替换（CLM-7）`,
      kind: 'fact',
      refs: { faultySerial: d.faultySerial, replacementSerial: d.replacementSerial },
    }),
    ExchangeShipped: (d) => ({
      summary: `exchange shipped: ${d.replacements.map((r) => `${r.quantity}× ${r.model}${r.replacementSerial ? ` ${r.replacementSerial}` : ''}`).join(', ')}`,
      summaryZh: `换货已发出：${d.replacements.map((r) => `${r.quantity}× ${r.model}${r.replacementSerial ? ` ${r.replacementSerial}` : ''}`).join('、')}`,
      kind: 'fact',
    }),
    RefundRequested: (d) => ({
      summary: 'refund requested (RET-7)',
      summaryZh: '申请退款（RET-7）',
      kind: 'decision',
      money: [{ kind: 'refund-requested', amount: amount(d.amount) }],
    }),
  },
});
