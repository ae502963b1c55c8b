import { CASE_KIND_ZH, CHANNEL_ZH, REMEDY_ZH, SEVERITY_ZH } from '@aftersales/contracts';
import { serviceAudit } from '@aftersales/event-store';
import { roleZh } from '@aftersales/platform';
import type { RecurrenceEvent } from '../recurrence/recurrence.decider';
import type { CaseEvent, CustomerConfirmation } from './case.events';
import type { PauseReason, SurveyQuestion } from './case.vocabulary';

// Intake's own vocabularies in the Chinese lines; typed, so a new value fails to compile.
const DECISION_ZH: Record<'accepted' | 'rejected', string> = { accepted: '受理', rejected: '不予受理' };
const CONFIRMATION_ZH: Record<CustomerConfirmation['method'], string> = {
  signature: '签字',
  'e-signature': '电子签名',
};
const PAUSE_REASON_ZH: Record<PauseReason, string> = {
  'information-requested': '已向客户索要资料',
  'customer-unavailable': '客户无法联系',
};
const SURVEY_QUESTION_ZH: Record<SurveyQuestion, string> = {
  attitude: '服务态度',
  skill: '技术水平',
  arrivalTime: '到达及时',
  keepingPromises: '信守承诺',
};

/** AUD-2: how intake's events tell a case's story; case streams are shown whole, a recurrence stream only where it counts this case. */
export const intakeAudit = serviceAudit<CaseEvent | RecurrenceEvent>({
  caseStreams: ['case'],
  describe: {
    CaseRegistered: (d) => ({
      summary: `case ${d.caseNumber} registered: ${d.kind}, ${d.severity}, via ${d.channel}; product ${d.product.model} serial ${d.product.serialNumber}`,
      summaryZh: `案件 ${d.caseNumber} 登记：${CASE_KIND_ZH[d.kind]}，${SEVERITY_ZH[d.severity]}，经${CHANNEL_ZH[d.channel]}；产品 ${d.product.model} 序列号 ${d.product.serialNumber}`,
      kind: 'decision',
      reason: d.problem.description,
      refs: { caseNumber: d.caseNumber, serial: d.product.serialNumber, customerId: d.customer.customerId },
    }),
    MajorCaseNotified: (d) => ({
      summary: `major case: ${d.notifyRoles.join(', ')} notified (INT-3)`,
      summaryZh: `重特大案件：已通报${d.notifyRoles.map(roleZh).join('、')}（INT-3）`,
      kind: 'fact',
      reason: d.reason,
    }),
    CaseClassified: (d) => ({
      summary: `reclassified from ${d.from.kind}/${d.from.severity} to ${d.to.kind}/${d.to.severity}${d.costsRecoveredFrom ? ', costs recovered from the customer' : ''} (INT-2)`,
      summaryZh: `由${CASE_KIND_ZH[d.from.kind]}/${SEVERITY_ZH[d.from.severity]}重新分类为${CASE_KIND_ZH[d.to.kind]}/${SEVERITY_ZH[d.to.severity]}${d.costsRecoveredFrom ? '，费用向客户追回' : ''}（INT-2）`,
      kind: 'decision',
      reason: d.reason,
    }),
    CaseAccepted: (d) => ({
      summary: `accepted as ${d.kind}${d.remedy ? `, remedy ${d.remedy}` : ''}${d.overturn ? `, overturning the earlier ${d.overturn.previous}` : ''} (INT-6, ORG-2)`,
      summaryZh: `作为${CASE_KIND_ZH[d.kind]}受理${d.remedy ? `，处理方式${REMEDY_ZH[d.remedy]}` : ''}${d.overturn ? `，推翻此前的${DECISION_ZH[d.overturn.previous]}决定` : ''}（INT-6、ORG-2）`,
      kind: 'decision',
      ...(d.overturn ? { reason: d.overturn.reason } : d.note ? { reason: d.note } : {}),
    }),
    CaseRejected: (d) => ({
      summary: `rejected as unfounded${d.overturn ? `, overturning the earlier ${d.overturn.previous}` : ''} (INT-6)`,
      summaryZh: `投诉不成立，不予受理${d.overturn ? `，推翻此前的${DECISION_ZH[d.overturn.previous]}决定` : ''}（INT-6）`,
      kind: 'decision',
      reason: d.overturn ? `${d.explanation} — ${d.overturn.reason}` : d.explanation,
    }),
    CaseResponded: (d) => ({
      summary: `${d.first ? 'first substantive answer' : 'answer'} to the customer${d.first ? (d.withinDeadline ? ', within the response deadline' : ', after the response deadline') : ''} (INT-4)`,
      summaryZh: `${d.first ? '首次实质性答复' : '答复'}客户${d.first ? (d.withinDeadline ? '，在响应期限内' : '，已超响应期限') : ''}（INT-4）`,
      kind: 'decision',
      reason: d.response,
    }),
    ResponseDeadlineMissed: (d) => ({
      summary: `response deadline ${d.dueAt} missed (INT-4)`,
      summaryZh: `超过响应期限 ${d.dueAt}（INT-4）`,
      kind: 'fact',
    }),
    ResolutionDeadlineMissed: (d) => ({
      summary: `resolution deadline ${d.dueAt} missed (INT-5)`,
      summaryZh: `超过处理期限 ${d.dueAt}（INT-5）`,
      kind: 'fact',
    }),
    FollowUpOwnerAssigned: (d) => ({
      summary: `follow-up owner ${d.ownerId} assigned (INT-10)`,
      summaryZh: `指定跟踪负责人 ${d.ownerId}（INT-10）`,
      kind: 'decision',
      refs: { ownerId: d.ownerId },
    }),
    CaseResolved: (d) => ({
      summary: `resolved${d.withinDeadline ? ' within' : ' after'} the resolution deadline (INT-5)`,
      summaryZh: `${d.withinDeadline ? '在处理期限内' : '超过处理期限后'}处理完毕（INT-5）`,
      kind: 'decision',
      reason: d.outcome,
    }),
    CaseClosed: (d) => ({
      summary: `closed with the customer's ${d.confirmation.method} (INT-8); survey ${d.surveyId} sent`,
      summaryZh: `经客户${CONFIRMATION_ZH[d.confirmation.method]}确认结案（INT-8）；已发送回访问卷 ${d.surveyId}`,
      kind: 'decision',
      reason: d.outcome,
      evidence: [
        {
          kind: d.confirmation.method,
          ref: `signed by ${d.confirmation.signedBy} at ${d.confirmation.signedAt}`,
        },
      ],
      refs: { surveyId: d.surveyId },
    }),
    SurveyAnswered: (d) => ({
      summary: `survey answered: ${Object.entries(d.scores)
        .map(([q, s]) => `${q} ${s}`)
        .join(', ')}${d.complaintAboutService ? '; a complaint about the service' : ''} (INT-8)`,
      summaryZh: `回访问卷已答复：${Object.entries(d.scores)
        .map(([q, s]) => `${SURVEY_QUESTION_ZH[q as SurveyQuestion]} ${s}`)
        .join('，')}${d.complaintAboutService ? '；对服务有投诉' : ''}（INT-8）`,
      kind: 'fact',
      ...(d.comment ? { reason: d.comment } : {}),
    }),
    ServiceFollowUpRequested: (d) => ({
      summary: `follow-up case ${d.followUpCaseId} opened for the ${d.handledByRole} (INT-8)`,
      summaryZh: `已为${roleZh(d.handledByRole)}开立跟进案件 ${d.followUpCaseId}（INT-8）`,
      kind: 'decision',
      reason: d.complaint,
      refs: { followUpCaseId: d.followUpCaseId },
    }),
    TimelineEntryRecorded: (d) => ({
      summary: `timeline: ${d.source} — ${d.summary}`,
      summaryZh: `时间线：${d.source} — ${d.summaryZh ?? d.summary}`,
      kind: 'fact',
      refs: { sourceEventId: d.sourceEventId },
    }),
    DeadlineClockPaused: (d) => ({
      summary: `deadline clocks paused: ${d.reason} (INT-11)`,
      summaryZh: `期限计时暂停：${PAUSE_REASON_ZH[d.reason]}（INT-11）`,
      kind: 'decision',
      ...(d.note ? { reason: d.note } : {}),
    }),
    DeadlineClockResumed: (d) => ({
      summary: `deadline clocks resumed after ${Math.round(d.pausedMs / 60_000)} min (INT-11)`,
      summaryZh: `暂停 ${Math.round(d.pausedMs / 60_000)} 分钟后恢复期限计时（INT-11）`,
      kind: 'fact',
    }),
    FoundedCaseCounted: (d) => ({
      summary: `counted towards recurring problems of ${d.model} / ${d.symptomCode} (INT-9)`,
      summaryZh: `计入 ${d.model} / ${d.symptomCode} 的重复问题统计（INT-9）`,
      kind: 'fact',
    }),
    RecurringProblemDetected: (d) => ({
      summary: `recurring problem ${d.model} / ${d.symptomCode}: ${d.caseIds.length} cases; ${d.notifyRoles.join(', ')} alerted (INT-9)`,
      summaryZh: `重复问题 ${d.model} / ${d.symptomCode}：${d.caseIds.length} 个案件；已提醒${d.notifyRoles.map(roleZh).join('、')}（INT-9）`,
      kind: 'fact',
    }),
  },
});
