import type { RecordedEvent } from '@aftersales/event-store';
import { fixedClock } from '@aftersales/kernel';
import { TimerStore } from '@aftersales/scheduling';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { CaseEvent } from '../case.events';
import { registered, T0 } from '../case.fixtures';
import { DeadlineTimersProjection, resolutionTimerId, responseTimerId } from './deadline-timers.projection';

const recorded = (events: CaseEvent[]): RecordedEvent[] =>
  events.map((e, i) => ({
    streamId: `case-${String((e.data as { caseId: string }).caseId)}`,
    streamVersion: i + 1,
    globalPosition: i + 1,
    type: e.type,
    data: e.data,
    metadata: {} as RecordedEvent['metadata'],
  }));

const responded = (caseId: string, first = true): CaseEvent => ({
  type: 'CaseResponded',
  data: { caseId, response: '已答复', respondedAt: T0.toISOString(), first, withinDeadline: true },
});

describe('INT-4/INT-5 deadline timers projection (PostgreSQL)', () => {
  let db: TestDatabase;
  let timers: TimerStore;
  let projection: DeadlineTimersProjection;

  beforeAll(async () => {
    db = await createTestDatabase('deadline_timers');
    timers = new TimerStore({ pool: db.pool({ max: 2 }), schema: 'intake', clock: fixedClock(T0) });
    await timers.migrate();
    projection = new DeadlineTimersProjection(timers);
  });
  afterAll(() => db.drop());

  it('INT-4/INT-5: a registration schedules both deadlines at the due instants it carries', async () => {
    const [registration] = registered({ caseId: 'c-a' });
    await projection.apply(recorded([registration]));
    const data = registration.data as { responseDueAt: string; resolutionDueAt: string };
    expect(await timers.get(responseTimerId('c-a'))).toMatchObject({
      status: 'scheduled',
      dueAt: new Date(data.responseDueAt),
      payload: { caseId: 'c-a' },
    });
    expect(await timers.get(resolutionTimerId('c-a'))).toMatchObject({
      status: 'scheduled',
      dueAt: new Date(data.resolutionDueAt),
    });
  });

  it('INT-4: a case registered and answered in one batch leaves only the resolution deadline pending', async () => {
    await projection.apply(recorded([...registered({ caseId: 'c-b' }), responded('c-b')]));
    expect((await timers.get(responseTimerId('c-b')))?.status ?? 'absent').not.toBe('scheduled');
    expect(await timers.get(resolutionTimerId('c-b'))).toMatchObject({ status: 'scheduled' });
  });

  it('INT-4: answered in a later batch, the response deadline is cancelled; a later answer changes nothing', async () => {
    await projection.apply(recorded(registered({ caseId: 'c-c' })));
    await projection.apply(recorded([responded('c-c')]));
    expect(await timers.get(responseTimerId('c-c'))).toMatchObject({ status: 'cancelled' });
    await projection.apply(recorded([responded('c-c', false)]));
    expect(await timers.get(responseTimerId('c-c'))).toMatchObject({ status: 'cancelled' });
  });

  it('INT-11: a pause cancels the pending deadlines; resuming re-arms the running ones at their moved due time', async () => {
    await projection.apply(recorded(registered({ caseId: 'c-p' })));
    const pausedAt = new Date(T0.getTime() + 30 * 60_000).toISOString();
    await projection.apply(
      recorded([
        {
          type: 'DeadlineClockPaused',
          data: { caseId: 'c-p', reason: 'customer-unavailable', pausedAt },
        },
      ]),
    );
    expect(await timers.get(responseTimerId('c-p'))).toMatchObject({ status: 'cancelled' });
    expect(await timers.get(resolutionTimerId('c-p'))).toMatchObject({ status: 'cancelled' });
    const movedDue = new Date(T0.getTime() + 400 * 60_000);
    await projection.apply(
      recorded([
        {
          type: 'DeadlineClockResumed',
          data: {
            caseId: 'c-p',
            pausedAt,
            resumedAt: new Date(T0.getTime() + 230 * 60_000).toISOString(),
            pausedMs: 200 * 60_000,
            resolutionDueAt: movedDue.toISOString(),
          },
        },
      ]),
    );
    expect(await timers.get(responseTimerId('c-p'))).toMatchObject({ status: 'cancelled' });
    expect(await timers.get(resolutionTimerId('c-p'))).toMatchObject({
      status: 'scheduled',
      dueAt: movedDue,
    });
  });

  it('a replayed batch changes nothing', async () => {
    const batch = recorded([...registered({ caseId: 'c-d' }), responded('c-d')]);
    await projection.apply(batch);
    const before = await timers.get(resolutionTimerId('c-d'));
    await projection.apply(batch);
    expect(await timers.get(resolutionTimerId('c-d'))).toEqual(before);
  });
});
