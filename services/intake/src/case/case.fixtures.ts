import { givenWhenThen } from '@aftersales/cqrs';
import type { CaseEvent } from './case.events';
import { caseDecider } from './case.decider';
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
  return givenWhenThen(caseDecider, (now) => ({ now, policy }), T0)(history);
}

/** Events of a case registered at T0 with the given overrides. */
export function registered(overrides: Partial<RegisterCase> = {}): CaseEvent[] {
  return given([]).when(registerCommand(overrides)).events();
}
