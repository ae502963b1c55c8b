import { fixedClock, requestContext, SYSTEM_ACTOR } from '@aftersales/kernel';
import { createTestDatabase, TestDatabase } from '@aftersales/testing';
import { Pool } from 'pg';
import { TimerStore } from './timer-store';

const HOUR = 3_600_000;

describe('TimerStore (PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: Pool;
  const clock = fixedClock('2026-11-20T08:00:00Z');
  let store: TimerStore;

  beforeAll(async () => {
    db = await createTestDatabase('sched');
    pool = db.pool({ max: 4 });
    store = new TimerStore({ pool, schema: 'intake', clock });
    await store.migrate();
  });
  afterAll(() => db.drop());

  it('migrate() is idempotent, also when run concurrently, and keeps schemas apart', async () => {
    const other = new TimerStore({ pool, schema: 'dispatch', clock });
    await Promise.all([store.migrate(), store.migrate(), other.migrate(), other.migrate()]);
    await store.schedule('only-in-intake', new Date('2026-11-20T10:00:00Z'), {}, { kind: 'k' });
    expect(await other.get('only-in-intake')).toBeUndefined();
    const { rows } = await pool.query(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'timers' ORDER BY 1`,
    );
    expect(rows.map((r) => r.table_schema)).toEqual(['dispatch', 'intake']);
  });

  it('INT-4: scheduling the same id again is a no-op when identical and an update when not', async () => {
    const due = new Date('2026-11-20T10:00:00Z');
    expect(await store.schedule('response-deadline:case-1', due, { caseId: 'case-1' }, { kind: 'rd' })).toBe(
      'scheduled',
    );
    expect(await store.schedule('response-deadline:case-1', due, { caseId: 'case-1' }, { kind: 'rd' })).toBe(
      'unchanged',
    );
    const later = new Date(due.getTime() + HOUR);
    expect(
      await store.schedule('response-deadline:case-1', later, { caseId: 'case-1' }, { kind: 'rd' }),
    ).toBe('rescheduled');
    const timer = await store.get('response-deadline:case-1');
    expect(timer).toMatchObject({
      kind: 'rd',
      dueAt: later,
      nextAttemptAt: later,
      status: 'scheduled',
      payload: { caseId: 'case-1' },
      attempts: 0,
    });
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM intake.timers WHERE id = $1`, [
      'response-deadline:case-1',
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('INT-4: many timers are scheduled, moved and cancelled in one statement each, like one by one', async () => {
    const due = new Date('2026-11-20T12:00:00Z');
    const later = new Date(due.getTime() + HOUR);
    await store.schedule('many-fired', due, {}, { kind: 'rd' });
    await pool.query(`UPDATE intake.timers SET status = 'fired' WHERE id = 'many-fired'`);
    expect(
      await store.scheduleMany([
        { id: 'many-1', kind: 'rd', dueAt: due, payload: { caseId: 'c-1' } },
        { id: 'many-2', kind: 'rs', dueAt: due, payload: { caseId: 'c-1' } },
      ]),
    ).toBe(2);
    // Identical again: nothing changes; moved: updated; fired: left alone.
    expect(
      await store.scheduleMany([
        { id: 'many-1', kind: 'rd', dueAt: due, payload: { caseId: 'c-1' } },
        { id: 'many-2', kind: 'rs', dueAt: later, payload: { caseId: 'c-1' } },
        { id: 'many-fired', kind: 'rd', dueAt: later, payload: {} },
      ]),
    ).toBe(1);
    expect(await store.get('many-1')).toMatchObject({
      dueAt: due,
      status: 'scheduled',
      payload: { caseId: 'c-1' },
    });
    expect(await store.get('many-2')).toMatchObject({ dueAt: later, nextAttemptAt: later, kind: 'rs' });
    expect(await store.get('many-fired')).toMatchObject({ status: 'fired', dueAt: due });
    expect(await store.cancelMany(['many-1', 'many-2', 'many-fired', 'no-such'])).toBe(2);
    expect(await store.get('many-2')).toMatchObject({ status: 'cancelled' });
    expect(await store.scheduleMany([])).toBe(0);

    // Runners hear of the earliest changed due instant, once per statement.
    const listener = await pool.connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(n.payload ?? ''));
    await listener.query(`LISTEN "${store.channel}"`);
    await store.scheduleMany([
      { id: 'many-3', kind: 'rd', dueAt: later, payload: {} },
      { id: 'many-4', kind: 'rd', dueAt: due, payload: {} },
    ]);
    await new Promise((r) => setTimeout(r, 100));
    await listener.query(`UNLISTEN "${store.channel}"`);
    listener.release();
    expect(heard).toEqual([due.toISOString()]);
    await expect(
      store.scheduleMany([
        { id: 'twice', kind: 'rd', dueAt: due, payload: {} },
        { id: 'twice', kind: 'rd', dueAt: later, payload: {} },
      ]),
    ).rejects.toThrow(/twice/);
  });

  it('INT-11: a cancelled timer (clock paused) is re-armed by scheduling it again (clock resumed)', async () => {
    await store.schedule('response-deadline:case-2', new Date('2026-11-20T10:00:00Z'), {}, { kind: 'rd' });
    expect(await store.cancel('response-deadline:case-2')).toBe(true);
    expect(await store.cancel('response-deadline:case-2')).toBe(false);
    expect(await store.get('response-deadline:case-2')).toMatchObject({
      status: 'cancelled',
      cancelledAt: clock.now(),
    });
    const resumedDue = new Date('2026-11-20T11:30:00Z');
    expect(await store.schedule('response-deadline:case-2', resumedDue, {}, { kind: 'rd' })).toBe(
      'rescheduled',
    );
    expect(await store.get('response-deadline:case-2')).toMatchObject({
      status: 'scheduled',
      dueAt: resumedDue,
    });
    expect(await store.cancel('no-such-timer')).toBe(false);
  });

  it('schedules inside the caller transaction: a rollback leaves no timer', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await store.schedule('rolled-back', new Date('2026-11-20T10:00:00Z'), {}, { kind: 'rd', client });
      expect(await store.get('rolled-back', { client })).toBeDefined();
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await store.get('rolled-back')).toBeUndefined();
  });

  it('records the request context of whoever scheduled, for the firing', async () => {
    await requestContext.run({ actor: SYSTEM_ACTOR, correlationId: 'corr-7', branch: 'hangzhou' }, () =>
      store.schedule('with-context', new Date('2026-11-20T10:00:00Z'), {}, { kind: 'rd' }),
    );
    expect(await store.get('with-context')).toMatchObject({ correlationId: 'corr-7', branch: 'hangzhou' });
  });

  it('refuses schema names that are not plain identifiers', () => {
    expect(() => new TimerStore({ pool, schema: 'x"; DROP TABLE y; --' })).toThrow(RangeError);
  });
});
