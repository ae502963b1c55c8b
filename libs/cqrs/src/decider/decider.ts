import type { AnyEvent } from '@aftersales/event-store';

/**
 * An aggregate's business logic, pure (STYLE.md): state is folded from events with `evolve`,
 * `decide` turns a command into new events or throws a RuleViolation. Time is passed in;
 * configuration (policies) is closed over when the decider is built.
 */
export interface Decider<Command, Event extends AnyEvent, State> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, now: Date): readonly Event[];
}

export function fold<Event extends AnyEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState);
}
