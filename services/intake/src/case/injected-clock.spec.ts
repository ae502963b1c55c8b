import { InMemoryEventStore } from '@aftersales/event-store';
import type { Clock } from '@aftersales/kernel';
import { Access } from '@aftersales/platform';
import type { ConsumedEvent } from '@aftersales/messaging';
import type { IntakeRuntime } from '../intake.runtime';
import { downstreamTimelineHandler } from '../reactions/downstream-timeline';
import { CaseCommands } from './case-commands';
import { caseStreamId } from './case.decider';
import { registerCommand } from './case.fixtures';
import { DEFAULT_INTAKE_POLICY } from './intake-policy';
import { RegisterCase, RegisterCaseHandler } from './register-case/register-case.handler';
import type { RegisterCaseDto } from './register-case/register-case.dto';

/** Years away from the wall clock, so a handler reading it shows. */
const AT = new Date('2031-12-31T17:00:00.000Z'); // 2032-01-01 01:00 in Hangzhou
const clock: Clock = { now: () => AT };

describe('intake handlers read the injected clock, never the wall clock', () => {
  it('INT-1: the case number’s year is the injected clock’s, in the branch’s zone', async () => {
    const store = new InMemoryEventStore(clock);
    const commands = new CaseCommands(store, DEFAULT_INTAKE_POLICY, clock, 0);
    const years: number[] = [];
    const runtime = {
      store,
      commands,
      settings: { zones: { zoneOf: () => 'Asia/Shanghai' }, policy: DEFAULT_INTAKE_POLICY },
      caseNumbers: {
        next: async (branch: string, year: number) => (years.push(year), `${branch}-${year}-000001`),
      },
    } as unknown as IntakeRuntime;
    const { caseId: _id, caseNumber: _no, type: _t, ...request } = registerCommand();
    const access = new Access({ userId: 'u1', roles: ['intake-clerk'], branches: ['HZ'] }, ['intake-clerk']);
    const { summary } = await new RegisterCaseHandler(runtime).execute(
      new RegisterCase(request as unknown as RegisterCaseDto, access),
    );
    expect(years).toEqual([2032]);
    expect(summary.caseNumber).toBe('HZ-2032-000001');
  });

  it('a downstream event without a time is entered on the timeline at the injected clock’s time', async () => {
    const store = new InMemoryEventStore(clock);
    const commands = new CaseCommands(store, DEFAULT_INTAKE_POLICY, clock, 0);
    await commands.execute(registerCommand());
    const event: ConsumedEvent = {
      id: 'ev-1',
      type: 'dispatch.engineer-assigned.v1',
      payload: { caseId: 'c1', engineerId: 'e1' },
      topic: 't',
      partition: 0,
      offset: '0',
      headers: {},
    };
    await downstreamTimelineHandler(commands)(event);
    const entry = (await store.readStream(caseStreamId('c1'))).find(
      (e) => e.type === 'TimelineEntryRecorded',
    );
    expect(entry?.data).toMatchObject({ occurredAt: AT.toISOString() });
  });
});
