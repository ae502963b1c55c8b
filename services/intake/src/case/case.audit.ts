import { serviceAudit } from '@aftersales/event-store';
import type { RecurrenceEvent } from '../recurrence/recurrence.decider';
import type { CaseEvent } from './case.events';

/** AUD-2: how intake's events tell a case's story; case streams are shown whole, a recurrence stream only where it counts this case. */
export const intakeAudit = serviceAudit<CaseEvent | RecurrenceEvent>({
  caseStreams: ['case'],
  describe: {
    CaseRegistered: (d) => ({
      summary: `case ${d.caseNumber} registered: ${d.kind}, ${d.severity}, via ${d.channel}; product ${d.product.model} serial ${d.product.serialNumber}`,
      kind: 'decision',
      reason: d.problem.description,
      refs: { caseNumber: d.caseNumber, serial: d.product.serialNumber, customerId: d.customer.customerId },
    }),
    MajorCaseNotified: (d) => ({
      summary: `major case: ${d.notifyRoles.join(', ')} notified (INT-3)`,
      kind: 'fact',
      reason: d.reason,
    }),
    CaseClassified: (d) => ({
      summary: `reclassified from ${d.from.kind}/${d.from.severity} to ${d.to.kind}/${d.to.severity}${d.costsRecoveredFrom ? ', costs recovered from the customer' : ''} (INT-2)`,
      kind: 'decision',
      reason: d.reason,
    }),
    CaseAccepted: (d) => ({
      summary: `accepted as ${d.kind}${d.remedy ? `, remedy ${d.remedy}` : ''}${d.overturn ? `, overturning the earlier ${d.overturn.previous}` : ''} (INT-6, ORG-2)`,
      kind: 'decision',
      ...(d.overturn ? { reason: d.overturn.reason } : d.note ? { reason: d.note } : {}),
    }),
    CaseRejected: (d) => ({
      summary: `rejected as unfounded${d.overturn ? `, overturning the earlier ${d.overturn.previous}` : ''} (INT-6)`,
      kind: 'decision',
      reason: d.overturn ? `${d.explanation} — ${d.overturn.reason}` : d.explanation,
    }),
    CaseResponded: (d) => ({
      summary: `${d.first ? 'first substantive answer' : 'answer'} to the customer${d.first ? (d.withinDeadline ? ', within the response deadline' : ', after the response deadline') : ''} (INT-4)`,
      kind: 'decision',
      reason: d.response,
    }),
    ResponseDeadlineMissed: (d) => ({ summary: `response deadline ${d.dueAt} missed (INT-4)`, kind: 'fact' }),
    ResolutionDeadlineMissed: (d) => ({
      summary: `resolution deadline ${d.dueAt} missed (INT-5)`,
      kind: 'fact',
    }),
    FollowUpOwnerAssigned: (d) => ({
      summary: `follow-up owner ${d.ownerId} assigned (INT-10)`,
      kind: 'decision',
      refs: { ownerId: d.ownerId },
    }),
    CaseResolved: (d) => ({
      summary: `resolved${d.withinDeadline ? ' within' : ' after'} the resolution deadline (INT-5)`,
      kind: 'decision',
      reason: d.outcome,
    }),
    CaseClosed: (d) => ({
      summary: `closed with the customer's ${d.confirmation.method} (INT-8); survey ${d.surveyId} sent`,
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
      kind: 'fact',
      ...(d.comment ? { reason: d.comment } : {}),
    }),
    ServiceFollowUpRequested: (d) => ({
      summary: `follow-up case ${d.followUpCaseId} opened for the ${d.handledByRole} (INT-8)`,
      kind: 'decision',
      reason: d.complaint,
      refs: { followUpCaseId: d.followUpCaseId },
    }),
    TimelineEntryRecorded: (d) => ({
      summary: `timeline: ${d.source} — ${d.summary}`,
      kind: 'fact',
      refs: { sourceEventId: d.sourceEventId },
    }),
    DeadlineClockPaused: (d) => ({
      summary: `deadline clocks paused: ${d.reason} (INT-11)`,
      kind: 'decision',
      ...(d.note ? { reason: d.note } : {}),
    }),
    DeadlineClockResumed: (d) => ({
      summary: `deadline clocks resumed after ${Math.round(d.pausedMs / 60_000)} min (INT-11)`,
      kind: 'fact',
    }),
    FoundedCaseCounted: (d) => ({
      summary: `counted towards recurring problems of ${d.model} / ${d.symptomCode} (INT-9)`,
      kind: 'fact',
    }),
    RecurringProblemDetected: (d) => ({
      summary: `recurring problem ${d.model} / ${d.symptomCode}: ${d.caseIds.length} cases; ${d.notifyRoles.join(', ')} alerted (INT-9)`,
      kind: 'fact',
    }),
  },
});
