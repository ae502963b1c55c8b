import type { AnyEvent, RecordedEvent } from '@aftersales/event-store';

/**
 * An aggregate's business logic, pure (STYLE.md): state is folded from events with `evolve`,
 * `decide` turns a command into new events or throws a RuleViolation. What a decision needs from
 * outside (the time, the configured policy, states it looked up) comes in as its context.
 */
export interface Decider<Command, Event extends AnyEvent, State, Context = { readonly now: Date }> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: Context): readonly Event[];
}

export function fold<Event extends AnyEvent, State>(
  decider: Pick<Decider<unknown, Event, State, never>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState);
}

/** The state a stream's recorded events fold to (their type and data; the envelope aside). */
export function foldRecorded<Event extends AnyEvent, State>(
  decider: Pick<Decider<unknown, Event, State, never>, 'initialState' | 'evolve'>,
  recorded: readonly RecordedEvent[],
): State {
  return recorded.reduce(
    (state, e) => decider.evolve(state, { type: e.type, data: e.data } as Event),
    decider.initialState,
  );
}
