import { systemClock, type Clock } from '@aftersales/kernel';
import type { AuditableEventStore } from '../auditable-event-store';
import { GENESIS_HASH, linkHash } from '../chain/hash-chain';
import { checkExpectedVersion } from '../envelope/expected-version';
import { metadataOf, prepareEvents } from '../envelope/envelope';
import { DuplicateEventId } from '../errors';
import type {
  AnyEvent,
  AppendOptions,
  AppendResult,
  LogPage,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { concealPersonalData, revealPersonalData } from '../personal-data/field-cipher';
import { InMemoryKeyStore } from '../personal-data/in-memory-key-store';
import { PollingSubscription } from '../subscription/polling-subscription';

interface StoredEvent {
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly dataText: string;
  readonly metadataText: string;
  readonly recordedAtMs: number;
  readonly hash: string;
}

/** For aggregate unit tests: the same contract as the PostgreSQL store, kept in one process. */
export class InMemoryEventStore implements AuditableEventStore {
  readonly checksConditions = true;
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly eventIds = new Map<string, StoredEvent>();
  private readonly keys = new InMemoryKeyStore();
  private readonly subscriptions = new Set<PollingSubscription>();

  constructor(private readonly clock: Clock = systemClock) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    const prepared = await concealPersonalData(prepareEvents(events, options), (subject) =>
      this.keys.keyFor(subject),
    );
    const stream = this.streams.get(streamId) ?? [];
    const repeated = prepared.map((e) => this.eventIds.get(e.eventId));
    if (prepared.length > 0 && repeated.every((e) => e?.streamId === streamId)) {
      const last = repeated.reduce((a, b) => (b!.streamVersion > a!.streamVersion ? b : a))!;
      return {
        nextExpectedVersion: last.streamVersion,
        lastPosition: last.globalPosition,
        alreadyAppended: true,
      };
    }
    const clash = prepared.find((_, i) => repeated[i]);
    if (clash) throw new DuplicateEventId(streamId, clash.eventId);
    checkExpectedVersion(streamId, options?.expectedVersion ?? 'any', stream.length);
    for (const condition of options?.conditions ?? [])
      checkExpectedVersion(
        condition.streamId,
        condition.expectedVersion,
        this.streams.get(condition.streamId)?.length ?? 0,
      );
    const recordedAt = this.clock.now().toISOString();
    for (const event of prepared) {
      const previous = this.log.at(-1)?.hash ?? GENESIS_HASH;
      const content = {
        position: this.log.length + 1,
        streamId,
        streamVersion: stream.length + 1,
        eventId: event.eventId,
        type: event.type,
        dataText: JSON.stringify(event.data),
        metadataText: JSON.stringify(metadataOf(event, recordedAt)),
      };
      const stored: StoredEvent = {
        ...content,
        globalPosition: content.position,
        recordedAtMs: Date.parse(recordedAt),
        hash: linkHash(previous, content),
      };
      this.log.push(stored);
      stream.push(stored);
      this.eventIds.set(event.eventId, stored);
    }
    this.streams.set(streamId, stream);
    this.subscriptions.forEach((s) => s.wake());
    return { nextExpectedVersion: stream.length, lastPosition: this.log.length };
  }

  async readStream<E extends AnyEvent = AnyEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    const asOf = options.asOf?.getTime() ?? Infinity;
    let events = (this.streams.get(streamId) ?? []).filter((e) => e.recordedAtMs <= asOf);
    if (options.direction === 'backwards') {
      const from = options.fromVersion ?? Infinity;
      events = events.filter((e) => e.streamVersion <= from).reverse();
    } else {
      const from = options.fromVersion ?? 1;
      events = events.filter((e) => e.streamVersion >= from);
    }
    return this.reveal(
      events.slice(0, options.maxCount ?? events.length),
      options.revealPersonalData !== false,
    ) as Promise<RecordedEvent<E>[]>;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return (await this.readPage(options)).events;
  }

  async readPage(options: ReadAllOptions): Promise<LogPage> {
    const from = options.fromPosition ?? 0;
    const prefixes = options.streamPrefixes?.length ? options.streamPrefixes : undefined;
    const types = options.eventTypes?.length ? new Set(options.eventTypes) : undefined;
    const max = options.maxCount ?? Infinity;
    const matched: StoredEvent[] = [];
    let scannedTo = from;
    for (const e of this.log.slice(from)) {
      if (matched.length >= max) break;
      scannedTo = e.globalPosition;
      if (prefixes && !prefixes.some((p) => e.streamId.startsWith(p))) continue;
      if (types && !types.has(e.type)) continue;
      matched.push(e);
    }
    const events = await this.reveal(matched, options.revealPersonalData !== false);
    return { events, scannedTo };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(
      (from, max) =>
        this.readAll({
          fromPosition: from,
          maxCount: max,
          streamPrefixes: options.streamPrefixes,
          eventTypes: options.eventTypes,
        }),
      options,
      { pollMs: 1000, onStop: (s) => this.subscriptions.delete(s) },
    );
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async forget(subjectId: string): Promise<void> {
    await this.keys.forget(subjectId);
  }

  forgottenAt(subjectId: string): Promise<Date | undefined> {
    return this.keys.forgottenAt(subjectId);
  }

  async headPosition(): Promise<number> {
    return this.log.at(-1)?.globalPosition ?? 0;
  }

  /** The stored links, for the AUD-3 verifier. */
  storedLinks() {
    return this.log.map((e) => {
      const meta = JSON.parse(e.metadataText) as { eventId: string; type: string };
      return { ...e, position: e.globalPosition, eventId: meta.eventId, type: meta.type };
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }

  private async reveal(events: StoredEvent[], withKeys = true): Promise<RecordedEvent[]> {
    const recorded = events.map((e) => {
      const metadata = JSON.parse(e.metadataText) as RecordedEvent['metadata'];
      return {
        streamId: e.streamId,
        streamVersion: e.streamVersion,
        globalPosition: e.globalPosition,
        type: metadata.type,
        data: JSON.parse(e.dataText) as unknown,
        metadata,
        hash: e.hash,
      };
    });
    await revealPersonalData(recorded, withKeys ? this.keys : undefined);
    return recorded;
  }
}
