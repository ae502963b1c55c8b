import { topicOf } from '@aftersales/contracts';
import { deriveEventId } from '@aftersales/messaging';
import { defineService } from '@aftersales/platform';
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
import { EngineersController } from './http/engineers.http.controller';
import { VisitQueriesController } from './http/visit-queries.http.controller';
import { VisitsController } from './http/visits.http.controller';
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
    migrations: [DispatchSchema1763900000000],
    projections: () => [new VisitListProjection()],
  },
  parts: dispatchParts,
  // DSP-3: a parts use leaves the engineer's stock as a reaction on the log, never a second write.
  followers: ({ timers, parts }) => [
    new VisitTimersProjection(timers),
    new PartsStockReaction(parts.commands),
  ],
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
  http: {
    controllers: [EngineersController, VisitsController, VisitQueriesController],
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
