import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { WrongExpectedVersion } from '../event-store.port';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { FLUSH_BEGIN, flushStatements, type FlushStats } from './append-coalescer';
import { PostgresEventStore } from './postgres-event-store';
import { tables } from './schema';

/** Group commit with guessed tips: two stores on one database behave like two writer processes. */
describe('PostgreSQL append coalescer', () => {
  let db: TestDatabase;
  let a: PostgresEventStore;
  let b: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_coalesce');
    a = new PostgresEventStore({ connectionString: db.url, poolSize: 3 });
    b = new PostgresEventStore({ connectionString: db.url, poolSize: 3 });
    await a.migrate();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('AUD-3: two writers appending with expected versions keep one gapless chain', async () => {
    const writer = async (store: PostgresEventStore, stream: string) => {
      let version = 0;
      for (let i = 0; i < 15; i++) {
        const result = await store.appendToStream(stream, [{ type: 'step', data: { i } }], {
          expectedVersion: version === 0 ? 'no-stream' : version,
        });
        version = result.nextExpectedVersion;
      }
    };
    await Promise.all([1, 2, 3].flatMap((n) => [writer(a, `visit-a${n}`), writer(b, `visit-b${n}`)]));
    const all = await a.readAll();
    expect(all.map((e) => e.globalPosition)).toEqual(all.map((_, i) => i + 1));
    const recorded = all.map((e) => Date.parse(e.metadata.recordedAt));
    expect([...recorded].sort((x, y) => x - y)).toEqual(recorded); // recorded-at never runs backwards
    expect(await b.verify()).toMatchObject({ ok: true, count: 90 });
  });

  it('reports each committed flush: the appends it settled, their events, and whether it had to read the tip first', async () => {
    const flushes: FlushStats[] = [];
    const store = new PostgresEventStore({
      connectionString: db.url,
      poolSize: 2,
      onFlush: (f) => flushes.push(f),
    });
    try {
      // The first flush of a process does not know the tip: it locks and reads.
      await store.appendToStream('case-f0', [{ type: 'registered', data: {} }]);
      // Concurrent appends share flushes; the tip is now known, so they go in one round trip.
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.appendToStream(
            `case-f${i + 1}`,
            [
              { type: 'registered', data: {} },
              { type: 'classified', data: {} },
            ],
            {
              expectedVersion: 'no-stream',
            },
          ),
        ),
      );
      await expect(
        store.appendToStream('case-f0', [{ type: 'classified', data: {} }], { expectedVersion: 5 }),
      ).rejects.toBeInstanceOf(WrongExpectedVersion);
    } finally {
      await store.close();
    }
    expect(flushes[0]).toMatchObject({ appends: 1, events: 1, careful: true });
    const concurrent = flushes.slice(1, -1);
    expect(concurrent.reduce((n, f) => n + f.appends, 0)).toBe(20);
    expect(concurrent.reduce((n, f) => n + f.events, 0)).toBe(40);
    expect(concurrent.length).toBeLessThan(20); // group commit
    expect(concurrent.every((f) => !f.careful)).toBe(true);
    // A refused append is settled by a flush that writes nothing.
    expect(flushes[flushes.length - 1]).toMatchObject({ appends: 1, events: 0 });
    expect(flushes.every((f) => f.seconds > 0 && f.seconds < 10)).toBe(true);
    // Each append waited at least for its own flush.
    expect(flushes.every((f) => f.waited.length === f.appends && f.waited.every((w) => w >= f.seconds))).toBe(
      true,
    );
  });

  it('the next flush is sent once the one before holds the head lock, and commits right after it', async () => {
    const schema = 'overlap';
    const flushes: FlushStats[] = [];
    const store = new PostgresEventStore({
      connectionString: db.url,
      poolSize: 3,
      schema,
      onFlush: (f) => flushes.push(f),
    });
    await store.migrate();
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    // Watched from outside the blocker's transaction: within one, pg_stat_activity stays as first read.
    const watcher = new Client({ connectionString: db.url });
    await watcher.connect();
    const waitingForLocks = async (n: number) => {
      const end = Date.now() + 5_000;
      for (;;) {
        const { rows } = await watcher.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n >= n) return;
        if (Date.now() > end) throw new Error(`fewer than ${n} flushes waiting for a lock`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    try {
      await store.appendToStream('case-o0', [{ type: 'registered', data: {} }]); // learns the tip
      // An uncommitted row of the stream the first flush writes: it takes the head lock, then
      // waits at its insert for this transaction to end.
      const { events } = tables(schema);
      await blocker.query(
        `BEGIN; INSERT INTO ${events} (position, stream_id, stream_version, event_id, type, recorded_at, data, metadata, hash)
         SELECT 1000, 'case-o1', 1, gen_random_uuid(), type, recorded_at, data, metadata, hash FROM ${events} WHERE position = 1`,
      );
      const first = store.appendToStream('case-o1', [{ type: 'registered', data: {} }], {
        expectedVersion: 'no-stream',
      });
      await waitingForLocks(1);
      const second = store.appendToStream('case-o2', [{ type: 'registered', data: {} }], {
        expectedVersion: 'no-stream',
      });
      // Already inside PostgreSQL, queued on the head row the first one holds.
      await waitingForLocks(2);
      await blocker.query('ROLLBACK');
      const results = await Promise.all([first, second]);
      expect(results.map((r) => r.lastPosition)).toEqual([2, 3]);
      expect(flushes.slice(1).map((f) => f.careful)).toEqual([false, false]);
      expect(await store.verify()).toMatchObject({ ok: true, count: 3 });
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
      await watcher.end();
      await store.close();
    }
  });

  it('onAppended hears appends committed by another process (NOTIFY at commit)', async () => {
    let heard = 0;
    const unsubscribe = await a.onAppended(() => heard++);
    try {
      await b.appendToStream('case-n', [{ type: 'registered', data: {} }]);
      const end = Date.now() + 5_000;
      while (heard === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      expect(heard).toBeGreaterThan(0);
    } finally {
      unsubscribe();
    }
  });

  it('a writer whose tip is stale still gets the true conflict, and then appends', async () => {
    await a.appendToStream('case-x', [{ type: 'registered', data: {} }], { expectedVersion: 'no-stream' });
    await b.appendToStream('case-x', [{ type: 'classified', data: {} }], { expectedVersion: 1 });
    await expect(
      a.appendToStream('case-x', [{ type: 'accepted', data: {} }], { expectedVersion: 1 }),
    ).rejects.toEqual(new WrongExpectedVersion('case-x', 1, 2));
    const result = await a.appendToStream('case-x', [{ type: 'accepted', data: {} }], { expectedVersion: 2 });
    expect(result.nextExpectedVersion).toBe(3);
    expect((await b.readStream('case-x')).map((e) => e.type)).toEqual([
      'registered',
      'classified',
      'accepted',
    ]);
    expect(await a.verify()).toMatchObject({ ok: true });
  });

  it('the checks under the head lock look up streams and event ids by index, never scan the log', async () => {
    // A connection prepares its statements while the log is empty, keeps their generic plans,
    // and still runs them when the log has grown.
    const schema = 'plan_check';
    const store = new PostgresEventStore({ connectionString: db.url, poolSize: 2, schema });
    await store.migrate();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('SET plan_cache_mode = force_generic_plan');
      const names = {
        lock: 't_lock',
        locked: 't_locked',
        load: 't_load',
        check: 't_check',
        insert: 't_insert',
      };
      await client.query(flushStatements(tables(schema), names));
      const ids = `'{${randomUUID()},${randomUUID()}}'`;
      const statements = [
        `EXECUTE t_load('{plan-1,plan-2}', ${ids})`,
        `EXECUTE t_check(0, 'x', '{plan-1,plan-2}', '{100,100}', ${ids})`,
      ];
      const plans = async () => {
        const found: string[] = [];
        for (const statement of statements) {
          const results = (await client.query(
            `${FLUSH_BEGIN} EXPLAIN (FORMAT JSON) ${statement}; ROLLBACK`,
          )) as unknown as Array<{ rows: Array<Record<string, unknown>> }>;
          found.push(JSON.stringify(results[results.length - 2].rows[0]['QUERY PLAN']));
        }
        return found;
      };
      await plans(); // planned on the empty log
      for (let i = 0; i < 20; i++) {
        await store.appendToStream(
          `plan-${i}`,
          Array.from({ length: 100 }, (_, n) => ({ type: 'step', data: { n }, id: randomUUID() })),
        );
      }
      for (const plan of await plans()) {
        expect(plan).toContain('Index');
        expect(plan).not.toContain('Seq Scan');
      }
    } finally {
      await client.end();
      await store.close();
    }
  });
});
