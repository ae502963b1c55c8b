import { spawn } from 'node:child_process';
import path from 'node:path';
import { fixedClock, requestContext, SYSTEM_ACTOR } from '@aftersales/kernel';
import { createTestDatabase, eventually, TestDatabase, withTimeout } from '@aftersales/testing';
import { Pool } from 'pg';
import { TimerHandler, TimerRunner, TimerRunnerOptions } from './timer-runner';
import { TimerStore } from './timer-store';

const DAY = 86_400_000;

describe('TimerRunner (PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let schemas = 0;
  const running: TimerRunner[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('sched');
    pool = db.pool({ max: 10 });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
  });
  afterAll(() => db.drop());

  /** Each test its own schema (timers + effects), so runners of one test never see another's timers. */
  async function freshStore(clock = fixedClock('2026-11-20T08:00:00Z')) {
    const schema = `timers_${++schemas}`;
    const store = new TimerStore({ pool, schema, clock });
    await store.migrate();
    await pool.query(`CREATE TABLE ${schema}.effects (timer_id text NOT NULL, runner text NOT NULL)`);
    const recordEffect: TimerHandler = async (timer, { client }) => {
      await client.query(`INSERT INTO ${schema}.effects (timer_id, runner) VALUES ($1, $2)`, [
        timer.id,
        timer.kind,
      ]);
    };
    const effects = async (id?: string) =>
      (
        await pool.query(
          `SELECT timer_id, count(*)::int AS n FROM ${schema}.effects WHERE $1::text IS NULL OR timer_id = $1
           GROUP BY timer_id`,
          [id ?? null],
        )
      ).rows as { timer_id: string; n: number }[];
    return { schema, store, clock, recordEffect, effects };
  }

  async function startRunner(options: TimerRunnerOptions): Promise<TimerRunner> {
    const runner = new TimerRunner({ pollIntervalMs: 50, onError: () => undefined, ...options });
    await runner.start();
    running.push(runner);
    return runner;
  }

  it('INT-4: fires a due timer once, with its effect, in the request context of the scheduler', async () => {
    const { schema, store, clock, effects } = await freshStore();
    const seen: unknown[] = [];
    await startRunner({
      store,
      handlers: {
        'response-deadline': async (timer, { client, firedAt }) => {
          seen.push({ context: requestContext.current(), firedAt, payload: timer.payload });
          await client.query(`INSERT INTO ${schema}.effects VALUES ($1, 'x')`, [timer.id]);
        },
      },
    });
    await requestContext.run({ actor: SYSTEM_ACTOR, correlationId: 'corr-1', branch: 'hangzhou' }, () =>
      store.schedule('rd:case-1', clock.now(), { caseId: 'case-1' }, { kind: 'response-deadline' }),
    );
    await eventually(async () => (await store.get('rd:case-1'))?.status === 'fired', 'timer fired', 5_000);
    expect(await effects()).toEqual([{ timer_id: 'rd:case-1', n: 1 }]);
    expect(seen).toEqual([
      {
        context: expect.objectContaining({
          correlationId: 'corr-1',
          branch: 'hangzhou',
          causationId: 'timer:rd:case-1',
        }),
        firedAt: clock.now(),
        payload: { caseId: 'case-1' },
      },
    ]);
    expect(await store.get('rd:case-1')).toMatchObject({ attempts: 1, firedAt: clock.now() });
  });

  it('fires a far-future timer when the injected clock reaches it, not before', async () => {
    const { store, clock, recordEffect, effects } = await freshStore();
    const runner = await startRunner({ store, handlers: { k: recordEffect } });
    await store.schedule('far', new Date(clock.now().getTime() + 30 * DAY), {}, { kind: 'k' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await store.get('far')).toMatchObject({ status: 'scheduled', attempts: 0 });
    clock.advance(30 * DAY);
    runner.wake();
    await eventually(async () => (await store.get('far'))?.status === 'fired', 'far timer fired', 5_000);
    expect(await effects('far')).toEqual([{ timer_id: 'far', n: 1 }]);
  });

  it('wakes early on NOTIFY when a timer is scheduled sooner than its next poll', async () => {
    const { store, clock, recordEffect } = await freshStore();
    await startRunner({ store, handlers: { k: recordEffect }, pollIntervalMs: 60_000 });
    await new Promise((r) => setTimeout(r, 300)); // the runner has polled and sleeps for a minute
    const scheduledAt = Date.now();
    await store.schedule('soon', clock.now(), {}, { kind: 'k' });
    await eventually(async () => (await store.get('soon'))?.status === 'fired', 'woken by NOTIFY', 5_000, 10);
    expect(Date.now() - scheduledAt).toBeLessThan(5_000);
  });

  it('listens again after losing its LISTEN connection', async () => {
    const { store, clock, recordEffect } = await freshStore();
    await startRunner({ store, handlers: { k: recordEffect }, pollIntervalMs: 60_000 });
    const listenerPid = async () =>
      (
        await pool.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN "${store.channel}"'`,
        )
      ).rows.map((r) => r.pid as number);
    const [first] = await eventually(async () => {
      const pids = await listenerPid();
      return pids.length === 1 && pids;
    }, 'runner listening');
    await pool.query('SELECT pg_terminate_backend($1)', [first]);
    await eventually(async () => {
      const pids = await listenerPid();
      return pids.length === 1 && pids[0] !== first;
    }, 'runner listening on a new connection');
    await store.schedule('after-reconnect', clock.now(), {}, { kind: 'k' });
    await eventually(
      async () => (await store.get('after-reconnect'))?.status === 'fired',
      'woken by NOTIFY',
      5_000,
    );
  });

  it('a cancelled timer never fires; a fired one cannot be cancelled or re-armed', async () => {
    const { store, clock, recordEffect, effects } = await freshStore();
    const due = new Date(clock.now().getTime() + 60_000);
    await store.schedule('cancelled', due, {}, { kind: 'k' });
    await store.schedule('kept', due, {}, { kind: 'k' });
    const runner = await startRunner({ store, handlers: { k: recordEffect } });
    expect(await store.cancel('cancelled')).toBe(true);
    clock.advance(120_000);
    runner.wake();
    await eventually(async () => (await store.get('kept'))?.status === 'fired', 'kept fired', 5_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(await effects()).toEqual([{ timer_id: 'kept', n: 1 }]);
    expect(await store.get('cancelled')).toMatchObject({ status: 'cancelled', attempts: 0 });
    expect(await store.cancel('kept')).toBe(false);
    expect(await store.schedule('kept', due, {}, { kind: 'k' })).toBe('already-fired');
    expect(await store.schedule('kept', clock.now(), {}, { kind: 'k' })).toBe('already-fired');
    runner.wake();
    await new Promise((r) => setTimeout(r, 200));
    expect(await effects('kept')).toEqual([{ timer_id: 'kept', n: 1 }]);
  });

  it('retries a failing handler with backoff, records attempts, rolls back its writes, parks it after maxAttempts', async () => {
    const { schema, store, clock, effects } = await freshStore();
    let failuresLeft = 2;
    const flaky: TimerHandler = async (timer, { client }) => {
      await client.query(`INSERT INTO ${schema}.effects VALUES ($1, 'flaky')`, [timer.id]);
      if (failuresLeft-- > 0) throw new Error('projection unavailable');
    };
    const runner = await startRunner({
      store,
      handlers: { flaky, broken: async () => Promise.reject(new Error('always')) },
      retry: { baseDelayMs: 1_000, maxDelayMs: 60_000, maxAttempts: 2 },
    });
    const t0 = clock.now().getTime();
    await store.schedule('flaky', clock.now(), {}, { kind: 'flaky' });
    await eventually(async () => (await store.get('flaky'))?.attempts === 1, 'first attempt', 5_000);
    expect(await store.get('flaky')).toMatchObject({
      status: 'scheduled',
      lastError: 'projection unavailable',
      nextAttemptAt: new Date(t0 + 1_000),
    });
    expect(await effects()).toEqual([]);

    clock.advance(1_000);
    runner.wake();
    await eventually(async () => (await store.get('flaky'))?.attempts === 2, 'second attempt', 5_000);
    // maxAttempts (2) reached: parked as dead, no further retries.
    expect(await store.get('flaky')).toMatchObject({
      status: 'dead',
      nextAttemptAt: new Date(t0 + 1_000 + 2_000),
    });

    // A new schedule re-arms a parked timer; now the handler succeeds.
    expect(await store.schedule('flaky', clock.now(), { again: true }, { kind: 'flaky' })).toBe(
      'rescheduled',
    );
    await eventually(async () => (await store.get('flaky'))?.status === 'fired', 'fired after re-arm', 5_000);
    expect(await effects()).toEqual([{ timer_id: 'flaky', n: 1 }]);
    expect(await store.get('flaky')).toMatchObject({ attempts: 1 });
  });

  it('survives a restart: scheduled under one runner, fired exactly once by the next; stop() finishes the timer in hand', async () => {
    const { store, clock, recordEffect, effects } = await freshStore();
    const first = await startRunner({ store, handlers: { k: recordEffect } });
    await store.schedule('after-restart', new Date(clock.now().getTime() + 2 * DAY), {}, { kind: 'k' });
    await first.stop();

    clock.advance(2 * DAY);
    let entered!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const gate = new Promise<void>((r) => (release = r));
    const slow: TimerHandler = async (timer, firing) => {
      entered();
      await gate;
      await recordEffect(timer, firing);
    };
    const second = await startRunner({ store, handlers: { k: slow }, name: 'second' });
    await withTimeout(inHandler, 5_000, 'second runner takes the timer');
    const stopped = second.stop();
    setTimeout(release, 100);
    await withTimeout(stopped, 5_000, 'stop() with a timer in hand');
    expect(await store.get('after-restart')).toMatchObject({
      status: 'fired',
      firedBy: 'second',
      attempts: 1,
    });
    expect(await effects()).toEqual([{ timer_id: 'after-restart', n: 1 }]);
  });

  it('a runner killed with SIGKILL inside the handler leaves no effect; the next runner fires the timer exactly once', async () => {
    const { schema, store, recordEffect, effects } = await freshStore(fixedClock(new Date()));
    await store.schedule('crash', new Date(Date.now() - 1_000), {}, { kind: 'response-deadline' });
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', path.join(__dirname, '../../test/hanging-runner.child.ts')],
      {
        cwd: path.join(__dirname, '../../../..'),
        env: { ...process.env, TIMERS_DATABASE_URL: db.url, TIMERS_SCHEMA: schema },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await withTimeout(
        new Promise<void>((resolve) =>
          child.stdout.on(
            'data',
            (chunk: Buffer) => chunk.toString().includes('in-handler crash') && resolve(),
          ),
        ),
        20_000,
        'child runner inside the handler',
      );
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    await startRunner({ store, handlers: { 'response-deadline': recordEffect }, name: 'survivor' });
    await eventually(
      async () => (await store.get('crash'))?.status === 'fired',
      'refired after crash',
      10_000,
    );
    expect(await store.get('crash')).toMatchObject({ firedBy: 'survivor', attempts: 1 });
    expect(await effects()).toEqual([{ timer_id: 'crash', n: 1 }]);
  });

  it('two runners on one table fire 200 timers, each exactly once', async () => {
    const { schema, store, clock, effects } = await freshStore();
    const handler =
      (name: string): TimerHandler =>
      async (timer, { client }) => {
        await client.query(`INSERT INTO ${schema}.effects VALUES ($1, $2)`, [timer.id, name]);
        await new Promise((r) => setTimeout(r, 2)); // widen the window for a double claim
      };
    await startRunner({ store, handlers: { k: handler('a') }, name: 'a' });
    await startRunner({ store, handlers: { k: handler('b') }, name: 'b' });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (let i = 0; i < 200; i++) await store.schedule(`t${i}`, clock.now(), { i }, { kind: 'k', client });
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await eventually(
      async () =>
        (await pool.query(`SELECT count(*)::int AS n FROM ${schema}.timers WHERE status = 'fired'`)).rows[0]
          .n === 200,
      '200 timers fired',
      30_000,
    );
    const fired = await effects();
    expect(fired).toHaveLength(200);
    expect(fired.every((e) => e.n === 1)).toBe(true);
    const { rows } = await pool.query(
      `SELECT runner, count(*)::int AS n FROM ${schema}.effects GROUP BY runner ORDER BY runner`,
    );
    // Both replicas took part, so the exactly-once result was reached concurrently.
    expect(rows.map((r) => r.runner)).toEqual(['a', 'b']);
    const firedBy = await pool.query(`SELECT count(*)::int AS n FROM ${schema}.timers t
      JOIN ${schema}.effects e ON e.timer_id = t.id WHERE t.fired_by <> e.runner`);
    expect(firedBy.rows[0].n).toBe(0);
  });
});
