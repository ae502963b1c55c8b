import { contracts, topicOf } from '@aftersales/contracts';
import { PostgresEventStore, type FlushStats } from '@aftersales/event-store';
import { requestContext, SYSTEM_ACTOR, systemClock, type Clock } from '@aftersales/kernel';
import {
  deriveEventId,
  InboxConsumer,
  brokerFor,
  Relay,
  type MessageProducer,
  type RelayOptions,
} from '@aftersales/messaging';
import { ProjectionRunner } from '@aftersales/projections';
import { TimerRunner, TimerStore, type Timer } from '@aftersales/scheduling';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { DispatchCommands } from '../commands/dispatch-commands';
import {
  ARRIVAL_DEADLINE,
  REPAIR_ESCALATION,
  VisitTimersProjection,
  type VisitTimerPayload,
} from '../deadlines/visit-timers.projection';
import { END_OF_DAY_CHECK, EndOfDayChecks } from '../deadlines/end-of-day.timer';
import { dispatchPublicEvents } from '../public-events/dispatch-public-events';
import { IntakeReactions } from '../reactions/intake-reactions';
import { PartsStockReaction } from '../reactions/parts-stock.reaction';
import { VisitListProjection } from '../visit/visit-list/visit-list.projection';
import { dispatchDataSource } from './data-source';
import { DISPATCH_SCHEMA, migrateDispatch } from './dispatch-migrations';
import type { DispatchSettings } from './dispatch-settings';

export interface DispatchRuntimeOptions {
  readonly databaseUrl: string;
  readonly eventStoreSchema: string;
  readonly settings: DispatchSettings;
  readonly clock?: Clock;
  readonly poolSize?: number;
  /** Apply the schema changes and create the topics at start (default); off where a migration job runs `migrateDispatch`. */
  readonly migrate?: boolean;
  /** Visits and engineers whose state is kept after this process wrote them (default 5,000; 0: none). */
  readonly stateCacheSize?: number;
  /** Projections and timers poll at least this often (LISTEN/NOTIFY wakes them sooner). */
  readonly idleMs?: number;
  readonly onError?: (what: string, error: unknown) => void;
  /** Told of every group commit of the event store (metrics). */
  readonly onFlush?: (flush: FlushStats) => void;
  /** Kafka for the relay and the intake consumer; without it neither runs (tests, standalone). */
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly partitions?: number;
    /** How the relay lets events gather between Kafka requests. */
    readonly relay?: Pick<RelayOptions, 'gatherMs' | 'gatherPerEventMs'>;
    /** Dispatch's public topic. */
    readonly topic?: string;
    /** Intake's public topic, consumed. */
    readonly intakeTopic?: string;
    readonly groupId?: string;
  };
}

/** Only visit streams are public; engineer streams stay inside dispatch. */
export const DISPATCH_CATEGORIES = ['visit'];

/**
 * Everything dispatch runs besides HTTP: the event store, its read-model database, projections,
 * the deadline timers, the intake consumer and the relay. Started and stopped as one.
 */
export class DispatchRuntime {
  private constructor(
    readonly store: PostgresEventStore,
    readonly dataSource: DataSource,
    readonly commands: DispatchCommands,
    readonly projections: ProjectionRunner,
    readonly timers: TimerStore,
    private readonly timerRunner: TimerRunner,
    readonly pool: Pool,
    readonly options: DispatchRuntimeOptions,
    readonly relay?: Relay,
    private readonly producer?: MessageProducer,
    readonly consumer?: InboxConsumer,
  ) {}

  get settings(): DispatchSettings {
    return this.options.settings;
  }

  static async start(options: DispatchRuntimeOptions): Promise<DispatchRuntime> {
    const clock = options.clock ?? systemClock;
    const onError = options.onError ?? ((what, error) => console.error(`${what}: ${String(error)}`));
    if (options.migrate ?? true) await migrateDispatch(options);
    const store = new PostgresEventStore({
      connectionString: options.databaseUrl,
      schema: options.eventStoreSchema,
      onFlush: options.onFlush,
    });
    const dataSource = dispatchDataSource(options.databaseUrl, options.poolSize);
    await dataSource.initialize();

    const pool = new Pool({ connectionString: options.databaseUrl, max: 4, connectionTimeoutMillis: 10_000 });
    // An idle connection closed by the server (restart, failover) is replaced, not fatal.
    pool.on('error', (error) => onError('database pool', error));
    const timers = new TimerStore({ pool, schema: DISPATCH_SCHEMA, clock });

    const commands = new DispatchCommands(store, options.settings.policy, clock, options.stateCacheSize);
    const projections = new ProjectionRunner({
      store,
      dataSource,
      schema: DISPATCH_SCHEMA,
      projections: [
        new VisitListProjection(),
        new VisitTimersProjection(timers),
        new PartsStockReaction(commands),
      ],
      idleMs: options.idleMs ?? 200,
      onError: (name, error) => onError(`projection ${name}`, error),
    });
    projections.start();

    // A timer appends at most once: its events' ids derive from the timer's id.
    const fire = (type: 'CheckArrivalDeadline' | 'CheckRepairEscalation') => async (timer: Timer) => {
      const { visitId } = timer.payload as VisitTimerPayload;
      await requestContext.run(
        {
          actor: SYSTEM_ACTOR,
          correlationId: timer.correlationId ?? randomUUID(),
          causationId: timer.id,
          branch: timer.branch,
        },
        () => commands.visit({ type, visitId }, { eventIds: (i) => deriveEventId(timer.id, `${type}#${i}`) }),
      );
    };
    const endOfDay = new EndOfDayChecks(timers, options.settings.policy, dataSource, commands);
    await endOfDay.arm(clock.now());
    const timerRunner = new TimerRunner({
      store: timers,
      clock,
      name: `dispatch-${randomUUID().slice(0, 8)}`,
      handlers: {
        [ARRIVAL_DEADLINE]: fire('CheckArrivalDeadline'),
        [REPAIR_ESCALATION]: fire('CheckRepairEscalation'),
        [END_OF_DAY_CHECK]: (timer: Timer) =>
          requestContext.run(
            { actor: SYSTEM_ACTOR, correlationId: randomUUID(), causationId: timer.id },
            () => endOfDay.fire(timer),
          ),
      },
      pollIntervalMs: options.idleMs ?? 1_000,
      onError: (error, timer) => onError(timer ? `timer ${timer.id}` : 'timer runner', error),
    });
    await timerRunner.start();

    let relay: Relay | undefined;
    let producer: MessageProducer | undefined;
    let consumer: InboxConsumer | undefined;
    if (options.kafka) {
      const broker = brokerFor(options.kafka.brokers, 'dispatch');
      const topic = options.kafka.topic ?? topicOf('dispatch');
      const intakeTopic = options.kafka.intakeTopic ?? topicOf('intake');
      producer = broker.producer();
      await producer.connect();
      relay = new Relay({
        service: 'dispatch',
        categories: DISPATCH_CATEGORIES,
        store,
        pool,
        schema: DISPATCH_SCHEMA,
        producer,
        topic,
        mapper: dispatchPublicEvents,
        contracts,
        ...options.kafka.relay,
        onError: (error) => onError('relay', error),
      });
      relay.start();

      const reactions = new IntakeReactions(commands, options.settings, clock);
      consumer = new InboxConsumer({
        broker,
        groupId: options.kafka.groupId ?? 'dispatch',
        topics: [intakeTopic],
        pool,
        schema: DISPATCH_SCHEMA,
        contracts,
        handler: reactions.handle,
        onDeadLetter: (message, error) =>
          onError(`intake event at offset ${message.offset} dead-lettered`, error),
      });
      await consumer.start();
    }
    // Appends anywhere wake the followers at once instead of at their next poll.
    await store.onAppended(() => {
      projections.poke();
      relay?.poke();
    });

    return new DispatchRuntime(
      store,
      dataSource,
      commands,
      projections,
      timers,
      timerRunner,
      pool,
      options,
      relay,
      producer,
      consumer,
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    await this.relay?.stop();
    await this.producer?.disconnect();
    await this.timerRunner.stop();
    await this.projections.stop();
    await this.store.close();
    await this.pool.end();
    await this.dataSource.destroy();
  }
}
