import { InMemoryEventStore } from '@aftersales/event-store';
import type { Clock } from '@aftersales/kernel';
import { Access } from '@aftersales/platform';
import type { Timer, TimerScheduler } from '@aftersales/scheduling';
import type { CommandBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { DispatchCommands } from './dispatch-commands';
import { EndOfDayChecks } from './deadlines/end-of-day.timer';
import { HZ_CALENDAR } from './dispatch.fixtures';
import { registerEngineerCommand } from './engineer/engineer.fixtures';
import type { DispatchRuntime } from './dispatch.runtime';
import { dispatchSettings } from './dispatch-settings';
import { AutoAssignEngineer, AutoAssignEngineerHandler } from './visit/assign-engineer/auto-assign.handler';
import { ChangeVisitHandler, type ChangeVisit } from './visit/change-visit.handler';
import { OpenVisit, OpenVisitHandler } from './visit/open-visit/open-visit.handler';
import { openCommand } from './visit/visit.fixtures';

/** Years away from the wall clock, so a handler reading it shows: Monday 2031-03-03 18:00 in Hangzhou. */
const AT = new Date('2031-03-03T10:00:00.000Z');
const clock: Clock = { now: () => AT };
const settings = dispatchSettings({
  branches: { HZ: { calendar: HZ_CALENDAR } },
  productLines: { 'KYN28-12': 'switchgear' },
});
const dispatcher = () =>
  new Access({ userId: 'u1', roles: ['dispatcher'], branches: ['HZ'] }, ['dispatcher']);

describe('dispatch handlers read the injected clock, never the wall clock', () => {
  it('DSP-1: a dispatcher-opened visit is accepted at the injected clock’s time', async () => {
    const store = new InMemoryEventStore(clock);
    const caseRow = {
      case_id: 'c1',
      case_number: 'HZ-2031-000001',
      branch: 'HZ',
      kind: 'quality-complaint',
      severity: 'general',
      customer_id: 'cust-1',
      product_model: 'KYN28-12',
      serial_number: 'SN-1',
      problem: { description: 'trips' },
    };
    const runtime = {
      pool: { query: async () => ({ rows: [caseRow] }) },
      settings,
      commands: new DispatchCommands(store, settings.policy, clock, 0),
    } as unknown as DispatchRuntime;
    const summary = await new OpenVisitHandler(runtime).execute(
      new OpenVisit('c1', 'city', undefined, dispatcher()),
    );
    const [opened] = await store.readStream(`visit-${summary!.visitId}`);
    expect(opened.data).toMatchObject({ acceptedAt: AT.toISOString() });
  });

  it('DSP-1: the auto-assigner weighs availability at the injected clock’s time', async () => {
    const commands = new DispatchCommands(new InMemoryEventStore(clock), settings.policy, clock, 0);
    await commands.engineer(registerEngineerCommand({ engineerId: 'e1' }));
    const day = 86_400_000;
    await commands.engineer({
      type: 'SetAvailability',
      engineerId: 'e1',
      availability: 'on-leave',
      // On leave now by the wall clock, back before the injected clock's day.
      from: '2020-01-01T00:00:00.000Z',
      until: new Date(AT.getTime() - day).toISOString(),
      reason: 'annual leave',
    });
    await commands.visit(openCommand({ visitId: 'v1', acceptedAt: AT.toISOString() }));
    const runtime = {
      commands,
      settings,
      dataSource: { query: async () => [{ id: 'e1', load: '0' }] },
      // The roster is taken as caught up with the log (its own e2e spec shows the wait).
      store: { headPosition: async () => 0 },
      projections: { awaitPosition: async () => [] },
      config: { READ_MODEL_WAIT_MS: 0 },
    } as unknown as DispatchRuntime;
    const bus = {
      execute: (c: ChangeVisit) => new ChangeVisitHandler(runtime).execute(c),
    } as unknown as CommandBus;
    const assigned = await new AutoAssignEngineerHandler(runtime, bus).execute(
      new AutoAssignEngineer('v1', dispatcher()),
    );
    expect(assigned).toMatchObject({ engineerId: 'e1', events: ['EngineerAssigned'] });
  });

  it('DSP-5: the end-of-day check flags by the injected clock’s day and arms the next close from it', async () => {
    const flags: unknown[] = [];
    const scheduled: Date[] = [];
    const timers = {
      schedule: async (_id: string, at: Date) => void scheduled.push(at),
    } as unknown as TimerScheduler;
    const dataSource = {
      query: async () => [{ visitId: 'v1', openedAt: new Date('2031-03-03T02:00:00.000Z') }],
    } as unknown as DataSource;
    const commands = {
      clock,
      visit: async (flag: unknown) => void flags.push(flag),
    } as unknown as DispatchCommands;
    const checks = new EndOfDayChecks(timers, settings.policy, dataSource, commands);
    await checks.fire({ id: 't1', payload: { branch: 'HZ' } } as unknown as Timer);
    expect(flags).toEqual([
      { type: 'FlagForMorningDispatch', visitId: 'v1', dispatchFirstAt: '2031-03-04T00:30:00.000Z' },
    ]);
    expect(scheduled).toEqual([new Date('2031-03-04T09:30:00.000Z')]);
  });
});
