import { givenWhenThen } from '@aftersales/cqrs';
import type { EngineerEvent } from './engineer.events';
import { engineerDecider } from './engineer.decider';
import type { RegisterEngineer } from './register-engineer/register-engineer.decide';

export const T0 = new Date('2026-03-02T01:00:00.000Z');

export function registerEngineerCommand(overrides: Partial<RegisterEngineer> = {}): RegisterEngineer {
  return {
    type: 'RegisterEngineer',
    engineerId: 'e1',
    branch: 'HZ',
    home: 'branch',
    skills: ['switchgear'],
    baseZone: 'city',
    ...overrides,
  };
}

/** given(events).when(command, at).then(events) / .thenThrows(rule) over the engineer decider. */
export const givenEngineer = givenWhenThen(engineerDecider, (now) => ({ now }), T0);

export function engineerRegistered(overrides: Partial<RegisterEngineer> = {}): EngineerEvent[] {
  return givenEngineer([]).when(registerEngineerCommand(overrides)).events();
}
