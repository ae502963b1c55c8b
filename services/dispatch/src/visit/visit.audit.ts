import { BEARER_ZH, COST_CATEGORY_ZH, SERVICE_CLASS_ZH } from '@aftersales/contracts';
import { serviceAudit, type AuditEvidence } from '@aftersales/event-store';
import type { Money } from '@aftersales/kernel';
import { roleZh } from '@aftersales/platform';
import type { CustomerSignature, Urgency, WorkKind, Zone } from '../dispatch.vocabulary';
import type { PricedPartLine, VisitEvent } from './visit.events';

const signed = (s: CustomerSignature): AuditEvidence => ({
  kind: s.method,
  ref: `signed by ${s.signedBy} at ${s.signedAt}`,
});
const parts = (lines: readonly PricedPartLine[]) => lines.map((l) => `${l.qty}× ${l.partNo}`).join(', ');
// Dispatch's own vocabularies in the Chinese lines; typed, so a new value fails to compile.
const URGENCY_ZH: Record<Urgency, string> = { emergency: '紧急', standard: '常规', scheduled: '预约' };
const ZONE_ZH: Record<Zone, string> = {
  city: '市区',
  suburbs: '郊区',
  province: '省内',
  'outside-province': '省外',
};
const ASSIGNED_BY_ZH: Record<'dispatcher' | 'auto-assigner', string> = {
  dispatcher: '调度员',
  'auto-assigner': '自动派工',
};
const WORK_KIND_ZH: Record<WorkKind, string> = {
  travel: '路途',
  diagnosis: '故障诊断',
  'on-site-repair': '现场维修',
  'workshop-repair': '返厂维修',
  installation: '安装调试',
  maintenance: '维护保养',
  'customer-training': '客户培训',
};
const amount = (m: Money) => ({ amountMinor: m.amountMinor, currency: m.currency });

/**
 * AUD-2: how dispatch's visits tell a case's story. Visit streams are shown whole (most of their
 * events name only the visit); engineer streams never name a case.
 */
export const dispatchAudit = serviceAudit<VisitEvent>({
  caseStreams: ['visit'],
  describe: {
    VisitOpened: (d) => ({
      summary: `service request opened for ${d.product.model} ${d.product.serialNumber}, ${d.urgency}, zone ${d.customer.zone} (DSP-1)`,
      summaryZh: `开立服务请求：${d.product.model} ${d.product.serialNumber}，${URGENCY_ZH[d.urgency]}，${ZONE_ZH[d.customer.zone]}（DSP-1）`,
      kind: 'fact',
      reason: d.problem.description,
      refs: { visitId: d.visitId },
    }),
    AppointmentConfirmed: (d) => ({
      summary: `appointment confirmed for ${d.confirmedAt} (DSP-2)`,
      summaryZh: `已确认预约时间 ${d.confirmedAt}（DSP-2）`,
      kind: 'decision',
    }),
    ServiceClassRecorded: (d) => ({
      summary: `service class ${d.serviceClass} recorded (CLM-3)`,
      summaryZh: `记录服务类别：${SERVICE_CLASS_ZH[d.serviceClass]}（CLM-3）`,
      kind: 'fact',
    }),
    EngineerAssigned: (d) => ({
      summary: `engineer ${d.engineerId} assigned by the ${d.assignedBy} (DSP-1)`,
      summaryZh: `${ASSIGNED_BY_ZH[d.assignedBy]}派工程师 ${d.engineerId}（DSP-1）`,
      kind: 'decision',
      ...(d.reason ? { reason: d.reason } : {}),
      refs: { visitId: d.visitId, engineerId: d.engineerId },
    }),
    EngineerReassigned: (d) => ({
      summary: `reassigned from ${d.previousEngineerId} to ${d.engineerId} by the ${d.assignedBy}`,
      summaryZh: `${ASSIGNED_BY_ZH[d.assignedBy]}将任务由 ${d.previousEngineerId} 改派给 ${d.engineerId}`,
      kind: 'decision',
      reason: d.reason,
      refs: { visitId: d.visitId, engineerId: d.engineerId },
    }),
    RequestFlaggedForMorningDispatch: (d) => ({
      summary: `left undispatched: first in the queue at ${d.dispatchFirstAt} (DSP-5)`,
      summaryZh: `暂未派工：${d.dispatchFirstAt} 优先派工（DSP-5）`,
      kind: 'fact',
    }),
    VisitStarted: (d) => ({
      summary: `engineer ${d.engineerId} departed (DSP-3)`,
      summaryZh: `工程师 ${d.engineerId} 已出发（DSP-3）`,
      kind: 'fact',
    }),
    EngineerArrived: (d) => ({
      summary: `engineer ${d.engineerId} arrived after ${d.travelMinutes} min${d.withinDeadline === undefined ? '' : d.withinDeadline ? ', within the arrival deadline' : ', after the arrival deadline'} (DSP-2)`,
      summaryZh: `工程师 ${d.engineerId} 路途 ${d.travelMinutes} 分钟后到达${d.withinDeadline === undefined ? '' : d.withinDeadline ? '，在到场期限内' : '，已超到场期限'}（DSP-2）`,
      kind: 'fact',
    }),
    ArrivalDeadlineMissed: (d) => ({
      summary: `arrival deadline ${d.dueAt} missed (DSP-2)`,
      summaryZh: `超过到场期限 ${d.dueAt}（DSP-2）`,
      kind: 'fact',
    }),
    FindingsRecorded: (d) => ({
      summary: 'on-site findings recorded (DSP-3)',
      summaryZh: '记录现场检查结果（DSP-3）',
      kind: 'decision',
      reason: d.findings,
    }),
    WorkDoneRecorded: (d) => ({
      summary: 'work done recorded (DSP-3)',
      summaryZh: '记录处理内容（DSP-3）',
      kind: 'fact',
      reason: d.workDone,
    }),
    PartsUsedOnVisit: (d) => ({
      summary: `parts used: ${parts(d.parts)}`,
      summaryZh: `使用配件：${parts(d.parts)}`,
      kind: 'fact',
    }),
    PartsShortfallRecorded: (d) => ({
      summary: `parts short in ${d.engineerId}'s stock: ${d.short.map((s) => s.partNo).join(', ')}`,
      summaryZh: `${d.engineerId} 的备件库存不足：${d.short.map((s) => s.partNo).join('、')}`,
      kind: 'fact',
    }),
    LabourRecorded: (d) => ({
      summary: `${d.minutes} min of ${d.workKind} by ${d.engineerId}`,
      summaryZh: `${d.engineerId} ${WORK_KIND_ZH[d.workKind]} ${d.minutes} 分钟`,
      kind: 'fact',
    }),
    CostIncurred: (d) => ({
      summary: `cost ${d.category}: ${d.description}, borne ${d.bearer === 'by-attribution' ? 'by the attribution in force' : `by the ${d.bearer}`} (FIN-1, FIN-2)`,
      summaryZh: `费用 ${COST_CATEGORY_ZH[d.category]}：${d.description}，由${BEARER_ZH[d.bearer]}承担（FIN-1、FIN-2）`,
      kind: 'fact',
      refs: { costId: d.costId, visitId: d.visitId },
      money: [{ kind: 'cost-recorded', amount: amount(d.amount) }],
    }),
    VisitCompleted: (d) => ({
      summary: `visit completed${d.firstTimeFix ? ', fixed first time' : ', not fixed first time'}; service voucher ${d.voucherNo} (DSP-3)`,
      summaryZh: `上门服务完成${d.firstTimeFix ? '，一次修复' : '，未能一次修复'}；服务单 ${d.voucherNo}（DSP-3）`,
      kind: 'decision',
      reason: d.findings,
      evidence: [signed(d.signature)],
      refs: { voucherNo: d.voucherNo },
    }),
    ProductTakenBack: (d) => ({
      summary: `product taken back: receipt ${d.receiptNo}, register ${d.registerEntryNo}, repair card ${d.repairCardNo} (DSP-4)`,
      summaryZh: `产品带回维修：收据 ${d.receiptNo}，登记 ${d.registerEntryNo}，维修卡 ${d.repairCardNo}（DSP-4）`,
      kind: 'decision',
      reason: d.symptom.findings,
      refs: { receiptNo: d.receiptNo, repairCardNo: d.repairCardNo },
    }),
    RepairCardEntryRecorded: (d) => ({
      summary: `repair card ${d.repairCardNo}: ${d.minutes} min${d.parts.length ? `, ${parts(d.parts)}` : ''} (DSP-4)`,
      summaryZh: `维修卡 ${d.repairCardNo}：${d.minutes} 分钟${d.parts.length ? `，${parts(d.parts)}` : ''}（DSP-4）`,
      kind: 'fact',
      ...(d.note ? { reason: d.note } : {}),
    }),
    RepairCompleted: (d) => ({
      summary: `repair completed in ${d.totalMinutes} min (DSP-4)`,
      summaryZh: `维修完成，共 ${d.totalMinutes} 分钟（DSP-4）`,
      kind: 'decision',
      reason: d.outcome,
    }),
    ProductReturnedToCustomer: (d) => ({
      summary: `product returned to the customer, receipt ${d.receiptNo} voided (DSP-4)`,
      summaryZh: `产品已送还客户，收据 ${d.receiptNo} 作废（DSP-4）`,
      kind: 'fact',
      evidence: [signed(d.signature)],
    }),
    RepairPromised: (d) => ({
      summary: `repair promised by ${d.promisedBy}`,
      summaryZh: `承诺 ${d.promisedBy} 前修复`,
      kind: 'decision',
    }),
    RepairEscalated: (d) => ({
      summary: `repair promised by ${d.promisedBy} escalated to the ${d.escalatedTo} (DSP-5)`,
      summaryZh: `承诺 ${d.promisedBy} 前的修复已上报${roleZh(d.escalatedTo)}（DSP-5）`,
      kind: 'fact',
    }),
    ServiceFeeCollected: (d) => ({
      summary: `service fee collected, receipt ${d.receiptNo} (DSP-7)`,
      summaryZh: `已收取服务费，收据 ${d.receiptNo}（DSP-7）`,
      kind: 'fact',
      decidedBy: { userId: d.collectedBy, role: 'engineer' },
      money: [{ kind: 'collected', amount: amount(d.amount) }],
    }),
    InvoiceRequested: (d) => ({
      summary: `invoice requested for ${d.invoiceDate}: ${d.description} (FIN-5)`,
      summaryZh: `申请开票，开票日期 ${d.invoiceDate}：${d.description}（FIN-5）`,
      kind: 'fact',
      money: [{ kind: 'invoiced', amount: amount(d.amount) }],
    }),
    VisitCancelled: (d) => ({
      summary: 'visit cancelled',
      summaryZh: '上门任务已取消',
      kind: 'decision',
      reason: d.reason,
    }),
  },
});
