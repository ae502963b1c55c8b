import type { EventStore, RecordedEvent } from '@aftersales/event-store';
import { requestContext, SYSTEM_ACTOR, type Clock } from '@aftersales/kernel';
import type { Projection } from '@aftersales/projections';
import type { CaseCommands } from '../case/case-commands';
import { caseStreamId } from '../case/case.decider';
import type { CaseEvent, CaseRegistered } from '../case/case.events';
import type { BranchZones } from '../case/complaint-register/complaint-register.projection';
import type { IntakePolicy } from '../case/intake-policy';
import { yearInZone, type CaseNumberAllocator } from '../case/register-case/case-number.allocator';
import {
  decideRecurrence,
  evolveRecurrence,
  initialRecurrenceState,
  recurrenceStreamId,
  type RecurrenceEvent,
} from '../recurrence/recurrence.decider';
import { derivedUuid } from '../case/derived-id';

/**
 * Intake reacting to its own log: counting founded quality complaints for recurring-problem
 * alerts (INT-9) and opening the service director's follow-up case (INT-8). Each reaction is
 * idempotent — by the decider's own dedupe or by derived event ids — so a replay adds nothing.
 */
export class IntakeReactions implements Projection {
  readonly name = 'intake.reactions';
  readonly version = 1;
  readonly streamPrefixes = ['case-'];
  readonly eventTypes = ['CaseAccepted', 'ServiceFollowUpRequested'] satisfies CaseEvent['type'][];

  constructor(
    private readonly store: EventStore,
    private readonly commands: CaseCommands,
    private readonly caseNumbers: CaseNumberAllocator,
    private readonly policy: IntakePolicy,
    private readonly zones: BranchZones,
    private readonly clock: Clock,
  ) {}

  async reset(): Promise<void> {
    /* reactions are appended events, not a read model */
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as CaseEvent;
      if (event.type !== 'CaseAccepted' && event.type !== 'ServiceFollowUpRequested') continue;
      await requestContext.run(
        {
          actor: SYSTEM_ACTOR,
          correlationId: recorded.metadata.correlationId,
          causationId: recorded.metadata.eventId,
          branch: recorded.metadata.branch,
        },
        () =>
          event.type === 'CaseAccepted'
            ? this.countFounded(recorded, event)
            : this.openFollowUp(recorded, event),
      );
    }
  }

  /** INT-9: founded quality complaints of one model + symptom. */
  private async countFounded(recorded: RecordedEvent, event: Extract<CaseEvent, { type: 'CaseAccepted' }>) {
    if (event.data.kind !== 'quality-complaint') return;
    const registration = await this.registration(event.data.caseId, { withPersonalData: false });
    const symptomCode = registration?.problem.symptomCode;
    if (!registration || !symptomCode) return;
    const model = registration.product.model;
    const streamId = recurrenceStreamId(model, symptomCode);
    const acceptedAt = Date.parse(recorded.metadata.recordedAt);
    const { history, version } = await this.recentRecurrence(streamId, acceptedAt);
    const state = history.reduce(
      (s, e) => evolveRecurrence(s, { type: e.type, data: e.data } as RecurrenceEvent),
      initialRecurrenceState,
    );
    const decided = decideRecurrence(
      {
        type: 'CountFoundedCase',
        model,
        symptomCode,
        caseId: event.data.caseId,
        acceptedAt: recorded.metadata.recordedAt,
      },
      state,
      this.policy,
    );
    if (decided.length === 0) return;
    await this.store.appendToStream(
      streamId,
      decided.map((e, i) => ({ ...e, id: derivedUuid(`${recorded.metadata.eventId}:recurrence:${i}`) })),
      { expectedVersion: version === 0 ? 'no-stream' : version },
    );
  }

  /**
   * The tail of a recurrence stream that can still matter: read backwards page by page until
   * events are older than two windows (a case counted earlier cannot be in any window again,
   * and redeliveries come long before). Keeps the cost per acceptance flat as the stream grows.
   */
  private async recentRecurrence(
    streamId: string,
    now: number,
  ): Promise<{ history: RecordedEvent[]; version: number }> {
    const horizon = now - 2 * this.policy.recurrence.windowDays * 86_400_000;
    const page = 200;
    const newestFirst: RecordedEvent[] = [];
    let from: number | undefined;
    for (;;) {
      const events = await this.store.readStream(streamId, {
        direction: 'backwards',
        maxCount: page,
        ...(from !== undefined ? { fromVersion: from } : {}),
      });
      newestFirst.push(...events);
      const oldest = events.at(-1);
      if (events.length < page || !oldest || oldest.streamVersion <= 1) break;
      if (Date.parse(oldest.metadata.recordedAt) < horizon) break;
      from = oldest.streamVersion - 1;
    }
    const version = newestFirst[0]?.streamVersion ?? 0;
    return { history: newestFirst.reverse(), version };
  }

  /** INT-8: a complaint about the service opens a linked case the service director handles in person. */
  private async openFollowUp(
    _recorded: RecordedEvent,
    event: Extract<CaseEvent, { type: 'ServiceFollowUpRequested' }>,
  ) {
    const { state } = await this.commands.load(event.data.followUpCaseId);
    if (state.exists) return;
    const original = await this.registration(event.data.caseId);
    if (!original) return;
    const now = this.clock.now();
    const caseNumber = await this.caseNumbers.next(
      original.branch,
      yearInZone(now, this.zones.zoneOf(original.branch)),
    );
    await this.commands.execute({
      type: 'RegisterCase',
      caseId: event.data.followUpCaseId,
      caseNumber,
      branch: original.branch,
      channel: original.channel,
      kind: 'non-quality-complaint',
      severity: 'general',
      customer: original.customer,
      product: original.product,
      problem: { description: event.data.complaint },
      followUpOf: { caseId: event.data.caseId, handledByRole: event.data.handledByRole },
    });
  }

  private async registration(
    caseId: string,
    options: { withPersonalData: boolean } = { withPersonalData: true },
  ): Promise<CaseRegistered['data'] | undefined> {
    const [first] = await this.store.readStream(caseStreamId(caseId), {
      maxCount: 1,
      revealPersonalData: options.withPersonalData,
    });
    return first?.type === 'CaseRegistered' ? (first.data as CaseRegistered['data']) : undefined;
  }
}
