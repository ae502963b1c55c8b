import { Controller, Get, Header } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { FlushStats } from '@aftersales/event-store';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { Public } from '../auth/auth.decorators';

/** Where the log ends and where each of its followers (projections, the relay) has got to. */
export interface LogPositions {
  readonly head: number;
  /** e.g. `projection:complaint-register`, `relay:intake` → the last position it has handled. */
  readonly followers: Readonly<Record<string, number>>;
}

/** A pg Pool or client (rows in .rows), or a TypeORM DataSource (rows returned). */
interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The log's head and the relay's checkpoint from the tables (the same whichever replica is
 * scraped and whichever holds the relay's lease), and each projection where this replica's
 * runner has got to: a runner also moves past stretches with nothing for a projection without
 * writing its checkpoint, so the table alone would show a lag that is not there.
 */
export async function readLogPositions(
  db: SqlRunner,
  schemas: { readonly eventStore: string; readonly service: string },
  projections: { status(): ReadonlyArray<{ readonly name: string; readonly position: number }> },
): Promise<LogPositions> {
  for (const name of [schemas.eventStore, schemas.service])
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new TypeError(`invalid schema name ${name}`);
  const result = await db.query(
    `SELECT (SELECT position FROM ${schemas.eventStore}.head WHERE id = 1) AS head,
            (SELECT json_object_agg(relay, position) FROM ${schemas.service}.relay_checkpoint) AS relays`,
  );
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    head: string | null;
    relays: Record<string, string | number> | null;
  }>;
  const followers: Record<string, number> = {};
  for (const [name, position] of Object.entries(row.relays ?? {}))
    followers[`relay:${name}`] = Number(position);
  for (const { name, position } of projections.status()) followers[`projection:${name}`] = position;
  return { head: Number(row.head ?? 0), followers };
}

/** One registry per service, so several services can share a process (standalone, tests). */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly flushSeconds: Histogram<'path'>;
  readonly flushEvents: Histogram;

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
  }

  /** For the event store's `onFlush`. */
  observeFlush(flush: FlushStats): void {
    this.flushSeconds.observe({ path: flush.careful ? 'careful' : 'guessed' }, flush.seconds);
    this.flushEvents.observe(flush.events);
  }

  /**
   * Read at every scrape: the log's head position and how many positions each follower is
   * behind it (alert on a lag that keeps growing: a projection or the relay is stuck).
   */
  observeLog(read: () => Promise<LogPositions>): void {
    let last: Promise<LogPositions | undefined> | undefined;
    // Both gauges collect from one read per scrape; a failed read leaves them out of that scrape.
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
      help: 'Positions of the log a follower (projection, relay) has not handled yet',
      labelNames: ['follower'],
      registers: [this.registry],
      async collect() {
        const now = await positions();
        this.reset();
        for (const [follower, position] of Object.entries(now?.followers ?? {}))
          this.set({ follower }, Math.max(0, now!.head - position));
      },
    });
  }

  /** Every response, also 401/403/404: route is the template (bounded label values). */
  observeHttp(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      this.httpDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
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
