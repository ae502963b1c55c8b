import { deepStrictEqual, fail } from 'node:assert/strict';
import type { AnyEvent } from '@aftersales/event-store';
import { RuleViolation } from '@aftersales/kernel';
import type { Decider } from '../decider/decider';

type ErrorType = abstract new (...args: never[]) => Error;

export interface Then<Event> {
  /** The command decides exactly these events (compared as JSON, as they are stored). */
  then(expected: readonly Event[]): void;
  /** The command is refused: a RuleViolation with this rule id, or an error of this type. */
  thenThrows(expected: string | ErrorType, message?: RegExp): void;
}

export interface When<Command, Event> {
  when(command: Command): Then<Event>;
}

const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Aggregate tests as given(events) / when(command) / then(events or error) (STYLE.md):
 * `given(caseDecider, [registered]).when(accept).then([accepted])`.
 */
export function given<Command, Event extends AnyEvent, State>(
  decider: Decider<Command, Event, State>,
  history: readonly Event[],
  options: { now?: Date } = {},
): When<Command, Event> {
  const state = history.reduce(decider.evolve, decider.initialState);
  const now = options.now ?? new Date('2026-03-02T08:00:00.000Z');
  return {
    when(command) {
      const decide = () => decider.decide(command, state, now);
      return {
        then(expected) {
          deepStrictEqual(asStored(decide()), asStored(expected));
        },
        thenThrows(expected, message) {
          let events: readonly Event[];
          try {
            events = decide();
          } catch (error) {
            if (typeof expected === 'string') {
              if (!(error instanceof RuleViolation)) throw error;
              deepStrictEqual(
                error.rule,
                expected,
                `refused by rule ${error.rule}, expected ${expected}: ${error.message}`,
              );
            } else if (!(error instanceof expected)) {
              throw error;
            }
            if (message && !message.test((error as Error).message))
              fail(`error message "${(error as Error).message}" does not match ${message}`);
            return;
          }
          fail(
            `expected the command to be refused (${typeof expected === 'string' ? expected : expected.name}), it decided ${JSON.stringify(events)}`,
          );
        },
      };
    },
  };
}
