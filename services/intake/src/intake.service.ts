import { topicOf } from '@aftersales/contracts';
import { defineService } from '@aftersales/platform';
import { RegisterCaseController } from './case/register-case/register-case.http.controller';
import { ReclassifyCaseController } from './case/reclassify-case/reclassify-case.http.controller';
import { ReviewValidityController } from './case/review-validity/review-validity.http.controller';
import { OverturnReviewController } from './case/overturn-review/overturn-review.http.controller';
import { RespondToCustomerController } from './case/respond-to-customer/respond-to-customer.http.controller';
import { PauseClockController } from './case/pause-clock/pause-clock.http.controller';
import { AssignFollowUpOwnerController } from './case/assign-follow-up-owner/assign-follow-up-owner.http.controller';
import { ResolveCaseController } from './case/resolve-case/resolve-case.http.controller';
import { CloseCaseController } from './case/close-case/close-case.http.controller';
import { AnswerSurveyController } from './case/answer-survey/answer-survey.http.controller';
import { ComplaintRegisterController } from './case/complaint-register/complaint-register.http.controller';
import { CaseTimelineController } from './case/case-timeline/case-timeline.http.controller';
import { CaseTimelineHandler } from './case/case-timeline/case-timeline.query';
import { ChangeCaseHandler } from './case/change-case.handler';
import { intakeAudit } from './case/case.audit';
import { ComplaintRegisterRow } from './case/complaint-register/complaint-register.entity';
import { ComplaintRegisterProjection } from './case/complaint-register/complaint-register.projection';
import {
  ListCasesHandler,
  MonthlyComplaintSummaryHandler,
} from './case/complaint-register/complaint-register.queries';
import {
  DeadlineTimersProjection,
  RESOLUTION_DEADLINE,
  RESPONSE_DEADLINE,
  type DeadlineTimerPayload,
} from './case/deadlines/deadline-timers.projection';
import { RegisterCaseHandler } from './case/register-case/register-case.handler';
import { ForgetCustomerHandler } from './customer/forget-customer.handler';
import { ForgetCustomerController } from './customer/forget-customer.http.controller';
import { IntakeConfig } from './intake.config';
import { intakeParts, intakeSettings } from './intake.runtime';
import { IntakeRegister1763800000000 } from './migrations/1763800000000-intake-register';
import { RegisterKeyset1765000000000 } from './migrations/1765000000000-register-keyset';
import { RegisterCostsRecoveredFrom1764600000000 } from './migrations/1764600000000-register-costs-recovered-from';
import { intakePublicEvents } from './public-events/intake-public-events';
import { downstreamTimelineHandler } from './reactions/downstream-timeline';
import { IntakeReactions } from './reactions/intake-reactions';

/** Intake: complaints and service requests from registration to the satisfaction survey (INT-1..11). */
export const intakeService = defineService({
  name: 'intake',
  config: IntakeConfig,
  streams: { published: ['case', 'recurrence'] },
  settings: intakeSettings,
  readModels: {
    entities: [ComplaintRegisterRow],
    migrations: [
      IntakeRegister1763800000000,
      RegisterCostsRecoveredFrom1764600000000,
      RegisterKeyset1765000000000,
    ],
    projections: (settings) => [new ComplaintRegisterProjection(settings.zones)],
  },
  parts: intakeParts,
  followers: ({ timers, store, parts, settings, clock }) => [
    new DeadlineTimersProjection(timers),
    new IntakeReactions(store, parts.commands, parts.caseNumbers, settings.policy, settings.zones, clock),
  ],
  // On /metrics as deadline misses when they record events: a case's response or resolution deadline passed.
  deadlines: [RESPONSE_DEADLINE, RESOLUTION_DEADLINE],
  timers: {
    [RESPONSE_DEADLINE]:
      ({ parts }) =>
      (timer) =>
        parts.commands.execute({
          type: 'CheckResponseDeadline',
          caseId: (timer.payload as DeadlineTimerPayload).caseId,
        }),
    [RESOLUTION_DEADLINE]:
      ({ parts }) =>
      (timer) =>
        parts.commands.execute({
          type: 'CheckResolutionDeadline',
          caseId: (timer.payload as DeadlineTimerPayload).caseId,
        }),
  },
  publicEvents: {
    topic: (config) => config.INTAKE_EVENTS_TOPIC ?? topicOf('intake'),
    mapper: intakePublicEvents,
  },
  reactions: [
    {
      // Other services' milestones of a case join its timeline.
      name: 'downstream-timeline',
      topics: (config) => config.DOWNSTREAM_TOPICS.split(',').filter((topic) => topic.length > 0),
      groupId: (config) => config.DOWNSTREAM_CONSUMER_GROUP,
      handler: ({ parts }) => downstreamTimelineHandler(parts.commands),
    },
  ],
  audit: intakeAudit,
  http: {
    controllers: [
      RegisterCaseController,
      ReclassifyCaseController,
      ReviewValidityController,
      OverturnReviewController,
      RespondToCustomerController,
      PauseClockController,
      AssignFollowUpOwnerController,
      ResolveCaseController,
      CloseCaseController,
      AnswerSurveyController,
      ComplaintRegisterController,
      CaseTimelineController,
      ForgetCustomerController,
    ],
    providers: [
      RegisterCaseHandler,
      ChangeCaseHandler,
      ForgetCustomerHandler,
      ListCasesHandler,
      CaseTimelineHandler,
      MonthlyComplaintSummaryHandler,
    ],
  },
});
