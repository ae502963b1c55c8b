import type { AuditableEventStore } from './auditable-event-store';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { InMemoryKeyStore } from './personal-data/in-memory-key-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { PostgresKeyStore } from './postgres/postgres-key-store';
import { migrate, tables } from './postgres/schema';
import { Pool } from 'pg';

export interface EventStoreConfig {
  /** PostgreSQL (default adapter, and home of the AUD-4 key table). Defaults to DATABASE_URL. */
  readonly databaseUrl?: string;
  /** Selects the EventStoreDB adapter when set. Defaults to EVENTSTORE_URL. */
  readonly eventStoreUrl?: string;
  readonly schema?: string;
  readonly poolSize?: number;
  /** Run the idempotent schema migration first (default true). */
  readonly migrate?: boolean;
}

/** The event store configuration asks for: EventStoreDB when EVENTSTORE_URL is set, else PostgreSQL. */
export async function createEventStore(
  config: EventStoreConfig = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<AuditableEventStore> {
  const databaseUrl = config.databaseUrl ?? env.DATABASE_URL;
  const eventStoreUrl = config.eventStoreUrl ?? env.EVENTSTORE_URL;
  const schema = config.schema ?? 'event_store';
  if (eventStoreUrl) {
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
  if (!databaseUrl)
    throw new Error('event store: set DATABASE_URL (PostgreSQL) or EVENTSTORE_URL (EventStoreDB)');
  const store = new PostgresEventStore({ connectionString: databaseUrl, schema, poolSize: config.poolSize });
  if (config.migrate !== false) await store.migrate();
  return store;
}
