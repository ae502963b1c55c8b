import type { IntakePublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { PublicEvent, PublicEventMapper } from '@aftersales/messaging';
import type { CaseEvent } from '../case/case.events';
import type { RecurrenceEvent } from '../recurrence/recurrence.decider';

type Internal = CaseEvent | RecurrenceEvent;
type PublicOf = {
  [T in keyof IntakePublicEvents]: { type: T; payload: IntakePublicEvents[T]; key?: string };
}[keyof IntakePublicEvents];

/** Internal events that stay inside intake, and why. */
export const PRIVATE_EVENTS: Readonly<Record<string, string>> = {
  FollowUpOwnerAssigned: 'names a staff member; downstream needs no owner',
  ServiceFollowUpRequested: 'the follow-up is published as the linked case-registered',
  TimelineEntryRecorded: 'echoes other services’ own public events',
  FoundedCaseCounted: 'bookkeeping of INT-9; the alert is public',
  DeadlineClockPaused: 'INT-11 bookkeeping; deadline outcomes (responded in time, missed) are public',
  DeadlineClockResumed: 'INT-11 bookkeeping; deadline outcomes (responded in time, missed) are public',
};

/**
 * Internal → versioned public contract (STYLE.md: integration events distinct from domain
 * events). Personal data never leaves: the customer is named by id only (AUD-4).
 */
export function toPublic(event: Internal): PublicOf | undefined {
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
          product: d.product,
          problem: d.problem,
          priority: d.priority,
          responseDueAt: d.responseDueAt,
          resolutionDueAt: d.resolutionDueAt,
          ...(d.followUpOf ? { followUpOf: d.followUpOf.caseId } : {}),
        },
      };
    }
    case 'MajorCaseNotified':
      return { type: 'intake.major-case-notified.v1', payload: event.data };
    case 'CaseClassified':
      return { type: 'intake.case-classified.v1', payload: event.data };
    case 'CaseAccepted':
      return { type: 'intake.case-accepted.v1', payload: event.data };
    case 'CaseRejected':
      return { type: 'intake.case-rejected.v1', payload: event.data };
    case 'CaseResponded': {
      const { caseId, respondedAt, first, withinDeadline } = event.data;
      return { type: 'intake.case-responded.v1', payload: { caseId, respondedAt, first, withinDeadline } };
    }
    case 'ResponseDeadlineMissed':
      return { type: 'intake.response-deadline-missed.v1', payload: event.data };
    case 'ResolutionDeadlineMissed':
      return { type: 'intake.resolution-deadline-missed.v1', payload: event.data };
    case 'CaseResolved':
      return { type: 'intake.case-resolved.v1', payload: event.data };
    case 'CaseClosed': {
      const { caseId, outcome, closedAt, confirmation, surveyId } = event.data;
      return {
        type: 'intake.case-closed.v1',
        payload: {
          caseId,
          outcome,
          closedAt,
          surveyId,
          confirmation: { method: confirmation.method, signedAt: confirmation.signedAt },
        },
      };
    }
    case 'SurveyAnswered':
      return { type: 'intake.survey-answered.v1', payload: event.data };
    case 'RecurringProblemDetected': {
      const { key, ...rest } = event.data;
      // Keyed by the problem: its alerts stay in order on one partition.
      return {
        type: 'intake.recurring-problem-detected.v1',
        payload: { problemKey: key, ...rest },
        key: `recurrence-${key}`,
      };
    }
    case 'FollowUpOwnerAssigned':
    case 'ServiceFollowUpRequested':
    case 'TimelineEntryRecorded':
    case 'FoundedCaseCounted':
    case 'DeadlineClockPaused':
    case 'DeadlineClockResumed':
      return undefined;
  }
}

export const intakePublicEvents: PublicEventMapper = (recorded: RecordedEvent): PublicEvent | undefined =>
  toPublic({ type: recorded.type, data: recorded.data } as Internal);
