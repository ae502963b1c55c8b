import { foldRecorded } from '@aftersales/cqrs';
import { systemClock, type Clock } from '@aftersales/kernel';
import { StreamCommands, type EventStore, type NewEvent } from '@aftersales/event-store';
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

/**
 * Load → decide → append with the expected version (StreamCommands): a concurrent write makes
 * the command decide again on the new state; the state of cases this process wrote is kept.
 */
export class CaseCommands {
  /** Keeps the state of the cases this process wrote; case state holds no personal data (AUD-4). */
  private readonly streams: StreamCommands;

  constructor(
    private readonly store: EventStore,
    private readonly policy: IntakePolicy,
    /** The time every decision and handler reads (tests and standalone inject their own). */
    readonly clock: Clock = systemClock,
    /** How many cases' states are kept (0: every command reads its stream). */
    recentCases = 5_000,
  ) {
    this.streams = new StreamCommands(store, recentCases);
  }

  async load(caseId: string): Promise<{ state: CaseState; version: number }> {
    // The case's state keeps no personal data (AUD-4), so its history is read without keys.
    const history = await this.store.readStream(caseStreamId(caseId), { revealPersonalData: false });
    return { state: foldRecorded(caseDecider, history), version: history.length };
  }

  /**
   * `authorize` sees the current state before anything is decided (ORG-1 branch checks).
   * `eventIds` derive the new events' ids (reactions), so a repeated command is recognised.
   */
  execute(
    command: CaseCommand,
    options: {
      authorize?: (state: ExistingCase) => void;
      eventIds?: (index: number) => string;
      /** The case id was just generated: skip reading a stream that cannot exist (a clash still fails the append). */
      assumeNew?: boolean;
    } = {},
  ): Promise<CommandOutcome> {
    return this.streams.run<CaseEvent, CaseState>({
      streamId: caseStreamId(command.caseId),
      name: `case ${command.caseId}`,
      load: () => this.load(command.caseId),
      initialState: caseDecider.initialState,
      decide: (state) => caseDecider.decide(command, state, { now: this.clock.now(), policy: this.policy }),
      evolve: caseDecider.evolve,
      toNewEvent,
      authorize: options.authorize as ((state: CaseState) => void) | undefined,
      eventIds: options.eventIds,
      assumeNew: options.assumeNew,
    });
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
