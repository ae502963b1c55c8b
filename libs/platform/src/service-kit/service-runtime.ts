import { contracts as publishedContracts } from '@aftersales/contracts';
import { PostgresEventStore, type AuditableEventStore, type FlushStats } from '@aftersales/event-store';
import { requestContext, SYSTEM_ACTOR, systemClock, type Clock } from '@aftersales/kernel';
import {
  brokerFor,
  DeadLetterStore,
  InboxConsumer,
  Relay,
  type MessageBroker,
  type MessageProducer,
  type PartitionLag,
} from '@aftersales/messaging';
import { ProjectionRunner } from '@aftersales/projections';
import { TimerRunner, TimerStore, type Timer } from '@aftersales/scheduling';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, type EventSourcedServiceConfig } from '../config/config';
import { migrateService } from '../migrations/migrate-service';
import { LeaderLease } from './leader-lease';
import { checkEventStoreFits, openServiceEventStore } from './service-event-store';
import type {
  AnyServiceDeclaration,
  RuntimeOverrides,
  ServiceContext,
  ServiceDeclaration,
  ServiceInfrastructure,
} from './service-declaration';

/** The PostgreSQL schema of a service's read models, timers, checkpoints and inboxes. */
export const schemaOf = (service: string): string => service.replace(/-/g, '_');

/** A reaction's consumer as readiness sees it: joining the group does not stop HTTP. */
export interface ReactionStatus {
  readonly name: string;
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly consumer: InboxConsumer;
  state: 'joining' | 'running' | 'failed' | 'stopped';
  error?: string;
  /** Settles when the current attempt to join has. */
  started: Promise<void>;
}

/** What a declared service runs besides HTTP, started and stopped as one. */
export class KitRuntime<C extends EventSourcedServiceConfig, S, P extends object> {
  private stopped = false;
  /** Messages its reactions could not apply, and what operators decided about them. */
  readonly deadLetters: DeadLetterStore;

  constructor(
    readonly declaration: ServiceDeclaration<C, S, P>,
    readonly context: ServiceContext<C, S, P>,
    readonly projections: ProjectionRunner,
    /** Held by the one replica of the service that runs its relay and timers. */
    readonly leader: LeaderLease,
    readonly reactions: readonly ReactionStatus[],
    readonly relay?: Relay,
    private readonly producer?: MessageProducer,
    private readonly broker?: MessageBroker,
  ) {
    this.deadLetters = new DeadLetterStore(context.pool, schemaOf(declaration.name));
  }

  get config(): C {
    return this.context.config;
  }
  get settings(): S {
    return this.context.settings;
  }
  get clock(): Clock {
    return this.context.clock;
  }
  get store(): AuditableEventStore {
    return this.context.store;
  }
  get dataSource(): DataSource {
    return this.context.dataSource;
  }
  get pool(): Pool {
    return this.context.pool;
  }
  get timers(): TimerStore {
    return this.context.timers;
  }
  get parts(): P {
    return this.context.parts;
  }

  /** Per partition of each reaction's topics: messages its group has not committed yet. */
  async consumerLag(): Promise<Array<PartitionLag & { readonly group: string }>> {
    if (!this.broker || this.reactions.length === 0) return [];
    const admin = await this.broker.admin();
    try {
      const lags = [];
      for (const { groupId, topics } of this.reactions)
        for (const lag of await admin.consumerLag(groupId, topics)) lags.push({ ...lag, group: groupId });
      return lags;
    } finally {
      await admin.disconnect();
    }
  }

  /** The consumer of a declared reaction (tests look into its inbox). */
  reaction(name: string): InboxConsumer {
    const found = this.reactions.find((r) => r.name === name);
    if (!found) throw new Error(`${this.declaration.name} runs no reaction named ${name}`);
    return found.consumer;
  }

  /**
   * Stops consuming first, then publishing and timers (handing the lease over), then
   * projections, then closes the databases.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const reaction of this.reactions) await stopReaction(reaction);
    await this.leader.stop();
    await this.producer?.disconnect();
    await this.projections.stop();
    await this.context.store.close();
    await this.context.pool.end();
    await this.context.dataSource.destroy();
  }
}

/** A running service's runtime with its own parts at the top (`runtime.commands`). */
export type ServiceRuntime<C extends EventSourcedServiceConfig, S, P extends object> = KitRuntime<C, S, P> &
  P;

/** The runtime type of a declaration. */
export type RuntimeOf<D> =
  D extends ServiceDeclaration<infer C, infer S, infer P> ? ServiceRuntime<C, S, P> : never;

export interface StartOptions<S> extends RuntimeOverrides<S> {
  /** Told of every group commit of the event store (metrics). */
  readonly onFlush?: (flush: FlushStats) => void;
  /** Told of every timer fired: whether its command recorded events, and whether it is a deadline. */
  readonly onTimerFired?: (kind: string, outcome: TimerOutcome, deadline: boolean) => void;
  /** Told of the messages a reaction applied or dead-lettered. */
  readonly onReaction?: (reaction: string, outcome: 'applied' | 'dead_lettered', messages: number) => void;
}

export type TimerOutcome = 'recorded' | 'no_change' | 'failed';

/** A timer's command's outcome (or several) recorded events when any has some. */
function recordedEvents(result: unknown): boolean {
  if (Array.isArray(result)) return result.some(recordedEvents);
  const events = (result as { events?: unknown } | undefined)?.events;
  return Array.isArray(events) && events.length > 0;
}

/** The topics a service publishes to and consumes, created by its migration. */
export function topicsOf(declaration: AnyServiceDeclaration, config: EventSourcedServiceConfig): string[] {
  const own = declaration.publicEvents ? [declaration.publicEvents.topic(config)] : [];
  const consumed = (declaration.reactions ?? []).flatMap((r) => r.topics(config));
  return [...new Set([...own, ...consumed])];
}

/** The service's read-model database; migrations run explicitly (never synchronize). */
export function readModelDataSource(
  declaration: AnyServiceDeclaration,
  url: string,
  poolSize = 10,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    poolSize,
    entities: [...declaration.readModels.entities],
    migrations: [...declaration.readModels.migrations],
    migrationsTableName: `${schemaOf(declaration.name)}_migrations`,
    synchronize: false,
    extra: { connectionTimeoutMillis: 10_000 },
  });
}

/** Every schema change and topic of the service (idempotent; safe beside running replicas). */
export function migrateDeclared(
  declaration: AnyServiceDeclaration,
  config: EventSourcedServiceConfig,
): Promise<void> {
  return migrateService({
    service: schemaOf(declaration.name),
    databaseUrl: config.DATABASE_URL,
    eventStoreSchema: config.EVENT_STORE_SCHEMA,
    readModels: (url) => readModelDataSource(declaration, url, 2),
    kafka: config.KAFKA_BROKERS
      ? {
          brokers: config.KAFKA_BROKERS.split(','),
          partitions: config.KAFKA_PARTITIONS,
          topics: topicsOf(declaration, config),
        }
      : undefined,
  });
}

/**
 * A runtime from a given environment alone (tests and harnesses): the variables are the whole
 * configuration, process.env is not read; tokens are not verified here, so no key source is needed.
 */
export function startRuntimeFromEnv<C extends EventSourcedServiceConfig, S, P extends object>(
  declaration: ServiceDeclaration<C, S, P>,
  env: Record<string, string | undefined>,
  options: StartOptions<S> = {},
): Promise<ServiceRuntime<C, S, P>> {
  return startRuntime(declaration, loadConfig(declaration.config, { AUTH_DEV_KEY: 'true', ...env }), options);
}

/**
 * Starts what a declaration describes. HTTP is not part of it (`serviceModule` adds that); a
 * reaction's consumer joins its group in the background, so a restart after a crash, which
 * waits for the dead member's session to expire, does not hold up the service.
 */
export async function startRuntime<C extends EventSourcedServiceConfig, S, P extends object>(
  declaration: ServiceDeclaration<C, S, P>,
  config: C,
  options: StartOptions<S> = {},
): Promise<ServiceRuntime<C, S, P>> {
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? ((what, error) => console.error(`${what}: ${String(error)}`));
  const schema = schemaOf(declaration.name);
  // Refused before anything is migrated or opened: the log the configuration selects cannot hold its rules.
  checkEventStoreFits(declaration, config);
  const settings = options.settings ?? declaration.settings(config);
  if (config.MIGRATE_ON_START) await migrateDeclared(declaration, config);

  const store = await openServiceEventStore(declaration, config, { onFlush: options.onFlush });
  const dataSource = readModelDataSource(declaration, config.DATABASE_URL, config.DB_POOL_SIZE);
  await dataSource.initialize();
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle connection closed by the server (restart, failover) is replaced, not fatal.
  pool.on('error', (error) => onError('database pool', error));
  const timers = new TimerStore({ pool, schema, clock });

  const infrastructure: ServiceInfrastructure<C, S> = {
    config,
    settings,
    clock,
    store,
    dataSource,
    pool,
    timers,
  };
  const context: ServiceContext<C, S, P> = { ...infrastructure, parts: declaration.parts(infrastructure) };

  const projections = new ProjectionRunner({
    store,
    dataSource,
    schema,
    projections: [
      ...declaration.readModels.projections(settings, config),
      ...(declaration.followers?.(context) ?? []),
    ],
    idleMs: options.idleMs ?? 200,
    onError: (name, error) => onError(`projection ${name}`, error),
  });
  projections.start();

  const deadlines = new Set(declaration.deadlines ?? []);
  const handlers = Object.fromEntries(
    Object.entries(declaration.timers ?? {}).map(([kind, declared]) => {
      const fire = declared(context);
      const told = (outcome: TimerOutcome) => options.onTimerFired?.(kind, outcome, deadlines.has(kind));
      // A timer acts as the service itself, in the request context of what scheduled it.
      const handler = async (timer: Timer): Promise<void> => {
        let result: unknown;
        try {
          result = await requestContext.run(
            {
              actor: SYSTEM_ACTOR,
              correlationId: timer.correlationId ?? randomUUID(),
              causationId: timer.id,
              branch: timer.branch,
            },
            () => fire(timer),
          );
        } catch (error) {
          told('failed');
          throw error;
        }
        told(recordedEvents(result) ? 'recorded' : 'no_change');
      };
      return [kind, handler];
    }),
  );
  const timerRunner = new TimerRunner({
    store: timers,
    clock,
    name: `${declaration.name}-${randomUUID().slice(0, 8)}`,
    handlers,
    pollIntervalMs: options.idleMs ?? 1_000,
    onError: (error, timer) => onError(timer ? `timer ${timer.id}` : 'timer runner', error),
  });

  let relay: Relay | undefined;
  let producer: MessageProducer | undefined;
  let broker: MessageBroker | undefined;
  const reactions: ReactionStatus[] = [];
  if (config.KAFKA_BROKERS) {
    broker = brokerFor(config.KAFKA_BROKERS.split(','), declaration.name);
    if (declaration.publicEvents) {
      producer = broker.producer();
      await producer.connect();
      relay = new Relay({
        service: declaration.name,
        categories: declaration.streams.published,
        store,
        pool,
        schema,
        producer,
        topic: declaration.publicEvents.topic(config),
        mapper: declaration.publicEvents.mapper,
        contracts: options.contracts ?? publishedContracts,
        gatherMs: config.RELAY_GATHER_MS,
        gatherPerEventMs: config.RELAY_GATHER_PER_EVENT_MS,
        onError: (error) => onError('relay', error),
      });
    }
    for (const reaction of declaration.reactions ?? []) {
      const topics = reaction.topics(config);
      if (topics.length === 0) continue;
      reactions.push(
        startReaction(reaction.name, broker, onError, options.onReaction, {
          groupId: reaction.groupId(config),
          topics,
          pool,
          schema,
          contracts: options.contracts ?? publishedContracts,
          handler: reaction.handler(context),
        }),
      );
    }
  }
  // Replicas share the consumer groups; the relay and the timers run on the lease's holder only.
  const leader = new LeaderLease({
    connectionString: config.DATABASE_URL,
    name: declaration.name,
    checkMs: config.LEADER_CHECK_MS,
    clock,
    onChange: async (active) => {
      if (active) {
        await timerRunner.start();
        relay?.start();
      } else {
        await relay?.stop();
        await timerRunner.stop();
      }
    },
    onError: (error) => onError('leader lease', error),
  });
  await leader.start();
  await declaration.onStart?.(context);
  // Appends anywhere wake the followers at once instead of at their next poll (PostgreSQL's NOTIFY).
  if (store instanceof PostgresEventStore)
    await store.onAppended(() => {
      projections.poke();
      relay?.poke();
    });

  const runtime = new KitRuntime(
    declaration,
    context,
    projections,
    leader,
    reactions,
    relay,
    producer,
    broker,
  );
  return Object.assign(runtime, context.parts) as ServiceRuntime<C, S, P>;
}

function startReaction(
  name: string,
  broker: MessageBroker,
  onError: (what: string, error: unknown) => void,
  onReaction: StartOptions<unknown>['onReaction'],
  options: Omit<ConstructorParameters<typeof InboxConsumer>[0], 'broker' | 'onDeadLetter'>,
): ReactionStatus {
  const consumer = new InboxConsumer({
    ...options,
    broker,
    onApplied: (events) => onReaction?.(name, 'applied', events.length),
    onDeadLetter: (message, error) => {
      onReaction?.(name, 'dead_lettered', 1);
      onError(`reaction ${name}: message at ${message.topic} offset ${message.offset} dead-lettered`, error);
    },
    onReplayFailed: (letter, error) => onError(`reaction ${name}: replay of dead letter ${letter.id}`, error),
  });
  const status: ReactionStatus = {
    name,
    groupId: options.groupId,
    topics: options.topics,
    consumer,
    state: 'joining',
    started: Promise.resolve(),
  };
  const attempt = (): Promise<void> =>
    consumer.start().then(
      () => {
        if (status.state === 'joining') status.state = 'running';
      },
      async (error: unknown) => {
        if (status.state === 'stopped') return;
        status.state = 'failed';
        status.error = error instanceof Error ? error.message : String(error);
        onError(`reaction ${name}`, error);
        // The broker may come back: leave what the attempt opened and join again.
        await consumer.stop().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, REACTION_RETRY_MS).unref());
        if (status.state !== 'failed') return;
        status.state = 'joining';
        status.started = attempt();
      },
    );
  status.started = attempt();
  return status;
}

const REACTION_RETRY_MS = 5_000;

/** Stops a consumer, also one still joining its group (its start is waited for, briefly). */
async function stopReaction(status: ReactionStatus): Promise<void> {
  status.state = 'stopped';
  await status.consumer.stop();
  await Promise.race([status.started, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  await status.consumer.stop();
}
