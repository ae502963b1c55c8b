import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { createEventStore } from './create-event-store';
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

  it('selects PostgreSQL from DATABASE_URL and migrates it', async () => {
    const store = await createEventStore({}, { DATABASE_URL: db.url });
    try {
      expect(store).toBeInstanceOf(PostgresEventStore);
      await store.appendToStream('case-1', [{ type: 'case-registered', data: {} }]);
      expect(await store.readStream('case-1')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('selects EventStoreDB when EVENTSTORE_URL is set (no connection until first use)', async () => {
    const store = await createEventStore(
      {},
      { DATABASE_URL: db.url, EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false' },
    );
    expect(store).toBeInstanceOf(EsdbEventStore);
    await store.close();
  });

  it('refuses to guess without any server configured', async () => {
    await expect(createEventStore({}, {})).rejects.toThrow(/DATABASE_URL/);
  });
});
