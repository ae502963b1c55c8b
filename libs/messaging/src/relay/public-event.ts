import type { RecordedEvent } from '@aftersales/event-store';

/** An internal event as it leaves the service: a versioned public contract. */
export interface PublicEvent {
  /** `<service>.<event>.v<N>`. */
  readonly type: string;
  readonly payload: unknown;
  /** The Kafka key; defaults to the payload's caseId, else the aggregate id of the stream. */
  readonly key?: string;
}

/** Internal -> public, or undefined for events that stay inside the service. */
export type PublicEventMapper = (event: RecordedEvent) => PublicEvent | undefined;
