import { Controller, Get, Header } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { EventStore, FlushStats } from '@aftersales/event-store';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Public } from '../auth/auth.decorators';

/** Where the log ends, and how much of it each follower (projections, the relay) has ahead of it. */
export interface LogPositions {
  readonly head: number;
  /** e.g. `projection:intake.complaint-register`, `relay:intake` → events it has still to handle. */
  readonly lag: Readonly<Record<string, number>>;
}

/** A pg Pool or client (rows in .rows), or a TypeORM DataSource (rows returned). */
interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Counting a relay's backlog stops here: far past any alert, and the count stays cheap. */
export const RELAY_LAG_CAP = 100_000;

/**
 * The log's head; for each projection, the positions past where this replica's runner has looked
 * (a runner moves past stretches with nothing for a projection without writing its checkpoint, so
 * the table alone would show a lag that is not there); for the relay, the events of its own streams
 * past its checkpoint (the log may hold other services' events that it never publishes), read from
 * the tables whichever replica holds its lease.
 */
export async function readLogPositions(
  db: SqlRunner,
  schemas: { readonly eventStore: string; readonly service: string },
  projections: { status(): ReadonlyArray<{ readonly name: string; readonly position: number }> },
  relay?: { readonly streamPrefixes: readonly string[] },
): Promise<LogPositions> {
  for (const name of [schemas.eventStore, schemas.service])
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new TypeError(`invalid schema name ${name}`);
  const patterns = (relay?.streamPrefixes ?? []).map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const result = await db.query(
    `SELECT (SELECT position FROM ${schemas.eventStore}.head WHERE id = 1) AS head,
            (SELECT json_object_agg(r.relay, (
               SELECT count(*) FROM (SELECT FROM ${schemas.eventStore}.events e
                 WHERE e.position > r.position AND e.stream_id LIKE ANY($1::text[]) LIMIT ${RELAY_LAG_CAP}) unpublished))
             FROM ${schemas.service}.relay_checkpoint r WHERE cardinality($1::text[]) > 0) AS relays`,
    [patterns],
  );
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    head: string | null;
    relays: Record<string, string | number> | null;
  }>;
  const head = Number(row.head ?? 0);
  const lag: Record<string, number> = {};
  for (const [name, count] of Object.entries(row.relays ?? {})) lag[`relay:${name}`] = Number(count);
  for (const { name, position } of projections.status())
    lag[`projection:${name}`] = Math.max(0, head - position);
  return { head, lag };
}

/** Counting on a log other than PostgreSQL's reads the events themselves: it stops sooner (still past any alert). */
export const STORE_LAG_CAP = 5_000;

/**
 * The same positions for a log PostgreSQL does not hold (EventStoreDB): the head from the store,
 * each follower's lag counted by reading the log past its position (capped), the relay's
 * checkpoint from the service's schema.
 */
export async function readLogPositionsFromStore(
  store: Pick<EventStore, 'readPage'> & { headPosition(): Promise<number> },
  db: SqlRunner,
  serviceSchema: string,
  projections: { status(): ReadonlyArray<{ readonly name: string; readonly position: number }> },
  relay?: { readonly streamPrefixes: readonly string[] },
): Promise<LogPositions> {
  if (!/^[a-z_][a-z0-9_]*$/.test(serviceSchema)) throw new TypeError(`invalid schema name ${serviceSchema}`);
  const head = await store.headPosition();
  const after = async (position: number, streamPrefixes?: readonly string[]) =>
    position >= head
      ? 0
      : (
          await store.readPage({
            fromPosition: position,
            streamPrefixes,
            maxCount: STORE_LAG_CAP,
            revealPersonalData: false,
          })
        ).events.length;
  const lag: Record<string, number> = {};
  if (relay && relay.streamPrefixes.length > 0) {
    const result = await db.query(`SELECT relay, position FROM ${serviceSchema}.relay_checkpoint`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
      relay: string;
      position: string | number;
    }>;
    for (const row of rows)
      lag[`relay:${row.relay}`] = await after(Number(row.position), relay.streamPrefixes);
  }
  for (const { name, position } of projections.status()) lag[`projection:${name}`] = await after(position);
  return { head, lag };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function commandOutcome(status: number): string {
  if (status < 300) return 'accepted';
  if (status >= 500) return 'error';
  return COMMAND_OUTCOMES[status] ?? 'other';
}

const COMMAND_OUTCOMES: Record<number, string> = {
  400: 'invalid',
  401: 'denied',
  403: 'denied',
  404: 'not_found',
  409: 'conflict',
  415: 'invalid',
  422: 'rule_violation',
  425: 'not_ready',
};

/** One registry per service, so several services can share a process (standalone, tests). */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly flushSeconds: Histogram<'path'>;
  readonly flushEvents: Histogram;
  readonly appendSeconds: Histogram;
  readonly eventsAppended: Counter;
  readonly commands: Counter<'route' | 'outcome'>;
  readonly reactionMessages: Counter<'reaction' | 'outcome'>;
  readonly timersFired: Counter<'kind' | 'outcome'>;
  readonly deadlineMisses: Counter<'kind'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route template, method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.flushSeconds = new Histogram({
      name: 'eventstore_flush_seconds',
      help: 'Group commits of the event store: from taking a connection to COMMIT; path=careful when the tip had to be read first',
      labelNames: ['path'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.flushEvents = new Histogram({
      name: 'eventstore_flush_events',
      help: 'Events written per group commit of the event store',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000],
      registers: [this.registry],
    });
    this.appendSeconds = new Histogram({
      name: 'eventstore_append_seconds',
      help: 'Appends to the event store: from the call to its group commit being answered (the wait for the commit before it, then its own)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.eventsAppended = new Counter({
      name: 'eventstore_events_appended_total',
      help: 'Events this replica appended to the log',
      registers: [this.registry],
    });
    this.commands = new Counter({
      name: 'commands_total',
      help: 'Commands over HTTP (every request but GET, HEAD and OPTIONS) by route template and outcome: accepted, invalid (400), denied (401/403), not_found, conflict (409), rule_violation (422), not_ready (425), error (5xx), other',
      labelNames: ['route', 'outcome'],
      registers: [this.registry],
    });
    this.reactionMessages = new Counter({
      name: 'reaction_messages_total',
      help: 'Messages a reaction consumed, by outcome: applied (new to its inbox), dead_lettered',
      labelNames: ['reaction', 'outcome'],
      registers: [this.registry],
    });
    this.timersFired = new Counter({
      name: 'timers_fired_total',
      help: 'Timers this replica fired, by kind and outcome: recorded (their command appended events), no_change, failed (retried later)',
      labelNames: ['kind', 'outcome'],
      registers: [this.registry],
    });
    this.deadlineMisses = new Counter({
      name: 'deadline_misses_total',
      help: 'Deadline timers that found their deadline missed and recorded it (e.g. a response or arrival deadline passed)',
      labelNames: ['kind'],
      registers: [this.registry],
    });
  }

  /** For the event store's `onFlush`. */
  observeFlush(flush: FlushStats): void {
    this.eventsAppended.inc(flush.events);
    this.flushSeconds.observe({ path: flush.careful ? 'careful' : 'guessed' }, flush.seconds);
    this.flushEvents.observe(flush.events);
    for (const seconds of flush.waited) this.appendSeconds.observe(seconds);
  }

  /**
   * Read at every scrape: the log's head position and the events each follower has still to
   * handle (alert on a lag that keeps growing: a projection or the relay is stuck).
   */
  observeLog(read: () => Promise<LogPositions>): void {
    let last: Promise<LogPositions | undefined> | undefined;
    // Both gauges collect from one read per scrape; a failed read leaves the lags out of that
    // scrape (the head keeps its last value).
    const positions = () =>
      (last ??= read()
        .catch(() => undefined)
        .finally(() => setImmediate(() => (last = undefined))));
    new Gauge({
      name: 'eventstore_head_position',
      help: 'Global position of the last event in the log',
      registers: [this.registry],
      async collect() {
        const now = await positions();
        if (now) this.set(now.head);
      },
    });
    new Gauge({
      name: 'eventstore_follower_lag_events',
      help: 'Events of the log a follower has still to handle: a projection, those past where it has looked; the relay, those of its streams not yet published',
      labelNames: ['follower'],
      registers: [this.registry],
      async collect() {
        const now = await positions();
        this.reset();
        for (const [follower, events] of Object.entries(now?.lag ?? {})) this.set({ follower }, events);
      },
    });
  }

  /** Per projection at every scrape: failures in a row (alert above 0 for long: stuck) and events parked. */
  observeProjections(
    read: () => Promise<{
      status: ReadonlyArray<{ name: string; failing?: { attempts: number } }>;
      parked: ReadonlyArray<{ projection: string }>;
    }>,
  ): void {
    new Gauge({
      name: 'projection_failing_attempts',
      help: "Batches a projection failed to apply in a row (0: applying); above the runner's limit (parkAfterFailures): stuck",
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        const { status } = await read().catch(() => ({ status: [] }));
        this.reset();
        for (const p of status) this.set({ projection: p.name }, p.failing?.attempts ?? 0);
      },
    });
    new Gauge({
      name: 'projection_parked_events',
      help: 'Events a projection set aside because it could not apply them (or held with an earlier one of their stream)',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        const { status, parked } = await read().catch(() => ({ status: [], parked: [] }));
        this.reset();
        for (const p of status) this.set({ projection: p.name }, 0);
        for (const p of parked) this.inc({ projection: p.projection });
      },
    });
  }

  /** Per consumer group at every scrape: dead letters neither replayed nor discarded (the DLQ size). */
  observeDeadLetters(read: () => Promise<Readonly<Record<string, number>>>): void {
    new Gauge({
      name: 'dead_letters_pending',
      help: 'Messages a reaction could not apply, neither replayed nor discarded yet (npm run dlq)',
      labelNames: ['consumer'],
      registers: [this.registry],
      async collect() {
        const pending = await read().catch(() => undefined);
        if (!pending) return;
        this.reset();
        for (const [consumer, n] of Object.entries(pending)) this.set({ consumer }, n);
      },
    });
  }

  /** 1 on the replica that holds the service's leader lease (runs the relay and timers), else 0. */
  observeLeader(active: () => boolean): void {
    new Gauge({
      name: 'service_leader',
      help: "1 on the replica that holds the service's leader lease and runs its relay and timers, 0 on a standby",
      registers: [this.registry],
      collect() {
        this.set(active() ? 1 : 0);
      },
    });
  }

  /** Messages of the group not committed yet, per partition, read from the broker at every scrape. */
  observeConsumerLag(
    read: () => Promise<ReadonlyArray<{ group: string; topic: string; partition: number; lag: number }>>,
  ): void {
    new Gauge({
      name: 'kafka_consumer_lag_messages',
      help: "Messages of a partition the service's consumer group has not committed yet",
      labelNames: ['group', 'topic', 'partition'],
      registers: [this.registry],
      async collect() {
        const lags = await read().catch(() => undefined);
        if (!lags) return; // the broker did not answer: the series go stale rather than read 0
        this.reset();
        for (const { group, topic, partition, lag } of lags)
          this.set({ group, topic, partition: String(partition) }, lag);
      },
    });
  }

  /** Every response, also 401/403/404: route is the template (bounded label values). */
  observeHttp(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.httpDuration.observe(
        { method: request.method, route, status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      if (!READS.has(request.method) && route !== 'unmatched')
        this.commands.inc({ route, outcome: commandOutcome(reply.statusCode) });
      done();
    });
  }
}

@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
