import { foldRecorded } from '@aftersales/cqrs';
import { systemClock, type Clock } from '@aftersales/kernel';
import { StreamCommands, type EventStore, type NewEvent } from '@aftersales/event-store';
import type { DispatchPolicy } from './dispatch-policy';
import { engineerDecider, engineerStreamId, type EngineerCommand } from './engineer/engineer.decider';
import type { EngineerEvent } from './engineer/engineer.events';
import type { EngineerState, ExistingEngineer } from './engineer/engineer.state';
import { visitDecider, visitStreamId, type VisitCommand } from './visit/visit.decider';
import type { VisitEvent } from './visit/visit.events';
import type { ExistingVisit, VisitState } from './visit/visit.state';

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

/**
 * Load → decide → append with the expected version, for the visit and engineer streams
 * (StreamCommands: a concurrent write makes the command decide again on the new state; the state
 * of streams this process wrote is kept). Visit commands see the engineers they name, read
 * beforehand every time: no append checks them.
 */
export class DispatchCommands {
  /** Keeps the state of the visits and engineers this process wrote (they hold no personal data). */
  private readonly streams: StreamCommands;

  constructor(
    private readonly store: EventStore,
    readonly policy: DispatchPolicy,
    /** The time every decision and handler reads (tests and standalone inject their own). */
    readonly clock: Clock = systemClock,
    /** How many streams' states are kept (0: every command reads its stream). */
    recentStreams = 5_000,
  ) {
    this.streams = new StreamCommands(store, recentStreams);
  }

  async loadVisit(visitId: string): Promise<{ state: VisitState; version: number }> {
    const history = await this.store.readStream(visitStreamId(visitId));
    return { state: foldRecorded(visitDecider, history), version: history.length };
  }

  async loadEngineer(engineerId: string): Promise<{ state: EngineerState; version: number }> {
    const history = await this.store.readStream(engineerStreamId(engineerId));
    return { state: foldRecorded(engineerDecider, history), version: history.length };
  }

  /**
   * One stream per command: an effect on another stream (DSP-3 parts leaving the engineer's
   * stock) is a reaction following the log (PartsStockReaction), so no crash can lose it.
   */
  visit(
    command: VisitCommand,
    options: ExecuteOptions<ExistingVisit> = {},
  ): Promise<Outcome<VisitEvent, VisitState>> {
    return this.streams.run<VisitEvent, VisitState>({
      streamId: visitStreamId(command.visitId),
      load: () => this.loadVisit(command.visitId),
      initialState: visitDecider.initialState,
      decide: async (state) => {
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
      evolve: visitDecider.evolve,
      toNewEvent,
      ...(options as ExecuteOptions<VisitState>),
    });
  }

  engineer(
    command: EngineerCommand,
    options: ExecuteOptions<ExistingEngineer> = {},
  ): Promise<Outcome<EngineerEvent, EngineerState>> {
    return this.streams.run<EngineerEvent, EngineerState>({
      streamId: engineerStreamId(command.engineerId),
      load: () => this.loadEngineer(command.engineerId),
      initialState: engineerDecider.initialState,
      decide: (state) => engineerDecider.decide(command, state, { now: this.clock.now() }),
      evolve: engineerDecider.evolve,
      toNewEvent,
      ...(options as ExecuteOptions<EngineerState>),
    });
  }
}

/** Type and data, and the id a reaction or timer derives. */
function toNewEvent(event: { type: string; data: unknown }, id?: string): NewEvent {
  return { type: event.type, data: event.data, ...(id ? { id } : {}) };
}
