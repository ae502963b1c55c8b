import { Conflict, RecentMap, requestContext, RuleViolation } from '@aftersales/kernel';
import {
  WrongExpectedVersion,
  type EventStore,
  type NewEvent,
  type StreamCondition,
} from '../event-store.port';

/** How many times a command is re-decided on fresh state after a concurrent write. */
const CONFLICT_RETRIES = 3;

export interface StreamCommand<E, S> {
  readonly streamId: string;
  /** What a 409 calls the stream (default: its id). */
  readonly name?: string;
  /** The stream's state and version as read now. */
  load(): Promise<{ state: S; version: number }>;
  /** The state of a stream that does not exist yet. */
  readonly initialState: S;
  /** Pure, but may look things up first (e.g. the engineers a visit names). */
  decide(state: S): readonly E[] | Promise<readonly E[]>;
  evolve(state: S, event: E): S;
  toNewEvent(event: E, id?: string): NewEvent;
  /** Sees the current state before anything is decided (ORG-1 branch checks). */
  readonly authorize?: (state: S) => void;
  /** Derives the new events' ids (reactions, timers), so a repeated command is recognised. */
  readonly eventIds?: (index: number) => string;
  /** The stream cannot exist yet: skip reading it (a clash still fails the append). */
  readonly assumeNew?: boolean;
  /**
   * Other streams the last decision read, at the versions it read: the append fails if one has
   * moved since, and the command decides again (AppendOptions.conditions).
   */
  readonly conditions?: () => readonly StreamCondition[];
  /** One of those streams had moved: what the decision read of it is stale (drop any copy kept). */
  readonly conditionFailed?: (streamId: string) => void;
}

export interface StreamCommandOutcome<E, S> {
  readonly events: readonly E[];
  readonly state: S;
  /** Global position of the last event appended (0 when nothing was). */
  readonly position: number;
}

/**
 * Load → decide → append with the expected version. A concurrent write makes the command
 * decide again on the new state (decide is pure); past the retries it surfaces as 409.
 *
 * The state and version of each stream this process appended to recently are kept: the next
 * command on it decides without reading it. Only an append checks a kept state: another writer
 * in between makes it fail on the expected version, and the command decides again on the stream
 * as read; a refusal or "nothing to do" decided on a kept state is decided again on the stream
 * too. States kept must hold no personal data (AUD-4).
 */
export class StreamCommands {
  private readonly recent: RecentMap<string, { state: unknown; version: number }>;

  /** @param keep how many streams' states are kept (0: every command reads its stream) */
  constructor(
    private readonly store: EventStore,
    keep: number,
  ) {
    this.recent = new RecentMap(keep);
  }

  async run<E extends { type: string }, S extends { exists: boolean }>(
    command: StreamCommand<E, S>,
  ): Promise<StreamCommandOutcome<E, S>> {
    const { streamId } = command;
    /** Another writer appended between this command's read and its append. */
    let raced = false;
    for (let attempt = 0; ; attempt++) {
      const kept = (attempt === 0 && !command.assumeNew ? this.recent.get(streamId) : undefined) as
        { state: S; version: number } | undefined;
      const { state, version } =
        kept ??
        (attempt === 0 && command.assumeNew
          ? { state: command.initialState, version: 0 }
          : await command.load());
      let events: readonly E[];
      try {
        if (state.exists) command.authorize?.(state);
        events = await command.decide(state);
      } catch (error) {
        if (!kept) {
          // Allowed on the state it read, refused after the concurrent write: that write won (409).
          if (raced && error instanceof RuleViolation) {
            throw new Conflict(
              `${command.name ?? streamId} changed while this command was decided, and no longer allows it: ${error.message}`,
              error.rule,
            );
          }
          throw error;
        }
        this.recent.delete(streamId);
        continue;
      }
      if (events.length === 0) {
        if (!kept) return { events, state, position: 0 };
        this.recent.delete(streamId);
        continue;
      }
      try {
        const result = await this.store.appendToStream(
          streamId,
          events.map((e, i) => command.toNewEvent(e, command.eventIds?.(i))),
          { expectedVersion: version === 0 ? 'no-stream' : version, conditions: command.conditions?.() },
        );
        requestContext.noteAppended(result.lastPosition);
        const next = events.reduce(command.evolve, state);
        if (result.alreadyAppended) this.recent.delete(streamId);
        else this.recent.set(streamId, { state: next, version: version + events.length });
        return { events, state: next, position: result.lastPosition };
      } catch (error) {
        this.recent.delete(streamId);
        if (!(error instanceof WrongExpectedVersion)) throw error;
        // Another stream the decision read had moved: decided again on it as it is now, a refusal
        // is the rule's answer on that state (422), not a lost race on this stream (409).
        if (error.streamId !== streamId) command.conditionFailed?.(error.streamId);
        else raced = true;
        if (attempt >= CONFLICT_RETRIES) {
          throw new Conflict(
            `${command.name ?? streamId} kept changing while this command was decided; try again`,
          );
        }
      }
    }
  }
}
