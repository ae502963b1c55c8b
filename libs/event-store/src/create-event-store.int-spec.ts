import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { CHECKS_CONDITIONS, createEventStore, eventStoreAdapterOf } from './create-event-store';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

describe('createEventStore', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('es_factory');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('selects PostgreSQL from DATABASE_URL when EVENT_STORE is unset, and migrates it', async () => {
    const store = await createEventStore({}, { DATABASE_URL: db.url });
    try {
      expect(store).toBeInstanceOf(PostgresEventStore);
      expect(store.checksConditions).toBe(true);
      await store.appendToStream('case-1', [{ type: 'case-registered', data: {} }]);
      expect(await store.readStream('case-1')).toHaveLength(1);
      expect(await store.headPosition()).toBe((await store.readAll()).at(-1)!.globalPosition);
    } finally {
      await store.close();
    }
  });

  it('stays on PostgreSQL when only EVENTSTORE_URL is set: EVENT_STORE alone selects', async () => {
    const store = await createEventStore(
      { migrate: false },
      { DATABASE_URL: db.url, EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false' },
    );
    expect(store).toBeInstanceOf(PostgresEventStore);
    await store.close();
  });

  it('selects EventStoreDB with EVENT_STORE=eventstoredb (no connection until first use)', async () => {
    const store = await createEventStore(
      {},
      { DATABASE_URL: db.url, EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false' },
    );
    expect(store).toBeInstanceOf(EsdbEventStore);
    expect(store.checksConditions).toBe(false);
    await store.close();
  });

  it('refuses EventStoreDB without its URL, an unknown adapter, and no server at all', async () => {
    await expect(createEventStore({}, { DATABASE_URL: db.url, EVENT_STORE: 'eventstoredb' })).rejects.toThrow(
      /EVENTSTORE_URL/,
    );
    expect(() => eventStoreAdapterOf({ EVENT_STORE: 'mongodb' })).toThrow(
      /postgres, eventstoredb, not mongodb/,
    );
    await expect(createEventStore({}, {})).rejects.toThrow(/DATABASE_URL/);
  });

  it('knows which adapters check conditions on other streams before connecting to any', () => {
    expect(CHECKS_CONDITIONS).toEqual({ postgres: true, eventstoredb: false });
  });
});
