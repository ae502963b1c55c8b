import type { IntakePublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { CaseEvent } from '../case/case.events';
import type { RecurrenceEvent } from '../recurrence/recurrence.decider';

type Published = {
  [T in keyof IntakePublicEvents]: { type: T; payload: IntakePublicEvents[T]; key?: string };
}[keyof IntakePublicEvents];

/** Stream categories intake owns; its relay reads only these. */
export const INTAKE_CATEGORIES = ['case', 'recurrence'] as const;

/** Every public event type this mapper can produce (checked against contracts/ by the spec). */
export const INTAKE_PUBLISHED_TYPES: ReadonlyArray<keyof IntakePublicEvents> = [
  'intake.case-registered.v1',
  'intake.case-classified.v1',
  'intake.case-accepted.v1',
  'intake.case-rejected.v1',
  'intake.case-responded.v1',
  'intake.response-deadline-missed.v1',
  'intake.resolution-deadline-missed.v1',
  'intake.case-resolved.v1',
  'intake.case-closed.v1',
  'intake.survey-answered.v1',
  'intake.recurring-problem-detected.v1',
];

/** Contract dates are calendar dates; intake accepts any ISO 8601 and keeps what was given. */
const calendarDate = (value?: string) => value?.slice(0, 10);

/**
 * Internal intake events -> public contracts, or nothing for events that stay inside intake.
 * Fields are picked one by one: the customer's name, phone and address (AUD-4) and the signer's
 * name never leave; consumers get the customer id to refer to.
 */
export function toIntakePublicEvent(recorded: RecordedEvent): Published | undefined {
  const event = { type: recorded.type, data: recorded.data } as CaseEvent | RecurrenceEvent;
  switch (event.type) {
    case 'CaseRegistered': {
      const d = event.data;
      return {
        type: 'intake.case-registered.v1',
        payload: {
          caseId: d.caseId,
          caseNumber: d.caseNumber,
          branch: d.branch,
          channel: d.channel,
          kind: d.kind,
          severity: d.severity,
          registeredAt: d.registeredAt,
          customerId: d.customer.customerId,
          vip: d.customer.vip,
          product: {
            model: d.product.model,
            serialNumber: d.product.serialNumber,
            ...(d.product.purchaseDate ? { purchaseDate: calendarDate(d.product.purchaseDate) } : {}),
            ...(d.product.commissioningDate
              ? { commissioningDate: calendarDate(d.product.commissioningDate) }
              : {}),
          },
          problem: {
            description: d.problem.description,
            ...(d.problem.symptomCode ? { symptomCode: d.problem.symptomCode } : {}),
          },
          priority: d.priority,
          responseDueAt: d.responseDueAt,
          resolutionDueAt: d.resolutionDueAt,
          ...(d.followUpOf ? { followUpOf: d.followUpOf.caseId } : {}),
        },
      };
    }
    case 'CaseClassified': {
      const { caseId, from, to, reason, responseDueAt, resolutionDueAt } = event.data;
      return {
        type: 'intake.case-classified.v1',
        payload: { caseId, from, to, reason, responseDueAt, resolutionDueAt },
      };
    }
    case 'CaseAccepted': {
      const { caseId, kind, remedy, note, overturn } = event.data;
      return {
        type: 'intake.case-accepted.v1',
        payload: {
          caseId,
          kind,
          ...(remedy ? { remedy } : {}),
          ...(note ? { note } : {}),
          ...(overturn ? { overturn } : {}),
        },
      };
    }
    case 'CaseRejected': {
      const { caseId, explanation, overturn } = event.data;
      return {
        type: 'intake.case-rejected.v1',
        payload: { caseId, explanation, ...(overturn ? { overturn } : {}) },
      };
    }
    case 'CaseResponded': {
      const { caseId, respondedAt, first, withinDeadline } = event.data;
      return { type: 'intake.case-responded.v1', payload: { caseId, respondedAt, first, withinDeadline } };
    }
    case 'ResponseDeadlineMissed': {
      const { caseId, dueAt, detectedAt } = event.data;
      return { type: 'intake.response-deadline-missed.v1', payload: { caseId, dueAt, detectedAt } };
    }
    case 'ResolutionDeadlineMissed': {
      const { caseId, dueAt, detectedAt } = event.data;
      return { type: 'intake.resolution-deadline-missed.v1', payload: { caseId, dueAt, detectedAt } };
    }
    case 'CaseResolved': {
      const { caseId, outcome, resolvedAt, withinDeadline } = event.data;
      return { type: 'intake.case-resolved.v1', payload: { caseId, outcome, resolvedAt, withinDeadline } };
    }
    case 'CaseClosed': {
      const { caseId, outcome, closedAt, confirmation, surveyId } = event.data;
      return {
        type: 'intake.case-closed.v1',
        payload: {
          caseId,
          outcome,
          closedAt,
          confirmation: { method: confirmation.method, signedAt: confirmation.signedAt },
          surveyId,
        },
      };
    }
    case 'SurveyAnswered': {
      const { caseId, surveyId, scores, comment, complaintAboutService, answeredAt } = event.data;
      return {
        type: 'intake.survey-answered.v1',
        payload: {
          caseId,
          surveyId,
          scores: {
            attitude: scores.attitude,
            skill: scores.skill,
            arrivalTime: scores.arrivalTime,
            keepingPromises: scores.keepingPromises,
          },
          ...(comment ? { comment } : {}),
          complaintAboutService,
          answeredAt,
        },
      };
    }
    case 'RecurringProblemDetected': {
      const { key, model, symptomCode, caseIds, windowStart, windowEnd, notifyRoles } = event.data;
      return {
        type: 'intake.recurring-problem-detected.v1',
        key,
        payload: { problemKey: key, model, symptomCode, caseIds, windowStart, windowEnd, notifyRoles },
      };
    }
    case 'MajorCaseNotified':
    case 'FollowUpOwnerAssigned':
    case 'ServiceFollowUpRequested':
    case 'TimelineEntryRecorded':
    case 'FoundedCaseCounted':
      return undefined;
    default: {
      // A new internal event must be decided on here: public or not.
      const unhandled: never = event;
      throw new TypeError(`no public mapping decided for ${(unhandled as { type: string }).type}`);
    }
  }
}
