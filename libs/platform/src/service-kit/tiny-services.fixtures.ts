// Services written the way every service is: a declaration and its parts, nothing else.
// `ticketing` opens tickets (one aggregate, one read model, one timer, one public event);
// `notifier` reacts to ticketing's public event on its topic; `tally` reacts with a row per
// ticket, and has faults tests switch on. The kit's specs run them.
import { ContractRegistry } from '@aftersales/contracts';
import { AggregateCommands, type Aggregate, type Decider } from '@aftersales/cqrs';
import type { RecordedEvent } from '@aftersales/event-store';
import { requestContext, RuleViolation } from '@aftersales/kernel';
import { deriveEventId } from '@aftersales/messaging';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations } from '@aftersales/scheduling';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length } from 'class-validator';
import {
  Column,
  Entity,
  PrimaryColumn,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { Roles } from '../auth/auth.decorators';
import { EventSourcedServiceConfig, KafkaName } from '../config/config';
import { defineService, type ServiceInfrastructure } from './service-declaration';
import { SERVICE_RUNTIME } from './service-module';
import type { ServiceRuntime } from './service-runtime';

// ---- ticketing: the aggregate ----

type TicketCommand =
  { type: 'OpenTicket'; ticketId: string; title: string } | { type: 'MarkOverdue'; ticketId: string };
type TicketEvent =
  | { type: 'TicketOpened'; data: { ticketId: string; title: string; openedAt: string } }
  | { type: 'TicketOverdue'; data: { ticketId: string; at: string } };
type TicketState = { exists: false } | { exists: true; overdue: boolean };

const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState> = {
  initialState: { exists: false },
  evolve: (_state, event) =>
    event.type === 'TicketOpened' ? { exists: true, overdue: false } : { exists: true, overdue: true },
  decide(command, state, { now }) {
    if (command.type === 'OpenTicket') {
      if (state.exists) throw new RuleViolation('TKT-1', 'the ticket is open already');
      return [
        {
          type: 'TicketOpened',
          data: { ticketId: command.ticketId, title: command.title, openedAt: now.toISOString() },
        },
      ];
    }
    if (!state.exists || state.overdue) return [];
    return [{ type: 'TicketOverdue', data: { ticketId: command.ticketId, at: now.toISOString() } }];
  },
};

const ticket: Aggregate<TicketCommand, TicketEvent, TicketState, { now: Date }> = {
  category: 'ticket',
  idOf: (command) => command.ticketId,
  decider: ticketDecider,
  context: (now) => ({ now }),
};

// ---- ticketing: the read model, its migration, the timer follower ----

@Entity({ name: 'ticket_list', schema: 'ticketing' })
export class TicketRow {
  @PrimaryColumn({ name: 'ticket_id', type: 'text' })
  ticketId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'boolean' })
  overdue!: boolean;
}

export class TicketList1700000000000 implements MigrationInterface {
  name = 'TicketList1700000000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS ticketing`);
    await q.query(
      `CREATE TABLE ticketing.ticket_list (ticket_id text PRIMARY KEY, title text NOT NULL, overdue boolean NOT NULL)`,
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ticketing.ticket_list`);
  }
}

class TicketListProjection implements Projection {
  readonly name = 'ticketing.ticket-list';
  readonly version = 1;
  readonly streamPrefixes = ['ticket-'];
  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    for (const { type, data } of events) {
      const { ticketId, title } = data as { ticketId: string; title?: string };
      if (type === 'TicketOpened')
        await em.upsert(TicketRow, { ticketId, title: title!, overdue: false }, ['ticketId']);
      if (type === 'TicketOverdue') await em.update(TicketRow, { ticketId }, { overdue: true });
    }
  }
  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE ticketing.ticket_list');
  }
}

export const TICKET_OVERDUE = 'ticketing.ticket-overdue';

export class TicketingConfig extends EventSourcedServiceConfig {
  @IsString()
  TICKETING_TOPIC = 'aftersales.ticketing.events.v1';

  /** How long a ticket may stay open before it is overdue. */
  @Type(() => Number)
  @IsInt()
  OVERDUE_AFTER_MS = 0;
}

function ticketingParts({ store, clock, config }: ServiceInfrastructure<TicketingConfig, unknown>) {
  return { tickets: new AggregateCommands(store, ticket, clock, config.STATE_CACHE_SIZE) };
}
type TicketingRuntime = ServiceRuntime<TicketingConfig, unknown, ReturnType<typeof ticketingParts>>;

class OpenTicketDto {
  @IsString()
  @Length(1, 64)
  ticketId!: string;

  @IsString()
  @Length(1, 200)
  title!: string;
}

@Controller('tickets')
class TicketsController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: TicketingRuntime) {}

  @Post()
  @HttpCode(201)
  @Roles('intake-clerk')
  async open(@Body() body: OpenTicketDto): Promise<{ ticketId: string; position: number }> {
    const outcome = await this.runtime.tickets.execute({ type: 'OpenTicket', ...body });
    return { ticketId: body.ticketId, position: outcome.position };
  }
}

export const ticketingService = defineService({
  name: 'ticketing',
  config: TicketingConfig,
  streams: { published: ['ticket'] },
  settings: () => undefined,
  readModels: {
    entities: [TicketRow],
    migrations: [TicketList1700000000000],
    projections: () => [new TicketListProjection()],
  },
  parts: ticketingParts,
  followers: ({ timers, config }) => [
    {
      name: 'ticketing.overdue-timers',
      version: 1,
      streamPrefixes: ['ticket-'],
      eventTypes: ['TicketOpened'],
      reset: async () => undefined,
      apply: (events) =>
        applyTimerOperations(
          timers,
          events.map((e) => {
            const { ticketId, openedAt } = e.data as { ticketId: string; openedAt: string };
            return {
              op: 'schedule' as const,
              id: `ticket-${ticketId}:overdue`,
              kind: TICKET_OVERDUE,
              dueAt: new Date(Date.parse(openedAt) + config.OVERDUE_AFTER_MS),
              payload: { ticketId },
            };
          }),
        ),
    },
  ],
  // On /metrics as deadline misses when they record events: a ticket overdue.
  deadlines: [TICKET_OVERDUE],
  timers: {
    [TICKET_OVERDUE]:
      ({ parts }) =>
      (timer) =>
        parts.tickets.execute({
          type: 'MarkOverdue',
          ticketId: (timer.payload as { ticketId: string }).ticketId,
        }),
  },
  publicEvents: {
    topic: (config) => config.TICKETING_TOPIC,
    mapper: (event) =>
      event.type === 'TicketOpened'
        ? {
            type: 'ticketing.ticket-opened.v1',
            payload: { ticketId: (event.data as { ticketId: string }).ticketId },
          }
        : undefined,
  },
  http: { controllers: [TicketsController], providers: [] },
});

// ---- notifier: reacts to ticketing's public event ----

type NoticeEvent = { type: 'NoticeSent'; data: { ticketId: string } };
const noticeDecider: Decider<{ ticketId: string }, NoticeEvent, { exists: boolean }> = {
  initialState: { exists: false },
  evolve: () => ({ exists: true }),
  decide: (command, state) =>
    state.exists ? [] : [{ type: 'NoticeSent', data: { ticketId: command.ticketId } }],
};

export class NotifierConfig extends EventSourcedServiceConfig {
  @IsString()
  TICKETING_TOPIC = 'aftersales.ticketing.events.v1';

  @IsString()
  NOTIFIER_GROUP = 'notifier';
}

export const notifierService = defineService({
  name: 'notifier',
  config: NotifierConfig,
  streams: { published: [], internal: ['notice'] },
  settings: () => undefined,
  readModels: { entities: [], migrations: [], projections: () => [] },
  parts: ({ store, clock }) => ({
    notices: new AggregateCommands(
      store,
      {
        category: 'notice',
        idOf: (c: { ticketId: string }) => c.ticketId,
        decider: noticeDecider,
        context: (now) => ({ now }),
      },
      clock,
    ),
  }),
  reactions: [
    {
      name: 'tickets',
      topics: (config) => [config.TICKETING_TOPIC],
      groupId: (config) => config.NOTIFIER_GROUP,
      handler:
        ({ parts }) =>
        async (event) => {
          if (event.type !== 'ticketing.ticket-opened.v1') return;
          const { ticketId } = event.payload as { ticketId: string };
          await requestContext.with({ causationId: event.id }, () =>
            parts.notices.execute({ ticketId }, { eventIds: (i) => deriveEventId(event.id, `notice#${i}`) }),
          );
        },
    },
  ],
  http: { controllers: [], providers: [] },
});

// ---- tally: a reaction writing one row per ticket opened (dead letters, consumer lag) ----

/**
 * What tests do to the tally's reaction: throw for the tickets in `broken` (a bug, "fixed" by
 * taking them out), wait for the tickets in `held` until their promise settles (a slow partition).
 */
export const tallyFaults = { broken: new Set<string>(), held: new Map<string, Promise<void>>() };

export class TallyConfig extends EventSourcedServiceConfig {
  @KafkaName()
  TICKETING_TOPIC = 'aftersales.ticketing.events.v1';

  @KafkaName()
  TALLY_GROUP = 'tally';
}

export class TallyTable1700000000001 implements MigrationInterface {
  name = 'TallyTable1700000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS tally`);
    // No key: applying one event twice would show as two rows.
    await q.query(`CREATE TABLE tally.effects (ticket_id text NOT NULL, event_id text NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tally.effects`);
  }
}

/** A service whose one reaction writes a row per ticket opened, in the inbox's transaction. */
export const tallyService = defineService({
  name: 'tally',
  config: TallyConfig,
  streams: { published: [] },
  settings: () => undefined,
  readModels: { entities: [], migrations: [TallyTable1700000000001], projections: () => [] },
  parts: () => ({}),
  reactions: [
    {
      name: 'tickets',
      topics: (config) => [config.TICKETING_TOPIC],
      groupId: (config) => config.TALLY_GROUP,
      handler: () => async (event, tx) => {
        const { ticketId } = event.payload as { ticketId: string };
        await tallyFaults.held.get(ticketId);
        if (tallyFaults.broken.has(ticketId))
          throw new TypeError(`cannot read properties of undefined (ticket ${ticketId})`);
        await tx.query(`INSERT INTO tally.effects (ticket_id, event_id) VALUES ($1, $2)`, [
          ticketId,
          event.id,
        ]);
      },
    },
  ],
  http: { controllers: [], providers: [] },
});

export const tinyContracts = new ContractRegistry([
  {
    type: 'ticketing.ticket-opened.v1',
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://aftersales.example.com/contracts/schemas/test/ticket-opened.v1.schema.json',
      title: 'ticketing.ticket-opened.v1',
      type: 'object',
      additionalProperties: false,
      required: ['ticketId'],
      properties: { ticketId: { type: 'string' } },
    },
  },
]);
