import { givenWhenThen } from '@aftersales/cqrs';
import { money } from '@aftersales/kernel';
import type { DispatchPolicy } from '../dispatch-policy';
import { TEST_POLICY } from '../dispatch.fixtures';
import { engineerDecider, type EngineerCommand } from '../engineer/engineer.decider';
import type { EngineerState } from '../engineer/engineer.state';
import { registerEngineerCommand } from '../engineer/engineer.fixtures';
import type { VisitEvent } from './visit.events';
import { visitDecider, type VisitCommand } from './visit.decider';
import type { OpenVisit } from './open-visit/open-visit.decide';

/** Monday 2026-03-02 09:00 in Hangzhou. */
export const T0 = new Date('2026-03-02T01:00:00.000Z');
export const minutesAfter = (m: number, from = T0) => new Date(from.getTime() + m * 60_000);
export const cny = (minor: number) => money(minor, 'CNY');

function engineer(commands: EngineerCommand[]): EngineerState {
  let state = engineerDecider.initialState;
  for (const command of commands) {
    const events = engineerDecider.decide(command, state, {
      now: new Date('2026-01-05T00:00:00Z'),
    });
    state = events.reduce(engineerDecider.evolve, state);
  }
  return state;
}

/** Engineers the handler would load: e1/e4 Hangzhou switchgear (e4 from head office), e2 transformers, e3 Berlin, e5 on leave, e6 inactive. */
export const ENGINEERS: Readonly<Record<string, EngineerState>> = {
  e1: engineer([
    registerEngineerCommand({ engineerId: 'e1' }),
    { type: 'ReceiveParts', engineerId: 'e1', lines: [{ partNo: 'FUSE-12', qty: 3 }], reference: 'ISS-1' },
  ]),
  e2: engineer([registerEngineerCommand({ engineerId: 'e2', skills: ['transformers'] })]),
  e3: engineer([registerEngineerCommand({ engineerId: 'e3', branch: 'BER' })]),
  e4: engineer([registerEngineerCommand({ engineerId: 'e4', home: 'head-office' })]),
  e5: engineer([
    registerEngineerCommand({ engineerId: 'e5' }),
    {
      type: 'SetAvailability',
      engineerId: 'e5',
      availability: 'on-leave',
      from: '2026-03-01T00:00:00Z',
      until: '2026-03-09T00:00:00Z',
      reason: 'annual leave',
    },
  ]),
  e6: engineer([
    registerEngineerCommand({ engineerId: 'e6' }),
    { type: 'DeactivateEngineer', engineerId: 'e6', reason: 'left' },
  ]),
};

export function openCommand(overrides: Partial<OpenVisit> = {}): OpenVisit {
  return {
    type: 'OpenVisit',
    visitId: 'v1',
    caseId: 'c1',
    caseNumber: 'HZ-2026-000001',
    branch: 'HZ',
    customer: { customerId: 'cust-1', addressRef: 'case-c1#customer.address', zone: 'city' },
    product: { model: 'KYN28-12', serialNumber: 'SN-0001', productLine: 'switchgear' },
    problem: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP' },
    urgency: 'emergency',
    acceptedAt: T0.toISOString(),
    ...overrides,
  };
}

/** given(events).when(command, at).then(events) / .thenThrows(rule) over the visit decider. */
export function given(history: VisitEvent[], policy: DispatchPolicy = TEST_POLICY) {
  const engineer = (id: string): EngineerState => ENGINEERS[id] ?? { exists: false };
  return givenWhenThen(visitDecider, (now) => ({ now, policy, engineer }), T0)(history);
}

/** The history after running each command at its instant. */
export function play(steps: [VisitCommand, Date][], history: VisitEvent[] = []): VisitEvent[] {
  return steps.reduce<VisitEvent[]>(
    (events, [command, at]) => [...events, ...given(events).when(command, at).events()],
    history,
  );
}

export const opened = (overrides: Partial<OpenVisit> = {}) => play([[openCommand(overrides), T0]]);
export const assigned = (overrides: Partial<OpenVisit> = {}) =>
  play(
    [
      [
        { type: 'AssignEngineer', visitId: 'v1', engineerId: 'e1', assignedBy: 'dispatcher' },
        minutesAfter(5),
      ],
    ],
    opened(overrides),
  );
export const departed = (overrides: Partial<OpenVisit> = {}) =>
  play([[{ type: 'RecordDeparture', visitId: 'v1' }, minutesAfter(10)]], assigned(overrides));
export const arrived = (at = minutesAfter(50), overrides: Partial<OpenVisit> = {}) =>
  play([[{ type: 'RecordArrival', visitId: 'v1' }, at]], departed(overrides));
export const diagnosed = (overrides: Partial<OpenVisit> = {}) =>
  play(
    [[{ type: 'RecordFindings', visitId: 'v1', findings: '真空断路器触头烧蚀' }, minutesAfter(80)]],
    arrived(minutesAfter(50), overrides),
  );
export const takenBack = (overrides: Partial<OpenVisit> = {}) =>
  play(
    [
      [
        {
          type: 'TakeBackProduct',
          visitId: 'v1',
          receiptNo: 'R-001',
          registerEntryNo: 'IN-001',
          repairCardNo: 'RC-001',
        },
        minutesAfter(90),
      ],
    ],
    diagnosed(overrides),
  );
export const signature = (at = minutesAfter(120)) => ({
  signedBy: '王芳',
  signedAt: at.toISOString(),
  method: 'e-signature' as const,
});
