import { createTestDatabase, eventually, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import { DispatchRuntime } from '../infrastructure/dispatch-runtime';
import { defaultCalendar, dispatchSettings } from '../infrastructure/dispatch-settings';
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
    DispatchRuntime.start({ databaseUrl: db.url, eventStoreSchema: 'event_store', settings, idleMs: 200 });

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
