import { PostgresEventStore, type FlushStats } from '@aftersales/event-store';
import { requestContext, SYSTEM_ACTOR, systemClock, type Clock } from '@aftersales/kernel';
import { ProjectionRunner } from '@aftersales/projections';
import { TimerRunner, TimerStore, type Timer } from '@aftersales/scheduling';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { CaseCommands } from '../case/case-commands';
import type { CaseCommand } from '../case/case.decider';
import {
  ComplaintRegisterProjection,
  type BranchZones,
} from '../case/complaint-register/complaint-register.projection';
import {
  DeadlineTimersProjection,
  RESOLUTION_DEADLINE,
  RESPONSE_DEADLINE,
  type DeadlineTimerPayload,
} from '../case/deadlines/deadline-timers.projection';
import type { IntakePolicy } from '../case/intake-policy';
import { CaseNumberAllocator } from '../case/register-case/case-number.allocator';
import { intakeDataSource } from './data-source';
import { INTAKE_SCHEMA, migrateIntake } from './intake-migrations';
import { contracts, topicOf, type ContractRegistry } from '@aftersales/contracts';
import {
  brokerFor,
  InboxConsumer,
  Relay,
  type MessageProducer,
  type RelayOptions,
} from '@aftersales/messaging';
import { downstreamTimelineHandler } from '../reactions/downstream-timeline';
import { intakePublicEvents } from '../public-events/intake-public-events';
import { IntakeReactions } from '../reactions/intake-reactions';

export interface IntakeRuntimeOptions {
  readonly databaseUrl: string;
  readonly eventStoreSchema: string;
  readonly policy: IntakePolicy;
  readonly zones: BranchZones;
  readonly clock?: Clock;
  readonly caseNumberBlock?: number;
  /** Cases whose state is kept after this process wrote them (default 5,000; 0: none). */
  readonly stateCacheSize?: number;
  readonly poolSize?: number;
  /** Apply the schema changes and create the topics at start (default); off where a migration job runs `migrateIntake`. */
  readonly migrate?: boolean;
  /** Projections and timers poll at least this often (LISTEN/NOTIFY wakes them sooner). */
  readonly idleMs?: number;
  readonly onError?: (what: string, error: unknown) => void;
  /** Told of every group commit of the event store (metrics). */
  readonly onFlush?: (flush: FlushStats) => void;
  /** Kafka for the relay of public events; without it nothing is published (tests, standalone). */
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly partitions?: number;
    /** How the relay lets events gather between Kafka requests. */
    readonly relay?: Pick<RelayOptions, 'gatherMs' | 'gatherPerEventMs'>;
    readonly topic?: string;
    /** Other services' topics whose case events go on the case timeline. */
    readonly downstreamTopics?: readonly string[];
    readonly downstreamGroupId?: string;
    /** Defaults to every published contract; tests pass their own. */
    readonly contracts?: ContractRegistry;
  };
}

export const INTAKE_CATEGORIES = ['case', 'recurrence'];

/**
 * Everything intake runs besides HTTP: the event store, its read-model database, projections,
 * the case-number counters and the deadline timers. Started and stopped as one.
 */
export class IntakeRuntime {
  private constructor(
    readonly store: PostgresEventStore,
    readonly dataSource: DataSource,
    readonly commands: CaseCommands,
    readonly caseNumbers: CaseNumberAllocator,
    readonly projections: ProjectionRunner,
    readonly register: ComplaintRegisterProjection,
    readonly timers: TimerStore,
    private readonly timerRunner: TimerRunner,
    private readonly timerPool: Pool,
    readonly options: IntakeRuntimeOptions,
    readonly relay?: Relay,
    private readonly producer?: MessageProducer,
    readonly downstream?: InboxConsumer,
  ) {}

  static async start(options: IntakeRuntimeOptions): Promise<IntakeRuntime> {
    const clock = options.clock ?? systemClock;
    const onError = options.onError ?? ((what, error) => console.error(`${what}: ${String(error)}`));
    if (options.migrate ?? true) await migrateIntake(options);
    const store = new PostgresEventStore({
      connectionString: options.databaseUrl,
      schema: options.eventStoreSchema,
      onFlush: options.onFlush,
    });
    const dataSource = intakeDataSource(options.databaseUrl, options.poolSize);
    await dataSource.initialize();

    const timerPool = new Pool({
      connectionString: options.databaseUrl,
      max: 4,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection closed by the server (restart, failover) is replaced, not fatal.
    timerPool.on('error', (error) => onError('database pool', error));
    const timers = new TimerStore({ pool: timerPool, schema: INTAKE_SCHEMA, clock });

    const commands = new CaseCommands(store, options.policy, clock, options.stateCacheSize);
    const caseNumbers = new CaseNumberAllocator(dataSource, options.caseNumberBlock ?? 1);
    const register = new ComplaintRegisterProjection(options.zones);
    const reactions = new IntakeReactions(store, commands, caseNumbers, options.policy, options.zones, clock);
    const projections = new ProjectionRunner({
      store,
      dataSource,
      schema: INTAKE_SCHEMA,
      projections: [register, new DeadlineTimersProjection(timers), reactions],
      idleMs: options.idleMs ?? 200,
      onError: (name, error) => onError(`projection ${name}`, error),
    });
    projections.start();

    const fire = (type: 'CheckResponseDeadline' | 'CheckResolutionDeadline') => async (timer: Timer) => {
      const { caseId } = timer.payload as DeadlineTimerPayload;
      const command: CaseCommand = { type, caseId };
      await requestContext.run(
        {
          actor: SYSTEM_ACTOR,
          correlationId: timer.correlationId ?? randomUUID(),
          causationId: timer.id,
          branch: timer.branch,
        },
        () => commands.execute(command),
      );
    };
    const timerRunner = new TimerRunner({
      store: timers,
      clock,
      name: `intake-${randomUUID().slice(0, 8)}`,
      handlers: {
        [RESPONSE_DEADLINE]: fire('CheckResponseDeadline'),
        [RESOLUTION_DEADLINE]: fire('CheckResolutionDeadline'),
      },
      pollIntervalMs: options.idleMs ?? 1_000,
      onError: (error, timer) => onError(timer ? `timer ${timer.id}` : 'timer runner', error),
    });
    await timerRunner.start();

    let relay: Relay | undefined;
    let downstream: InboxConsumer | undefined;
    let producer: MessageProducer | undefined;
    if (options.kafka) {
      const broker = brokerFor(options.kafka.brokers, 'intake');
      const topic = options.kafka.topic ?? topicOf('intake');
      producer = broker.producer();
      await producer.connect();
      relay = new Relay({
        service: 'intake',
        categories: INTAKE_CATEGORIES,
        store,
        pool: timerPool,
        schema: INTAKE_SCHEMA,
        producer,
        topic,
        mapper: intakePublicEvents,
        contracts,
        ...options.kafka.relay,
        onError: (error) => onError('relay', error),
      });
      relay.start();

      const downstreamTopics = options.kafka.downstreamTopics ?? [];
      if (downstreamTopics.length > 0) {
        downstream = new InboxConsumer({
          broker,
          groupId: options.kafka.downstreamGroupId ?? 'intake.downstream-timeline',
          topics: downstreamTopics,
          pool: timerPool,
          schema: INTAKE_SCHEMA,
          contracts: options.kafka.contracts ?? contracts,
          handler: downstreamTimelineHandler(commands),
          onDeadLetter: (message, error) => onError(`dead letter from ${message.topic}`, error),
        });
        await downstream.start();
      }
    }
    // Appends anywhere wake the followers at once instead of at their next poll.
    await store.onAppended(() => {
      projections.poke();
      relay?.poke();
    });

    return new IntakeRuntime(
      store,
      dataSource,
      commands,
      caseNumbers,
      projections,
      register,
      timers,
      timerRunner,
      timerPool,
      options,
      relay,
      producer,
      downstream,
    );
  }

  async stop(): Promise<void> {
    await this.downstream?.stop();
    await this.relay?.stop();
    await this.producer?.disconnect();
    await this.timerRunner.stop();
    await this.projections.stop();
    await this.store.close();
    await this.timerPool.end();
    await this.dataSource.destroy();
  }
}
