import type { FlushStats } from './postgres/append-coalescer';
import type { AuditableEventStore } from './auditable-event-store';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { InMemoryKeyStore } from './personal-data/in-memory-key-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { PostgresKeyStore } from './postgres/postgres-key-store';
import { migrate, tables } from './postgres/schema';
import { Pool } from 'pg';

/** The adapters `EVENT_STORE` selects among. */
export const EVENT_STORE_ADAPTERS = ['postgres', 'eventstoredb'] as const;
export type EventStoreAdapter = (typeof EVENT_STORE_ADAPTERS)[number];

/** Whether an adapter checks appends conditional on other streams, known before connecting. */
export const CHECKS_CONDITIONS: Readonly<Record<EventStoreAdapter, boolean>> = {
  postgres: PostgresEventStore.checksConditions,
  eventstoredb: EsdbEventStore.checksConditions,
};

export interface EventStoreConfig {
  /** Which adapter; defaults to EVENT_STORE, else PostgreSQL. */
  readonly adapter?: EventStoreAdapter;
  /** PostgreSQL (the log itself, or with EventStoreDB the AUD-4 key table). Defaults to DATABASE_URL. */
  readonly databaseUrl?: string;
  /** The EventStoreDB/KurrentDB server (esdb://…). Defaults to EVENTSTORE_URL. */
  readonly eventStoreUrl?: string;
  readonly schema?: string;
  readonly poolSize?: number;
  /** Run the idempotent schema migration first (default true). */
  readonly migrate?: boolean;
  /** PostgreSQL: told of every group commit (metrics). */
  readonly onFlush?: (flush: FlushStats) => void;
}

/** The adapter an environment selects: `EVENT_STORE` (postgres | eventstoredb), PostgreSQL when unset. */
export function eventStoreAdapterOf(env: NodeJS.ProcessEnv = process.env): EventStoreAdapter {
  const chosen = env.EVENT_STORE || 'postgres';
  if (!(EVENT_STORE_ADAPTERS as readonly string[]).includes(chosen))
    throw new Error(`EVENT_STORE must be one of ${EVENT_STORE_ADAPTERS.join(', ')}, not ${chosen}`);
  return chosen as EventStoreAdapter;
}

/** The event store configuration asks for: `EVENT_STORE=eventstoredb` with EVENTSTORE_URL, else PostgreSQL. */
export async function createEventStore(
  config: EventStoreConfig = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<AuditableEventStore> {
  const adapter = config.adapter ?? eventStoreAdapterOf(env);
  const databaseUrl = config.databaseUrl ?? env.DATABASE_URL;
  const schema = config.schema ?? 'event_store';
  if (adapter === 'eventstoredb') {
    const eventStoreUrl = config.eventStoreUrl ?? env.EVENTSTORE_URL;
    if (!eventStoreUrl)
      throw new Error('event store: EVENT_STORE=eventstoredb needs EVENTSTORE_URL (esdb://…)');
    if (!databaseUrl) {
      console.warn(
        'event store: no DATABASE_URL for the AUD-4 key table; personal-data keys live in memory only',
      );
      return new EsdbEventStore({ connectionString: eventStoreUrl, keys: new InMemoryKeyStore() });
    }
    const pool = new Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 10_000 });
    pool.on('error', (error) =>
      console.warn(`event store: idle key-table connection failed: ${error.message}`),
    );
    if (config.migrate !== false) await migrate(pool, schema);
    const store = new EsdbEventStore({
      connectionString: eventStoreUrl,
      keys: new PostgresKeyStore(pool, tables(schema)),
    });
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      await pool.end();
    };
    return store;
  }
  if (!databaseUrl) throw new Error('event store: set DATABASE_URL (PostgreSQL)');
  const store = new PostgresEventStore({
    connectionString: databaseUrl,
    schema,
    poolSize: config.poolSize,
    onFlush: config.onFlush,
  });
  if (config.migrate !== false) await store.migrate();
  return store;
}
