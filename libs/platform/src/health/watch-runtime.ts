import { PostgresEventStore, type AuditableEventStore } from '@aftersales/event-store';
import { readLogPositions, readLogPositionsFromStore, type Metrics } from '../metrics/metrics';
import type { HealthRegistry } from './health';

/** What an event-sourced service runs besides HTTP, as far as readiness and metrics look at it. */
export interface WatchedRuntime {
  /** The read models' database. */
  readonly dataSource: { query(sql: string): Promise<unknown> };
  readonly store: AuditableEventStore;
  readonly projections: {
    status(): ReadonlyArray<WatchedProjection>;
    /** The events set aside because the projection could not apply them. */
    parkedEvents?(): Promise<ReadonlyArray<{ readonly projection: string; readonly position: number }>>;
  };
  /** Present where the service publishes to Kafka. */
  readonly relay?: { readonly state: string; readonly streamPrefixes: readonly string[] };
  /** Dead letters of its reactions not yet replayed or discarded. */
  readonly deadLetters?: { pendingByConsumer(): Promise<Readonly<Record<string, number>>> };
  /** The lease of the one replica that runs the relay and the timers. */
  readonly leader?: { readonly active: boolean; readonly changedAt: Date };
}

export interface WatchedProjection {
  readonly name: string;
  readonly position: number;
  readonly failing?: {
    readonly after: number;
    readonly attempts: number;
    readonly since: string;
    readonly error: string;
  };
  readonly stuck?: boolean;
}

/**
 * Readiness of the database, the event store, the read models and the relay (a failed relay
 * takes the replica out of rotation), and the log's head and its followers' lag on /metrics.
 * A read model that does not move (a projection stuck on an event) makes readiness down, naming
 * it, where and why; events set aside (parked) leave it up with a note, and show on /metrics.
 */
export function watchRuntime(
  runtime: WatchedRuntime,
  health: HealthRegistry,
  metrics: Metrics,
  schemas: { readonly eventStore: string; readonly service: string },
): void {
  health.register('database', async () => {
    await runtime.dataSource.query('SELECT 1');
  });
  health.register('event-store', async () => {
    await runtime.store.readAll({ maxCount: 1 });
  });
  const projections = runtime.projections;
  health.register('projections', async () => {
    const stuck = projections.status().filter((p) => p.stuck && p.failing);
    if (stuck.length > 0)
      throw new Error(
        stuck
          .map(
            ({ name, failing }) =>
              `${name} stuck after position ${failing!.after} (${failing!.attempts} failures since ${failing!.since}): ${failing!.error}`,
          )
          .join('; '),
      );
    const parked = (await projections.parkedEvents?.()) ?? [];
    if (parked.length === 0) return true;
    const counts = new Map<string, number[]>();
    for (const p of parked) counts.set(p.projection, [...(counts.get(p.projection) ?? []), p.position]);
    return [...counts]
      .map(
        ([name, positions]) =>
          `${name} has ${positions.length} parked event(s), first at position ${positions[0]}`,
      )
      .join('; ');
  });
  metrics.observeProjections(async () => ({
    status: projections.status(),
    parked: (await projections.parkedEvents?.()) ?? [],
  }));
  const relay = runtime.relay;
  if (relay) health.register('relay', async () => relay.state !== 'failed');
  const deadLetters = runtime.deadLetters;
  if (deadLetters) metrics.observeDeadLetters(() => deadLetters.pendingByConsumer());
  const leader = runtime.leader;
  if (leader) {
    // Both answers are ready: a standby serves HTTP and consumes like the active replica.
    health.register(
      'leader',
      async () =>
        `${leader.active ? 'active (runs the relay and the timers)' : 'standby'} since ${leader.changedAt.toISOString()}`,
    );
    metrics.observeLeader(() => leader.active);
  }
  const store = runtime.store;
  metrics.observeLog(() =>
    store instanceof PostgresEventStore
      ? readLogPositions(runtime.dataSource, schemas, runtime.projections, relay)
      : readLogPositionsFromStore(store, runtime.dataSource, schemas.service, runtime.projections, relay),
  );
}
