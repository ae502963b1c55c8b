import { Conflict, RecentMap, systemClock, type Clock } from '@aftersales/kernel';
import { WrongExpectedVersion, type EventStore } from '@aftersales/event-store';
import type { DispatchPolicy } from '../dispatch-policy';
import { engineerDecider, engineerStreamId, type EngineerCommand } from '../engineer/engineer.decider';
import type { EngineerEvent } from '../engineer/engineer.events';
import type { EngineerState, ExistingEngineer } from '../engineer/engineer.state';
import { visitDecider, visitStreamId, type VisitCommand } from '../visit/visit.decider';
import type { VisitEvent } from '../visit/visit.events';
import type { ExistingVisit, VisitState } from '../visit/visit.state';

export interface Outcome<E, S> {
  readonly events: readonly E[];
  readonly state: S;
  /** Global position of the last event appended (0 when nothing was). */
  readonly position: number;
}

export interface ExecuteOptions<S> {
  /** Sees the current state before anything is decided (ORG-1 branch checks). */
  readonly authorize?: (state: S) => void;
  /** Derives the new events' ids (reactions, timers), so a repeated command is recognised. */
  readonly eventIds?: (index: number) => string;
  /** The stream cannot exist yet: skip reading it (a clash still fails the append). */
  readonly assumeNew?: boolean;
}

/** How many times a command is re-decided on fresh state after a concurrent write. */
const CONFLICT_RETRIES = 3;

/**
 * Load → decide → append with the expected version, for the visit and engineer streams. A
 * concurrent write makes the command decide again on the new state (decide is pure); past the
 * retries it surfaces as 409. Visit commands see the engineers they name, loaded beforehand.
 */
export class DispatchCommands {
  /**
   * The state and version of each stream this process appended to recently: the next command
   * on it decides without reading it. Another writer in between makes the append fail on the
   * expected version, and the command decides again on the stream as read; a refusal or "nothing
   * to do" decided on a kept state is decided again on the stream too, since no append checked
   * it. The engineers a visit command looks at are read every time: nothing checks them.
   */
  private readonly recent: RecentMap<string, { state: unknown; version: number }>;

  constructor(
    private readonly store: EventStore,
    readonly policy: DispatchPolicy,
    private readonly clock: Clock = systemClock,
    /** How many streams' states are kept (0: every command reads its stream). */
    recentStreams = 5_000,
  ) {
    this.recent = new RecentMap(recentStreams);
  }

  async loadVisit(visitId: string): Promise<{ state: VisitState; version: number }> {
    const history = await this.store.readStream(visitStreamId(visitId));
    const state = history.reduce(
      (s, e) => visitDecider.evolve(s, { type: e.type, data: e.data } as VisitEvent),
      visitDecider.initialState,
    );
    return { state, version: history.length };
  }

  async loadEngineer(engineerId: string): Promise<{ state: EngineerState; version: number }> {
    const history = await this.store.readStream(engineerStreamId(engineerId));
    const state = history.reduce(
      (s, e) => engineerDecider.evolve(s, { type: e.type, data: e.data } as EngineerEvent),
      engineerDecider.initialState,
    );
    return { state, version: history.length };
  }

  async visit(
    command: VisitCommand,
    options: ExecuteOptions<ExistingVisit> = {},
  ): Promise<Outcome<VisitEvent, VisitState>> {
    const outcome = await this.run(
      visitStreamId(command.visitId),
      options,
      async (attempt) =>
        options.assumeNew && attempt === 0
          ? { state: visitDecider.initialState, version: 0 }
          : this.loadVisit(command.visitId),
      async (state) => {
        const engineers = new Map<string, EngineerState>();
        const named = 'engineerId' in command ? command.engineerId : undefined;
        for (const id of [named, state.exists ? state.engineerId : undefined]) {
          if (id && !engineers.has(id)) engineers.set(id, (await this.loadEngineer(id)).state);
        }
        return visitDecider.decide(command, state, {
          now: this.clock.now(),
          policy: this.policy,
          engineer: (id) => engineers.get(id) ?? { exists: false },
        });
      },
      (state, events) => events.reduce(visitDecider.evolve, state),
    );
    // DSP-3: the parts leave the engineer's stock under the same usage id (idempotent there).
    for (const event of outcome.events) {
      if (event.type !== 'PartsUsedOnVisit') continue;
      await this.engineer({
        type: 'UseParts',
        engineerId: event.data.engineerId,
        usageId: event.data.usageId,
        visitId: event.data.visitId,
        lines: event.data.parts.map(({ partNo, qty }) => ({ partNo, qty })),
      });
    }
    return outcome;
  }

  engineer(
    command: EngineerCommand,
    options: ExecuteOptions<ExistingEngineer> = {},
  ): Promise<Outcome<EngineerEvent, EngineerState>> {
    return this.run(
      engineerStreamId(command.engineerId),
      options,
      async (attempt) =>
        options.assumeNew && attempt === 0
          ? { state: engineerDecider.initialState, version: 0 }
          : this.loadEngineer(command.engineerId),
      async (state) => engineerDecider.decide(command, state, { now: this.clock.now() }),
      (state, events) => events.reduce(engineerDecider.evolve, state),
    );
  }

  private async run<E extends { type: string; data: unknown }, S extends { exists: boolean }>(
    streamId: string,
    options: ExecuteOptions<Extract<S, { exists: true }>>,
    load: (attempt: number) => Promise<{ state: S; version: number }>,
    decide: (state: S) => Promise<E[]>,
    evolve: (state: S, events: readonly E[]) => S,
  ): Promise<Outcome<E, S>> {
    for (let attempt = 0; ; attempt++) {
      const kept = (attempt === 0 && !options.assumeNew ? this.recent.get(streamId) : undefined) as
        { state: S; version: number } | undefined;
      const { state, version } = kept ?? (await load(attempt));
      let events: E[];
      try {
        if (state.exists) options.authorize?.(state as Extract<S, { exists: true }>);
        events = await decide(state);
      } catch (error) {
        // Only an append checks a kept state: a refusal is decided again on the stream as read.
        if (!kept) throw error;
        this.recent.delete(streamId);
        continue;
      }
      if (events.length === 0) {
        if (!kept) return { events, state, position: 0 };
        this.recent.delete(streamId); // likewise "nothing to do"
        continue;
      }
      try {
        const result = await this.store.appendToStream(
          streamId,
          events.map((e, i) => ({
            type: e.type,
            data: e.data,
            ...(options.eventIds ? { id: options.eventIds(i) } : {}),
          })),
          { expectedVersion: version === 0 ? 'no-stream' : version },
        );
        const next = evolve(state, events);
        if (result.alreadyAppended) this.recent.delete(streamId);
        else this.recent.set(streamId, { state: next, version: version + events.length });
        return { events, state: next, position: result.lastPosition };
      } catch (error) {
        this.recent.delete(streamId);
        if (!(error instanceof WrongExpectedVersion)) throw error;
        if (attempt >= CONFLICT_RETRIES) {
          throw new Conflict(`${streamId} kept changing while this command was decided; try again`);
        }
      }
    }
  }
}
