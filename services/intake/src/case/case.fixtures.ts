import type { CaseEvent } from './case.events';
import { caseDecider, type CaseCommand } from './case.decider';
import { DEFAULT_INTAKE_POLICY, type IntakePolicy } from './intake-policy';
import type { RegisterCase } from './register-case/register-case.decide';

export const T0 = new Date('2026-03-02T01:00:00.000Z');
export const minutesAfter = (m: number, from = T0) => new Date(from.getTime() + m * 60_000);

export function registerCommand(overrides: Partial<RegisterCase> = {}): RegisterCase {
  return {
    type: 'RegisterCase',
    caseId: 'c1',
    caseNumber: 'HZ-2026-000001',
    branch: 'HZ',
    channel: 'hotline',
    kind: 'quality-complaint',
    severity: 'general',
    customer: {
      customerId: 'cust-1',
      name: '王芳',
      phone: '+86 571 8888 0000',
      address: '杭州市西湖区',
      vip: false,
    },
    product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
    problem: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP' },
    ...overrides,
  };
}

/** given(events).when(command, at).then(events) / .thenThrows(rule) over the case decider. */
export function given(history: CaseEvent[], policy: IntakePolicy = DEFAULT_INTAKE_POLICY) {
  const state = history.reduce(caseDecider.evolve, caseDecider.initialState);
  return {
    when(command: CaseCommand, now: Date = T0) {
      const run = () => caseDecider.decide(command, state, { now, policy });
      return {
        then(expected: CaseEvent[]) {
          expect(run()).toEqual(expected);
        },
        events: run,
        thenThrows(rule: string | (new (...args: never[]) => Error)) {
          if (typeof rule === 'string') {
            expect(run).toThrow(expect.objectContaining({ rule }) as unknown as Error);
          } else {
            expect(run).toThrow(rule);
          }
        },
      };
    },
  };
}

/** Events of a case registered at T0 with the given overrides. */
export function registered(overrides: Partial<RegisterCase> = {}): CaseEvent[] {
  return given([]).when(registerCommand(overrides)).events();
}
