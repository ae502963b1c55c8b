import type { Actor, RequestContext } from '@aftersales/kernel';

/**
 * The one audit log (docs/architecture.md "The event store"). Streams are `<category>-<id>` with a
 * dash-free category owned by one service. Versions count events in a stream: the first event
 * of a stream has version 1; an empty stream is at version 0. Global positions are strictly
 * increasing in the order readers see the log, with no event ever appearing below a position a
 * reader has already passed.
 */
export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  readStream<E extends AnyEvent = AnyEvent>(
    streamId: string,
    options?: ReadStreamOptions,
  ): Promise<RecordedEvent<E>[]>;
  /** The whole log after a global position (exclusive), in global order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * A page of the log with how far it looked: a follower whose filter matched nothing can go on
   * from `scannedTo` instead of looking through the same stretch again.
   */
  readPage(options: ReadAllOptions): Promise<LogPage>;
  /** Follows the whole log from a checkpoint; handler calls are sequential and in global order. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

export type ExpectedVersion = 'any' | 'no-stream' | 'stream-exists' | number;

export interface AnyEvent {
  readonly type: string;
  readonly data: unknown;
}

export interface NewEvent<E extends AnyEvent = AnyEvent> {
  readonly type: E['type'];
  readonly data: E['data'];
  /** Event id; defaults to a random UUID. Reactions derive it from the causing event's id so a repeated append is recognised. */
  readonly id?: string;
  readonly schemaVersion?: number;
  /** When it happened in the world; defaults to the append time. */
  readonly occurredAt?: Date;
  /** AUD-4: the paths in `data` that hold personal data of `subjectId`, stored encrypted with the subject's key. */
  readonly personal?: PersonalDataSpec;
}

export interface PersonalDataSpec {
  readonly subjectId: string;
  /** Dot paths into data, e.g. ['customer.name', 'customer.phone']. */
  readonly paths: readonly string[];
}

/** How an event's personal data is stored: the spec, and (since enc:v2) the one seal of its values. */
export interface StoredPersonalData extends PersonalDataSpec {
  /** `<keyId>:<base64 iv|tag|ciphertext>` of a JSON object from path to value. */
  readonly sealed?: string;
}

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
  /**
   * Other streams the decision read, at the versions it read them: checked in the same
   * transaction as the append, so a write to one of them in between fails the append with
   * WrongExpectedVersion (naming that stream) instead of being overlooked.
   */
  readonly conditions?: readonly StreamCondition[];
  /** Who, for which branch, correlated with what; defaults to the ambient request context. */
  readonly context?: RequestContext;
}

export interface StreamCondition {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append. */
  readonly nextExpectedVersion: number;
  /** Global position of the last appended event. */
  readonly lastPosition: number;
  /** True when every event id was already in the stream (an idempotent repeat): nothing was written. */
  readonly alreadyAppended?: boolean;
}

export interface EventMetadata {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly branch?: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** Paths whose values are personal data of this subject, and their seal (AUD-4). */
  readonly personal?: StoredPersonalData;
}

export interface RecordedEvent<E extends AnyEvent = AnyEvent> {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly type: E['type'];
  /** With personal fields decrypted, or replaced by ERASED once the subject was forgotten. */
  readonly data: E['data'];
  readonly metadata: EventMetadata;
  /** AUD-3 hash link, when the adapter keeps one and the event is sealed. */
  readonly hash?: string;
}

/** What a personal field reads as after `forget` destroyed its subject's key. */
export const ERASED = '[erased]';

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /**
   * False: personal fields read as ERASED without looking up or using any key (deciders that
   * need no personal data; AUD-4). Defaults to true.
   */
  readonly revealPersonalData?: boolean;
  /** Inclusive; forwards defaults to 1, backwards to the last version. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
  /** Time travel for audits: only events recorded at or before this instant. */
  readonly asOf?: Date;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Defaults to 0 (the start). */
  readonly fromPosition?: number;
  readonly maxCount?: number;
  /** Only streams whose id starts with one of these (e.g. ['case-']). */
  readonly streamPrefixes?: readonly string[];
  /** Only events of these types. */
  readonly eventTypes?: readonly string[];
  /**
   * False: personal fields read as ERASED without looking up or using any key (read models that
   * hold no personal data need none; AUD-4). Defaults to true.
   */
  readonly revealPersonalData?: boolean;
}

export interface LogPage {
  readonly events: RecordedEvent[];
  /**
   * Every event up to this position that matches the read's filter is in `events` (at least the
   * read's start; at least the last event's position).
   */
  readonly scannedTo: number;
}

export interface SubscribeOptions extends Omit<ReadAllOptions, 'maxCount'> {
  readonly handler: (event: RecordedEvent) => Promise<void>;
  /** Called when the handler throws; the subscription stops after it. */
  readonly onError?: (error: unknown) => void;
  readonly batchSize?: number;
}

export interface Subscription {
  /** Position of the last event the handler finished. */
  readonly position: number;
  stop(): Promise<void>;
}

export class WrongExpectedVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
    this.name = 'WrongExpectedVersion';
  }
}

export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash < 0 ? streamId : streamId.slice(0, dash);
}
