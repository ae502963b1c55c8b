import { topicOf } from '@aftersales/contracts';
import { deriveEventId } from '@aftersales/messaging';
import { defineService } from '@aftersales/platform';
import { dispatchAudit } from './visit/visit.audit';
import type { Timer } from '@aftersales/scheduling';
import { DailyVisitReportHandler } from './daily-report/daily-report.query';
import { END_OF_DAY_CHECK } from './deadlines/end-of-day.timer';
import {
  ARRIVAL_DEADLINE,
  REPAIR_ESCALATION,
  VisitTimersProjection,
  type VisitTimerPayload,
} from './deadlines/visit-timers.projection';
import { DispatchConfig } from './dispatch.config';
import { dispatchParts, dispatchSettings, type DispatchRuntime } from './dispatch.runtime';
import { ChangeEngineerHandler } from './engineer/change-engineer.handler';
import { GetEngineerHandler, ListEngineersHandler } from './engineer/engineer.queries';
import { RegisterEngineerHandler } from './engineer/register-engineer/register-engineer.handler';
import { RegisterEngineerController } from './engineer/register-engineer/register-engineer.http.controller';
import { EngineerQueriesController } from './engineer/engineer-queries.http.controller';
import { ChangeSkillsController } from './engineer/change-skills/change-skills.http.controller';
import { SetAvailabilityController } from './engineer/set-availability/set-availability.http.controller';
import { ReceivePartsController } from './engineer/receive-parts/receive-parts.http.controller';
import { VisitListController } from './visit/visit-list/visit-list.http.controller';
import { DailyReportController } from './daily-report/daily-report.http.controller';
import { OpenVisitController } from './visit/open-visit/open-visit.http.controller';
import { AssignEngineerController } from './visit/assign-engineer/assign-engineer.http.controller';
import { RecordDepartureController } from './visit/record-departure/record-departure.http.controller';
import { RecordArrivalController } from './visit/record-arrival/record-arrival.http.controller';
import { RecordVisitWorkController } from './visit/record-visit-work/record-visit-work.http.controller';
import { RecordCostController } from './visit/record-cost/record-cost.http.controller';
import { CompleteVisitController } from './visit/complete-visit/complete-visit.http.controller';
import { TakeBackController } from './visit/take-back/take-back.http.controller';
import { RepairCardController } from './visit/repair-card/repair-card.http.controller';
import { ReturnProductController } from './visit/return-product/return-product.http.controller';
import { RepairPromiseController } from './visit/repair-promise/repair-promise.http.controller';
import { PaidServiceController } from './visit/paid-service/paid-service.http.controller';
import { CancelVisitController } from './visit/cancel-visit/cancel-visit.http.controller';
import { VisitListKeyset1765000000000 } from './migrations/1765000000000-visit-list-keyset';
import { DispatchSchema1763900000000 } from './migrations/1763900000000-dispatch-schema';
import { dispatchPublicEvents } from './public-events/dispatch-public-events';
import { IntakeReactions } from './reactions/intake-reactions';
import { PartsStockReaction } from './reactions/parts-stock.reaction';
import { AutoAssignEngineerHandler } from './visit/assign-engineer/auto-assign.handler';
import { ChangeVisitHandler } from './visit/change-visit.handler';
import { OpenVisitHandler } from './visit/open-visit/open-visit.handler';
import { VisitListRow } from './visit/visit-list/visit-list.entity';
import { VisitListProjection } from './visit/visit-list/visit-list.projection';
import { ListVisitsHandler, VisitTimelineHandler } from './visit/visit-list/visit.queries';

/** A visit's deadline check appends at most once: its events' ids derive from the timer's id. */
const visitCheck =
  (type: 'CheckArrivalDeadline' | 'CheckRepairEscalation') =>
  ({ parts }: { parts: Pick<DispatchRuntime, 'commands'> }) =>
  (timer: Timer) =>
    parts.commands.visit(
      { type, visitId: (timer.payload as VisitTimerPayload).visitId },
      { eventIds: (i) => deriveEventId(timer.id, `${type}#${i}`) },
    );

/** Dispatch: engineers, visits, arrival deadlines, take-back repairs and daily reports (DSP-1..7). */
export const dispatchService = defineService({
  name: 'dispatch',
  config: DispatchConfig,
  // Only visit streams are public; engineer streams stay inside dispatch.
  streams: { published: ['visit'], internal: ['engineer'] },
  settings: dispatchSettings,
  readModels: {
    entities: [VisitListRow],
    migrations: [DispatchSchema1763900000000, VisitListKeyset1765000000000],
    projections: () => [new VisitListProjection()],
  },
  parts: dispatchParts,
  // DSP-3: a parts use leaves the engineer's stock as a reaction on the log, never a second write.
  followers: ({ timers, parts }) => [
    new VisitTimersProjection(timers),
    new PartsStockReaction(parts.commands),
  ],
  // On /metrics as deadline misses when they record events: an arrival deadline passed, a repair overran into escalation.
  deadlines: [ARRIVAL_DEADLINE, REPAIR_ESCALATION],
  timers: {
    [ARRIVAL_DEADLINE]: visitCheck('CheckArrivalDeadline'),
    [REPAIR_ESCALATION]: visitCheck('CheckRepairEscalation'),
    [END_OF_DAY_CHECK]: ({ parts }) => parts.endOfDay.fire,
  },
  // DSP-5: each branch's first close of day is armed at start (idempotent across replicas).
  onStart: ({ parts, clock }) => parts.endOfDay.arm(clock.now()),
  publicEvents: {
    topic: (config) => config.DISPATCH_EVENTS_TOPIC ?? topicOf('dispatch'),
    mapper: dispatchPublicEvents,
  },
  reactions: [
    {
      // Accepted repair cases open visits (DSP-1); intake's case facts are kept locally.
      name: 'intake',
      topics: (config) => [config.INTAKE_EVENTS_TOPIC ?? topicOf('intake')],
      groupId: (config) => config.DISPATCH_CONSUMER_GROUP,
      handler: ({ parts, settings, clock }) => new IntakeReactions(parts.commands, settings, clock).handle,
    },
  ],
  audit: dispatchAudit,
  http: {
    controllers: [
      RegisterEngineerController,
      EngineerQueriesController,
      ChangeSkillsController,
      SetAvailabilityController,
      ReceivePartsController,
      OpenVisitController,
      AssignEngineerController,
      RecordDepartureController,
      RecordArrivalController,
      RecordVisitWorkController,
      RecordCostController,
      CompleteVisitController,
      TakeBackController,
      RepairCardController,
      ReturnProductController,
      RepairPromiseController,
      PaidServiceController,
      CancelVisitController,
      VisitListController,
      DailyReportController,
    ],
    providers: [
      OpenVisitHandler,
      AutoAssignEngineerHandler,
      ChangeVisitHandler,
      RegisterEngineerHandler,
      ChangeEngineerHandler,
      ListVisitsHandler,
      VisitTimelineHandler,
      DailyVisitReportHandler,
      ListEngineersHandler,
      GetEngineerHandler,
    ],
  },
});
