import { readLogPositions, type Metrics } from '../metrics/metrics';
import type { HealthRegistry } from './health';

/** What an event-sourced service runs besides HTTP, as far as readiness and metrics look at it. */
export interface WatchedRuntime {
  /** The read models' database. */
  readonly dataSource: { query(sql: string): Promise<unknown> };
  readonly store: { readAll(options: { maxCount: number }): Promise<unknown> };
  readonly projections: { status(): ReadonlyArray<{ readonly name: string; readonly position: number }> };
  /** Present where the service publishes to Kafka. */
  readonly relay?: { readonly state: string; readonly streamPrefixes: readonly string[] };
}

/**
 * Readiness of the database, the event store and the relay (a failed relay takes the replica out
 * of rotation), and the log's head and its followers' lag on /metrics.
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
  const relay = runtime.relay;
  if (relay) health.register('relay', async () => relay.state !== 'failed');
  metrics.observeLog(() => readLogPositions(runtime.dataSource, schemas, runtime.projections, relay));
}
