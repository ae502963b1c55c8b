import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { exclusively } from './migrate-read-models';

describe('a schema change held under its advisory lock', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('exclusively');
    dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 3 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  // The lock's next query may be the first to hear of it, or the driver may have heard it already.
  it.each([
    ['at once', 0],
    ['once the driver has heard of it', 300],
  ])(
    'fails with the reason when PostgreSQL ends the lock’s session (work ends %s), and the pool does not hand that session out again',
    async (_when, afterMs) => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const migrating = exclusively(dataSource, `lost-lock-${afterMs}`, () => held);
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      try {
        // The session holding this database's advisory lock, ended as an operator or a failover would.
        let ended = 0;
        for (let i = 0; i < 50 && ended === 0; i++) {
          const { rows } = await admin.query(
            `SELECT pg_terminate_backend(l.pid) AS ended FROM pg_locks l JOIN pg_database d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`,
          );
          ended = rows.length;
          if (ended === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(ended).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, afterMs));
        release();
        await expect(migrating).rejects.toThrow(/terminating connection/);
        // The data source still serves: the lost session was one of its pool's, not the pool.
        await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
      } finally {
        await admin.end();
      }
    },
  );
});
