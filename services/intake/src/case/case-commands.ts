import { Conflict, RecentMap, systemClock, type Clock } from '@aftersales/kernel';
import { WrongExpectedVersion, type EventStore, type NewEvent } from '@aftersales/event-store';
import { caseDecider, caseStreamId, type CaseCommand } from './case.decider';
import { CUSTOMER_PERSONAL_PATHS, type CaseEvent } from './case.events';
import type { CaseState, ExistingCase } from './case.state';
import type { IntakePolicy } from './intake-policy';

export interface CommandOutcome {
  readonly events: readonly CaseEvent[];
  readonly state: CaseState;
  /** Global position of the last event appended (0 when nothing was). */
  readonly position: number;
}

/** How many times a command is re-decided on fresh state after a concurrent write. */
const CONFLICT_RETRIES = 3;

/**
 * Load → decide → append with the expected version. A concurrent write makes the command
 * decide again on the new state (decide is pure); past the retries it surfaces as 409.
 */
export class CaseCommands {
  /**
   * The state and version each recently written case had after this process's last append to
   * it, newest last: the next command on the case decides without reading its stream. Another
   * writer in between makes the append fail on the expected version, and the command decides
   * again on the stream as read; a refusal or "nothing to do" decided on a kept state is decided
   * again on the stream too, since no append checked it. Holds no personal data (AUD-4).
   */
  private readonly recent: RecentMap<string, { state: CaseState; version: number }>;

  constructor(
    private readonly store: EventStore,
    private readonly policy: IntakePolicy,
    private readonly clock: Clock = systemClock,
    /** How many cases' states are kept (0: every command reads its stream). */
    recentCases = 5_000,
  ) {
    this.recent = new RecentMap(recentCases);
  }

  async load(caseId: string): Promise<{ state: CaseState; version: number }> {
    // The case's state keeps no personal data (AUD-4), so its history is read without keys.
    const history = await this.store.readStream(caseStreamId(caseId), { revealPersonalData: false });
    const state = history.reduce(
      (s, e) => caseDecider.evolve(s, { type: e.type, data: e.data } as CaseEvent),
      caseDecider.initialState,
    );
    return { state, version: history.length };
  }

  /**
   * `authorize` sees the current state before anything is decided (ORG-1 branch checks).
   * `eventIds` derive the new events' ids (reactions), so a repeated command is recognised.
   */
  async execute(
    command: CaseCommand,
    options: {
      authorize?: (state: ExistingCase) => void;
      eventIds?: (index: number) => string;
      /** The case id was just generated: skip reading a stream that cannot exist (a clash still fails the append). */
      assumeNew?: boolean;
    } = {},
  ): Promise<CommandOutcome> {
    for (let attempt = 0; ; attempt++) {
      const kept = attempt === 0 && !options.assumeNew ? this.recent.get(command.caseId) : undefined;
      const { state, version } =
        kept ??
        (attempt === 0 && options.assumeNew
          ? { state: caseDecider.initialState, version: 0 }
          : await this.load(command.caseId));
      let events: CaseEvent[];
      try {
        if (state.exists) options.authorize?.(state);
        events = caseDecider.decide(command, state, { now: this.clock.now(), policy: this.policy });
      } catch (error) {
        // Only an append checks a kept state: a refusal is decided again on the stream as read.
        if (!kept) throw error;
        this.recent.delete(command.caseId);
        continue;
      }
      if (events.length === 0) {
        if (!kept) return { events, state, position: 0 };
        this.recent.delete(command.caseId); // likewise "nothing to do"
        continue;
      }
      try {
        const result = await this.store.appendToStream(
          caseStreamId(command.caseId),
          events.map((e, i) => toNewEvent(e, options.eventIds?.(i))),
          { expectedVersion: version === 0 ? 'no-stream' : version },
        );
        const next = events.reduce(caseDecider.evolve, state);
        if (result.alreadyAppended) this.recent.delete(command.caseId);
        else this.recent.set(command.caseId, { state: next, version: version + events.length });
        return { events, state: next, position: result.lastPosition };
      } catch (error) {
        this.recent.delete(command.caseId);
        if (!(error instanceof WrongExpectedVersion)) throw error;
        if (attempt >= CONFLICT_RETRIES) {
          throw new Conflict(
            `case ${command.caseId} kept changing while this command was decided; try again`,
          );
        }
      }
    }
  }
}

/** AUD-4: the customer's personal data is stored under the customer's own key. */
export function toNewEvent(event: CaseEvent, id?: string): NewEvent {
  const base = { type: event.type, data: event.data, ...(id ? { id } : {}) };
  if (event.type === 'CaseRegistered') {
    return {
      ...base,
      personal: { subjectId: event.data.customer.customerId, paths: [...CUSTOMER_PERSONAL_PATHS] },
    };
  }
  return base;
}
