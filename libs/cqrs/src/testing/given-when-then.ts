import { deepStrictEqual, fail } from 'node:assert/strict';
import type { AnyEvent } from '@aftersales/event-store';
import { RuleViolation } from '@aftersales/kernel';
import { fold, type Decider } from '../decider/decider';

type ErrorType = abstract new (...args: never[]) => Error;

export interface Then<Event> {
  /** The command decides exactly these events (compared as JSON, as they are stored). */
  then(expected: readonly Event[]): void;
  /** The command is refused: a RuleViolation with this rule id, or an error of this type. */
  thenThrows(expected: string | ErrorType, message?: RegExp): void;
  /** The events the command decides, to build the next test's history. */
  events(): Event[];
}

export interface Given<Command, Event, State> {
  /** The state the history folds to. */
  readonly state: State;
  /** The command decided at `now` (default: the scenario's start). */
  when(command: Command, now?: Date): Then<Event>;
}

const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Aggregate tests as given(events) / when(command) / then(events or error) (STYLE.md). Built once
 * per decider with how a decision's context is made at an instant:
 *
 * ```ts
 * const given = givenWhenThen(caseDecider, (now) => ({ now, policy }), T0);
 * given([registered]).when(accept).then([accepted]);
 * ```
 */
export function givenWhenThen<Command, Event extends AnyEvent, State, Context>(
  decider: Decider<Command, Event, State, Context>,
  contextAt: (now: Date) => Context,
  start: Date,
): (history: readonly Event[]) => Given<Command, Event, State> {
  return (history) => {
    const state = fold(decider, history);
    return {
      state,
      when(command, now = start) {
        const decide = () => [...decider.decide(command, state, contextAt(now))];
        return {
          events: decide,
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
  };
}
