import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { eventStoreContract } from '../contract/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgresEventStore', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('es_contract');
  });
  eventStoreContract({
    eventIdsUniqueAcrossStreams: true,
    pagesScanToTheEnd: true,
    checksConditions: true,
    open: async () => {
      const store = new PostgresEventStore({ connectionString: db.url, poolSize: 4, pollMs: 200 });
      await store.migrate();
      await store.migrate(); // idempotent
      return store;
    },
    close: async (store) => {
      const verdict = await (store as PostgresEventStore).verify();
      await store.close();
      // AUD-3: whatever the contract wrote, concurrently or not, forms one unbroken chain.
      expect(verdict).toMatchObject({ ok: true });
    },
  });

  // Declared after the contract so that its afterAll (closing the store) runs first.
  afterAll(async () => {
    await db?.drop();
  });
});
