import { Conflict, systemClock, type Clock } from '@aftersales/kernel';
import {
  WrongExpectedVersion,
  type AnyEvent,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@aftersales/event-store';
import { deriveEventIds } from '@aftersales/messaging';
import { fold, type Decider } from './decider';

export interface HandleCommandOptions<Event extends AnyEvent> {
  readonly now?: Date;
  readonly clock?: Clock;
  /**
   * The version the caller decided on (e.g. an If-Match header): the command is then not safe
   * to re-decide on newer state, and a concurrent change surfaces as Conflict at once.
   */
  readonly expectedVersion?: number;
  /** Re-decisions on fresh state after a concurrent write, before giving up with Conflict. */
  readonly conflictRetries?: number;
  /**
   * For reactions: the causing event's id. The new events' ids derive from it, so handling the
   * same event twice appends nothing the second time.
   */
  readonly causationKey?: string;
  /** Adds what the store needs beyond type and data (personal-data paths, occurredAt). */
  readonly toNewEvent?: (event: Event) => NewEvent;
}

export interface CommandResult<Event extends AnyEvent, State> {
  readonly events: readonly Event[];
  readonly state: State;
  /** The stream version after the command (0 = no stream). */
  readonly version: number;
  /** Global position of the last event appended; 0 when nothing was. */
  readonly position: number;
  /** The causation key was handled before: nothing was decided or appended this time. */
  readonly alreadyHandled: boolean;
}

const DEFAULT_CONFLICT_RETRIES = 3;

/**
 * Load (fold the stream) -> decide -> append with the expected version. A concurrent write
 * makes the command decide again on the new state (decide is pure), a bounded number of times;
 * then, or when the caller pinned the version, it surfaces as Conflict (HTTP 409). The request
 * context (actor, branch, correlation) reaches event metadata through the event store.
 */
export async function handleCommand<Command, Event extends AnyEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  options: HandleCommandOptions<Event> = {},
): Promise<CommandResult<Event, State>> {
  const retries =
    options.expectedVersion !== undefined ? 0 : (options.conflictRetries ?? DEFAULT_CONFLICT_RETRIES);
  for (let attempt = 0; ; attempt++) {
    const history = (await store.readStream(streamId)) as RecordedEvent<Event>[];
    const version = history.at(-1)?.streamVersion ?? 0;
    const state = fold(
      decider,
      history.map((e) => ({ type: e.type, data: e.data }) as Event),
    );
    const firstId = options.causationKey ? deriveEventIds(options.causationKey, streamId, 1)[0] : undefined;
    if (firstId && history.some((e) => e.metadata.eventId === firstId)) {
      return { events: [], state, version, position: 0, alreadyHandled: true };
    }
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new Conflict(
        `${streamId} is at version ${version}, the command was decided on ${options.expectedVersion}`,
      );
    }
    const now = options.now ?? (options.clock ?? systemClock).now();
    const events = decider.decide(command, state, now);
    if (events.length === 0) return { events, state, version, position: 0, alreadyHandled: false };
    const ids = options.causationKey ? deriveEventIds(options.causationKey, streamId, events.length) : [];
    const toNewEvent = options.toNewEvent ?? ((e: Event) => ({ type: e.type, data: e.data }));
    try {
      const result = await store.appendToStream(
        streamId,
        events.map((e, i) => ({ ...toNewEvent(e), ...(ids[i] ? { id: ids[i] } : {}) })),
        { expectedVersion: version === 0 ? 'no-stream' : version },
      );
      return {
        events,
        state: events.reduce(decider.evolve, state),
        version: result.nextExpectedVersion,
        position: result.lastPosition,
        alreadyHandled: result.alreadyAppended ?? false,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion)) throw error;
      if (attempt >= retries) {
        throw new Conflict(`${streamId} kept changing while the command was decided; try again`);
      }
    }
  }
}
