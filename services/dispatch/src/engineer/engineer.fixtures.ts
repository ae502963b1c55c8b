import type { EngineerEvent } from './engineer.events';
import { engineerDecider, type EngineerCommand } from './engineer.decider';
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
export function givenEngineer(history: EngineerEvent[]) {
  const state = history.reduce(engineerDecider.evolve, engineerDecider.initialState);
  return {
    state,
    when(command: EngineerCommand, now: Date = T0) {
      const run = () => engineerDecider.decide(command, state, { now });
      return {
        then(expected: EngineerEvent[]) {
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

export function engineerRegistered(overrides: Partial<RegisterEngineer> = {}): EngineerEvent[] {
  return givenEngineer([]).when(registerEngineerCommand(overrides)).events();
}
