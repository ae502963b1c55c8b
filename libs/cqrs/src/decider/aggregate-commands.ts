import {
  StreamCommands,
  type AnyEvent,
  type EventStore,
  type NewEvent,
  type StreamCondition,
} from '@aftersales/event-store';
import { systemClock, type Clock } from '@aftersales/kernel';
import { foldRecorded, type Decider } from './decider';

/** An aggregate as a service declares it: its stream category and its pure decider. */
export interface Aggregate<Command, Event extends AnyEvent, State extends { exists: boolean }, Context> {
  /** The stream category (`<category>-<id>`), one dash-free word owned by the service. */
  readonly category: string;
  /** The aggregate id a command is about. */
  idOf(command: Command): string;
  readonly decider: Decider<Command, Event, State, Context>;
  /** What `decide` gets besides the state: the time, and what the service looks up for it. */
  context(now: Date, command: Command, state: State): Context | Promise<Context>;
  /**
   * Streams of other aggregates the context read, at the versions read: the append fails if one
   * moved in between, and the command is decided again (a decision across aggregates).
   */
  conditions?(context: Context): readonly StreamCondition[];
  /** One of those streams had moved since the context read it (drop any copy of it kept). */
  conditionFailed?(streamId: string): void;
  /** AUD-4: an event holding personal data names its subject and the paths to seal. */
  toNewEvent?(event: Event, id?: string): NewEvent;
  /** The state keeps personal data, so its history is read with it revealed (default: no). */
  readonly needsPersonalData?: boolean;
}

export interface ExecuteOptions<State> {
  /** Sees the current state before anything is decided (ORG-1 branch checks). */
  readonly authorize?: (state: State) => void;
  /** Derives the new events' ids (reactions, timers), so a repeated command is recognised. */
  readonly eventIds?: (index: number) => string;
  /** The id was just generated: skip reading a stream that cannot exist (a clash still fails the append). */
  readonly assumeNew?: boolean;
}

export interface AggregateOutcome<Event, State> {
  readonly events: readonly Event[];
  readonly state: State;
  /** Global position of the last event appended (0 when nothing was): read-your-writes. */
  readonly position: number;
}

const plainEvent = (event: AnyEvent, id?: string): NewEvent => ({
  type: event.type,
  data: event.data,
  ...(id ? { id } : {}),
});

/**
 * Load → decide → append with the expected version for one aggregate (StreamCommands: a
 * concurrent write decides again on the new state; states this process wrote are kept). The
 * time comes from the injected clock, never from the wall.
 */
export class AggregateCommands<Command, Event extends AnyEvent, State extends { exists: boolean }, Context> {
  private readonly streams: StreamCommands;

  constructor(
    private readonly store: EventStore,
    private readonly aggregate: Aggregate<Command, Event, State, Context>,
    private readonly clock: Clock = systemClock,
    /** How many streams' states are kept (0: every command reads its stream). */
    keep = 5_000,
  ) {
    this.streams = new StreamCommands(store, keep);
  }

  streamId(id: string): string {
    return `${this.aggregate.category}-${id}`;
  }

  async load(id: string): Promise<{ state: State; version: number }> {
    const history = await this.store.readStream(this.streamId(id), {
      revealPersonalData: this.aggregate.needsPersonalData ?? false,
    });
    return { state: foldRecorded(this.aggregate.decider, history), version: history.length };
  }

  execute(command: Command, options: ExecuteOptions<State> = {}): Promise<AggregateOutcome<Event, State>> {
    const { aggregate } = this;
    const id = aggregate.idOf(command);
    let context: Context | undefined;
    return this.streams.run<Event, State>({
      streamId: this.streamId(id),
      name: `${aggregate.category} ${id}`,
      load: () => this.load(id),
      initialState: aggregate.decider.initialState,
      decide: async (state) => {
        context = await aggregate.context(this.clock.now(), command, state);
        return aggregate.decider.decide(command, state, context);
      },
      conditions: () => (context && aggregate.conditions?.(context)) ?? [],
      conditionFailed: (streamId) => aggregate.conditionFailed?.(streamId),
      evolve: aggregate.decider.evolve,
      toNewEvent: aggregate.toNewEvent ?? plainEvent,
      ...options,
    });
  }
}
