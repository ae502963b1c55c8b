import type { CaseEvent, CaseRegistered } from './case.events';
import type { CaseKind, CaseStatus, Channel, Remedy, Severity } from './case.vocabulary';

export type CaseState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly caseId: string;
      readonly caseNumber: string;
      readonly branch: string;
      readonly channel: Channel;
      readonly kind: CaseKind;
      readonly severity: Severity;
      readonly status: CaseStatus;
      readonly registeredAt: string;
      readonly responseDueAt: string;
      readonly resolutionDueAt: string;
      readonly respondedAt?: string;
      readonly responseMissed: boolean;
      readonly resolutionMissed: boolean;
      readonly resolvedAt?: string;
      readonly closedAt?: string;
      readonly remedy?: Remedy;
      readonly vip: boolean;
      readonly followUpOwnerId?: string;
      readonly surveyId?: string;
      readonly surveyAnswered: boolean;
      readonly product: CaseRegistered['data']['product'];
      readonly symptomCode?: string;
      /** INT-11: set while the deadline clocks wait on the customer. */
      readonly pausedSince?: string;
      /** INT-11: time paused so far, not counted against the deadlines. */
      readonly pausedMs: number;
      /** Downstream event ids already on the timeline, so a redelivery adds nothing. */
      readonly timelineSourceIds: readonly string[];
    };

export type ExistingCase = Extract<CaseState, { exists: true }>;

export const initialCaseState: CaseState = { exists: false };

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseRegistered') {
    const d = event.data;
    return {
      exists: true,
      caseId: d.caseId,
      caseNumber: d.caseNumber,
      branch: d.branch,
      channel: d.channel,
      kind: d.kind,
      severity: d.severity,
      status: 'registered',
      registeredAt: d.registeredAt,
      responseDueAt: d.responseDueAt,
      resolutionDueAt: d.resolutionDueAt,
      responseMissed: false,
      resolutionMissed: false,
      vip: d.customer.vip,
      surveyAnswered: false,
      product: d.product,
      symptomCode: d.problem.symptomCode,
      pausedMs: 0,
      timelineSourceIds: [],
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'MajorCaseNotified':
      return state;
    case 'CaseClassified':
      return {
        ...state,
        kind: event.data.to.kind,
        severity: event.data.to.severity,
        responseDueAt: event.data.responseDueAt,
        resolutionDueAt: event.data.resolutionDueAt,
      };
    case 'CaseAccepted':
      return { ...state, status: 'accepted', remedy: event.data.remedy };
    case 'CaseRejected':
      return { ...state, status: 'rejected', remedy: undefined };
    case 'CaseResponded':
      return event.data.first ? { ...state, respondedAt: event.data.respondedAt } : state;
    case 'ResponseDeadlineMissed':
      return { ...state, responseMissed: true };
    case 'ResolutionDeadlineMissed':
      return { ...state, resolutionMissed: true };
    case 'FollowUpOwnerAssigned':
      return { ...state, followUpOwnerId: event.data.ownerId };
    case 'CaseResolved':
      return { ...state, status: 'resolved', resolvedAt: event.data.resolvedAt };
    case 'CaseClosed':
      return { ...state, status: 'closed', closedAt: event.data.closedAt, surveyId: event.data.surveyId };
    case 'SurveyAnswered':
      return { ...state, surveyAnswered: true };
    case 'ServiceFollowUpRequested':
      return state;
    case 'TimelineEntryRecorded':
      return { ...state, timelineSourceIds: [...state.timelineSourceIds, event.data.sourceEventId] };
    case 'DeadlineClockPaused':
      return { ...state, pausedSince: event.data.pausedAt };
    case 'DeadlineClockResumed':
      return {
        ...state,
        pausedSince: undefined,
        pausedMs: state.pausedMs + event.data.pausedMs,
        responseDueAt: event.data.responseDueAt ?? state.responseDueAt,
        resolutionDueAt: event.data.resolutionDueAt ?? state.resolutionDueAt,
      };
  }
}
