import { createTestDatabase, notRun, type TestDatabase } from '@aftersales/testing';
import { eventStoreContract } from '../contract/event-store.contract';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { EsdbEventStore } from './esdb-event-store';

const url = process.env.EVENTSTORE_URL;

// The suite needs a reachable EventStoreDB/KurrentDB server (EVENTSTORE_URL, e.g.
// esdb://localhost:2113?tls=false); without one the run says so by name.
if (!url) notRun('EventStoreDB contract: not run, no server (EVENTSTORE_URL is not set)');
else
  describe('EsdbEventStore (EventStoreDB contract)', () => {
    let db: TestDatabase;
    let keyHolder: PostgresEventStore;
    beforeAll(async () => {
      // AUD-4 keys stay outside the log: in PostgreSQL, as in production.
      db = await createTestDatabase('es_esdb_keys');
      keyHolder = new PostgresEventStore({ connectionString: db.url, poolSize: 2 });
      await keyHolder.migrate();
    });

    eventStoreContract({
      open: async () => new EsdbEventStore({ connectionString: url!, keys: keyHolder.keys }),
      close: (store) => store.close(),
      checksConditions: EsdbEventStore.checksConditions,
    });

    afterAll(async () => {
      await keyHolder?.close();
      await db?.drop();
    });
  });
