import { createTestDatabase, eventually, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import { startRuntimeFromEnv } from '@aftersales/platform';
import type { DispatchRuntime } from '../dispatch.runtime';
import { dispatchService } from '../dispatch.service';
import { defaultCalendar, dispatchSettings } from '../dispatch-settings';
import type { Timer } from '@aftersales/scheduling';
import { END_OF_DAY_CHECK, EndOfDayChecks } from './end-of-day.timer';
import { arrivalTimerId } from './visit-timers.projection';

describe('dispatch deadlines are durable timers kept in step with the log (DSP-2, DSP-5)', () => {
  let db: TestDatabase;
  const settings = dispatchSettings({
    branches: {
      HZ: {
        calendar: defaultCalendar('Asia/Shanghai'),
        arrivalRules: [
          {
            urgencies: ['emergency'],
            minutes: 0.05,
            counted: 'calendar-time',
            from: 'accepted',
            source: 'test 3 s',
          },
          {
            urgencies: ['standard', 'scheduled'],
            minutes: 600,
            counted: 'calendar-time',
            from: 'accepted',
            source: 'test 10 h',
          },
        ],
      },
    },
  });
  const start = () =>
    startRuntimeFromEnv(dispatchService, { DATABASE_URL: db.url }, { settings, idleMs: 200 });

  beforeAll(async () => {
    db = await createTestDatabase('dispatch_timers');
  });
  afterAll(() => db.drop());

  const open = (runtime: DispatchRuntime, urgency: 'emergency' | 'standard') => {
    const visitId = randomUUID();
    return runtime.commands
      .visit({
        type: 'OpenVisit',
        visitId,
        caseId: randomUUID(),
        caseNumber: 'HZ-2026-000001',
        branch: 'HZ',
        customer: { customerId: 'c', addressRef: 'ref', zone: 'city' },
        product: { model: 'M', serialNumber: 'S', productLine: 'switchgear' },
        problem: { description: 'p' },
        urgency,
        acceptedAt: new Date().toISOString(),
      })
      .then(() => visitId);
  };

  it('DSP-2: an arrival deadline armed before a restart fires after it, once; DSP-5: a promise escalates once; arrival cancels the timer', async () => {
    const first = await start();
    const late = await open(first, 'emergency');
    const onTime = await open(first, 'standard');
    await first.projections.catchUp();
    expect(await first.timers.get(arrivalTimerId(onTime))).toMatchObject({ status: 'scheduled' });
    await first.stop();

    const second = await start();
    const third = await start();
    try {
      await eventually(
        async () =>
          (await second.store.readStream(`visit-${late}`)).some((e) => e.type === 'ArrivalDeadlineMissed'),
        'arrival-deadline-missed after restart',
        15_000,
      );
      await second.commands.visit({
        type: 'PromiseRepairDate',
        visitId: late,
        promisedBy: new Date(Date.now() + 3_600_000).toISOString(),
      });
      await eventually(
        async () =>
          (await second.store.readStream(`visit-${late}`)).some((e) => e.type === 'RepairEscalated'),
        'repair-escalated',
        15_000,
      );
      await new Promise((r) => setTimeout(r, 1_000));
      const types = (await second.store.readStream(`visit-${late}`)).map((e) => e.type);
      expect(types.filter((t) => t === 'ArrivalDeadlineMissed')).toHaveLength(1);
      expect(types.filter((t) => t === 'RepairEscalated')).toHaveLength(1);

      await second.store.appendToStream(`engineer-e1`, [
        {
          type: 'EngineerRegistered',
          data: {
            engineerId: 'e1',
            branch: 'HZ',
            home: 'branch',
            skills: ['switchgear'],
            baseZone: 'city',
            registeredAt: new Date().toISOString(),
          },
        },
      ]);
      await second.commands.visit({
        type: 'AssignEngineer',
        visitId: onTime,
        engineerId: 'e1',
        assignedBy: 'dispatcher',
      });
      await second.commands.visit({ type: 'RecordDeparture', visitId: onTime });
      await second.commands.visit({ type: 'RecordArrival', visitId: onTime });
      await second.projections.catchUp();
      expect(await second.timers.get(arrivalTimerId(onTime))).toMatchObject({ status: 'cancelled' });
    } finally {
      await third.stop();
      await second.stop();
    }
  });
});

describe('DSP-5 end-of-day check', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('dispatch_eod');
  });
  afterAll(() => db.drop());

  it('on a day off every undispatched request is flagged for the next morning, once, and the next check is armed', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const calendar = { ...defaultCalendar('Asia/Shanghai'), holidays: [today] };
    const settings = dispatchSettings({ branches: { HZ: { calendar } } });
    const runtime = await startRuntimeFromEnv(dispatchService, { DATABASE_URL: db.url }, { settings });
    try {
      const visitId = randomUUID();
      await runtime.commands.visit({
        type: 'OpenVisit',
        visitId,
        caseId: randomUUID(),
        caseNumber: 'HZ-2026-000009',
        branch: 'HZ',
        customer: { customerId: 'c', addressRef: 'ref', zone: 'city' },
        product: { model: 'M', serialNumber: 'S', productLine: 'switchgear' },
        problem: { description: 'p' },
        urgency: 'standard',
        acceptedAt: new Date(Date.now() - 60_000).toISOString(),
      });
      await runtime.projections.catchUp();
      const checks = new EndOfDayChecks(
        runtime.timers,
        settings.policy,
        runtime.dataSource,
        runtime.commands,
      );
      const timer = { id: 'dispatch-eod-HZ:test', payload: { branch: 'HZ' } } as Timer;
      await checks.fire(timer);
      await checks.fire(timer);
      const flagged = (await runtime.store.readStream(`visit-${visitId}`)).filter(
        (e) => e.type === 'RequestFlaggedForMorningDispatch',
      );
      expect(flagged).toHaveLength(1);
      const { rows } = await runtime.pool.query(
        `SELECT count(*)::int AS n FROM dispatch.timers WHERE kind = $1 AND status = 'scheduled'`,
        [END_OF_DAY_CHECK],
      );
      expect(rows[0].n).toBeGreaterThanOrEqual(1);
    } finally {
      await runtime.stop();
    }
  });
});
