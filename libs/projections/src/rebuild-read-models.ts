import { createEventStore, type EventStore } from '@aftersales/event-store';
import type { DataSource } from 'typeorm';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly schema: string;
  readonly projections: readonly Projection[];
  /** Names to rebuild; empty: all of them. */
  readonly names: readonly string[];
  readonly log?: (line: string) => void;
}

/**
 * Empties read models and replays them from the log (SERVICE-CHECKLIST 7). Safe while the
 * service runs: batches are serialised on the checkpoint row, and the running service picks
 * up from wherever the checkpoint stands.
 */
export async function rebuildReadModels(
  options: RebuildOptions,
): Promise<Array<{ name: string; position: number; seconds: number }>> {
  const known = new Set(options.projections.map((p) => p.name));
  const unknown = options.names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new Error(`no read model named ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  }
  const runner = new ProjectionRunner({
    store: options.store,
    dataSource: options.dataSource,
    schema: options.schema,
    projections: options.projections,
  });
  await runner.migrate();
  const done = [];
  for (const name of options.names.length > 0 ? options.names : [...known]) {
    const started = performance.now();
    await runner.rebuild(name);
    const position = runner.status().find((s) => s.name === name)?.position ?? 0;
    const seconds = +((performance.now() - started) / 1000).toFixed(1);
    options.log?.(`rebuilt ${name} up to position ${position} in ${seconds} s`);
    done.push({ name, position, seconds });
  }
  return done;
}

/**
 * The rebuild command of a service: opens the log and the service's read-model database from
 * `DATABASE_URL` (and `EVENT_STORE_SCHEMA`, or `EVENT_STORE=eventstoredb` with `EVENTSTORE_URL`), runs its migrations, rebuilds, closes both.
 */
export async function rebuildServiceReadModels(options: {
  readonly env: NodeJS.ProcessEnv;
  readonly dataSource: (url: string) => DataSource;
  readonly schema: string;
  readonly projections: readonly Projection[];
  readonly names: readonly string[];
  readonly log?: (line: string) => void;
}) {
  const url = options.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  // The log EVENT_STORE selects, migrated (idempotent: a database the service has not started on yet works too).
  const store = await createEventStore(
    { schema: options.env.EVENT_STORE_SCHEMA ?? 'event_store', poolSize: 2 },
    options.env,
  );
  const dataSource = options.dataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    return await rebuildReadModels({
      store,
      dataSource,
      schema: options.schema,
      projections: options.projections,
      names: options.names,
      log: options.log,
    });
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}
