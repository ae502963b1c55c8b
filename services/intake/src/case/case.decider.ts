import type { Decider } from '@aftersales/cqrs';
import type { CaseEvent } from './case.events';
import { evolveCase, initialCaseState, type CaseState } from './case.state';
import type { DecideContext } from './case.decide-context';
import { registerCase, type RegisterCase } from './register-case/register-case.decide';
import { reclassifyCase, type ReclassifyCase } from './reclassify-case/reclassify-case.decide';
import { reviewValidity, type ReviewValidity } from './review-validity/review-validity.decide';
import { overturnReview, type OverturnReview } from './overturn-review/overturn-review.decide';
import { respondToCustomer, type RespondToCustomer } from './respond-to-customer/respond-to-customer.decide';
import {
  checkResolutionDeadline,
  checkResponseDeadline,
  type CheckResolutionDeadline,
  type CheckResponseDeadline,
} from './deadlines/deadlines.decide';
import {
  assignFollowUpOwner,
  type AssignFollowUpOwner,
} from './assign-follow-up-owner/assign-follow-up-owner.decide';
import { resolveCase, type ResolveCase } from './resolve-case/resolve-case.decide';
import { closeCase, type CloseCase } from './close-case/close-case.decide';
import { answerSurvey, type AnswerSurvey } from './answer-survey/answer-survey.decide';
import { pauseClock, resumeClock, type PauseClock, type ResumeClock } from './pause-clock/pause-clock.decide';
import {
  recordTimelineEntry,
  type RecordTimelineEntry,
} from './record-timeline-entry/record-timeline-entry.decide';

export type CaseCommand =
  | RegisterCase
  | ReclassifyCase
  | ReviewValidity
  | OverturnReview
  | RespondToCustomer
  | CheckResponseDeadline
  | CheckResolutionDeadline
  | AssignFollowUpOwner
  | ResolveCase
  | CloseCase
  | AnswerSurvey
  | RecordTimelineEntry
  | PauseClock
  | ResumeClock;

export function decideCase(command: CaseCommand, state: CaseState, ctx: DecideContext): CaseEvent[] {
  switch (command.type) {
    case 'RegisterCase':
      return registerCase(command, state, ctx);
    case 'ReclassifyCase':
      return reclassifyCase(command, state, ctx);
    case 'ReviewValidity':
      return reviewValidity(command, state, ctx);
    case 'OverturnReview':
      return overturnReview(command, state, ctx);
    case 'RespondToCustomer':
      return respondToCustomer(command, state, ctx);
    case 'CheckResponseDeadline':
      return checkResponseDeadline(command, state, ctx);
    case 'CheckResolutionDeadline':
      return checkResolutionDeadline(command, state, ctx);
    case 'AssignFollowUpOwner':
      return assignFollowUpOwner(command, state, ctx);
    case 'ResolveCase':
      return resolveCase(command, state, ctx);
    case 'CloseCase':
      return closeCase(command, state, ctx);
    case 'AnswerSurvey':
      return answerSurvey(command, state, ctx);
    case 'RecordTimelineEntry':
      return recordTimelineEntry(command, state, ctx);
    case 'PauseClock':
      return pauseClock(command, state, ctx);
    case 'ResumeClock':
      return resumeClock(command, state, ctx);
  }
}

/** The case aggregate as a decider: stream category `case`. */
export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState, DecideContext> = {
  initialState: initialCaseState,
  evolve: evolveCase,
  decide: decideCase,
};

export function caseStreamId(caseId: string): string {
  return `case-${caseId}`;
}
