import { requestContext, RequestContext, timeOrderedUuid } from '@aftersales/kernel';
import type {
  AppendOptions,
  EventMetadata,
  NewEvent,
  RecordedEvent,
  StoredPersonalData,
} from '../event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event ready for the log except what only the append knows (recorded-at). */
export interface PreparedEvent {
  readonly eventId: string;
  /** False when the id was generated here: it cannot be in the log yet, so no lookup is needed. */
  readonly idGiven: boolean;
  readonly type: string;
  readonly data: unknown;
  readonly occurredAt?: string;
  readonly schemaVersion: number;
  readonly context: RequestContext;
  readonly personal?: StoredPersonalData;
}

export function prepareEvents(events: readonly NewEvent[], options?: AppendOptions): PreparedEvent[] {
  const context = options?.context ?? requestContext.currentOrSystem();
  const seen = new Set<string>();
  return events.map((event) => {
    const eventId = (event.id ?? timeOrderedUuid()).toLowerCase();
    if (!UUID.test(eventId)) throw new TypeError(`event id must be a UUID, got ${eventId}`);
    if (seen.has(eventId)) throw new TypeError(`event id ${eventId} appears twice in one append`);
    seen.add(eventId);
    return {
      eventId,
      idGiven: event.id !== undefined,
      type: event.type,
      data: event.data ?? null,
      occurredAt: event.occurredAt?.toISOString(),
      schemaVersion: event.schemaVersion ?? 1,
      context,
      personal: event.personal,
    };
  });
}

/** AUD-1: who, for which branch, when, caused by what; a fixed key order keeps the hashed text stable. */
export function metadataOf(event: PreparedEvent, recordedAt: string): EventMetadata {
  const { context } = event;
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt ?? recordedAt,
    recordedAt,
    actor: context.actor,
    branch: context.branch,
    correlationId: context.correlationId,
    causationId: context.causationId,
    personal: event.personal,
  };
}

/** AUD-1: one event of a stream as its timeline shows it — what happened, when, by whom, why. */
export function timelineEntry(event: RecordedEvent) {
  return {
    position: event.globalPosition,
    version: event.streamVersion,
    type: event.type,
    at: event.metadata.recordedAt,
    actor: event.metadata.actor,
    branch: event.metadata.branch,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    data: event.data,
  };
}

export type TimelineEntry = ReturnType<typeof timelineEntry>;
