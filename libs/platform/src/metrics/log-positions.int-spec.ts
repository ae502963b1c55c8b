import { PostgresEventStore } from '@aftersales/event-store';
import { migrateRelay } from '@aftersales/messaging';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { Pool } from 'pg';
import { readLogPositions, readLogPositionsFromStore } from './metrics';

describe('reading where the log ends and how far behind its followers are', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  const schemas = { eventStore: 'event_store', service: 'svc' };
  const projections = { status: () => [{ name: 'svc.register', position: 3 }] };

  beforeAll(async () => {
    db = await createTestDatabase('log_positions');
    store = new PostgresEventStore({ connectionString: db.url });
    await store.migrate();
    pool = new Pool({ connectionString: db.url, max: 2 });
    await migrateRelay(pool, 'svc');
    // One log shared with another service: positions 1, 2 and 4 are this service's cases, 3 a visit.
    await store.appendToStream('case-1', [
      { type: 'registered', data: {} },
      { type: 'accepted', data: {} },
    ]);
    await store.appendToStream('visit-1', [{ type: 'opened', data: {} }]);
    await store.appendToStream('case-2', [{ type: 'registered', data: {} }]);
    await pool.query(`INSERT INTO svc.relay_checkpoint (relay, position) VALUES ('svc', 2)`);
  });
  afterAll(async () => {
    await pool?.end();
    await store?.close();
    await db?.drop();
  });

  it('a relay lags by the events of its own streams it has not published, not by other services’ events', async () => {
    expect(await readLogPositions(pool, schemas, projections, { streamPrefixes: ['case-'] })).toEqual({
      head: 4,
      lag: { 'relay:svc': 1, 'projection:svc.register': 1 },
    });
    // A relay of visits at the same checkpoint has the visit at 3 to publish; the case at 4 is not its own.
    expect((await readLogPositions(pool, schemas, projections, { streamPrefixes: ['visit-'] })).lag).toEqual({
      'relay:svc': 1,
      'projection:svc.register': 1,
    });
    await pool.query(`UPDATE svc.relay_checkpoint SET position = 3`);
    expect((await readLogPositions(pool, schemas, projections, { streamPrefixes: ['visit-'] })).lag).toEqual({
      'relay:svc': 0,
      'projection:svc.register': 1,
    });
  });

  it('read through the store (a log PostgreSQL does not hold), the same positions count the same', async () => {
    await pool.query(`UPDATE svc.relay_checkpoint SET position = 2`);
    for (const prefixes of [['case-'], ['visit-']]) {
      const relay = { streamPrefixes: prefixes };
      expect(await readLogPositionsFromStore(store, pool, 'svc', projections, relay)).toEqual(
        await readLogPositions(pool, schemas, projections, relay),
      );
    }
    expect(await readLogPositionsFromStore(store, pool, 'svc', projections)).toEqual({
      head: 4,
      lag: { 'projection:svc.register': 1 },
    });
  });

  it('without a relay only the projections are followers', async () => {
    expect(await readLogPositions(pool, schemas, projections)).toEqual({
      head: 4,
      lag: { 'projection:svc.register': 1 },
    });
  });
});
