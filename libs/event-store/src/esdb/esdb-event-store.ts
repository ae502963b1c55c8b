import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type JSONType,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { AuditableEventStore } from '../auditable-event-store';
import { GENESIS_HASH, linkHash } from '../chain/hash-chain';
import { metadataOf, prepareEvents } from '../envelope/envelope';
import { checkExpectedVersion } from '../envelope/expected-version';
import { DuplicateEventId } from '../errors';
import {
  WrongExpectedVersion,
  type AnyEvent,
  type AppendOptions,
  type AppendResult,
  type EventMetadata,
  type LogPage,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { concealPersonalData, revealPersonalData } from '../personal-data/field-cipher';
import type { SubjectKeyStore } from '../personal-data/subject-key-store';

export interface EsdbEventStoreConfig {
  /** e.g. esdb://localhost:2113?tls=false */
  readonly connectionString: string;
  /** AUD-4 keys live outside the log: give a PostgresKeyStore (or another durable store). */
  readonly keys: SubjectKeyStore;
}

/** What this adapter stores as ESDB event metadata: the envelope and its per-stream AUD-3 link. */
interface StoredMetadata {
  readonly envelope: EventMetadata;
  readonly chain: { readonly previous: string; readonly hash: string };
}

type EsdbEvent = NonNullable<ResolvedEvent['event']>;

/**
 * EventStoreDB / KurrentDB adapter. The AUD-3 chain is kept per stream, not over the global
 * log: ESDB assigns the global position inside the server after the client has sealed the
 * event, and offers no lock to serialise writers across streams, so a global chain could not be
 * extended atomically. Each append therefore writes with the exact stream revision it chained
 * from (retrying for 'any'), which keeps every stream's chain linear.
 */
export class EsdbEventStore implements AuditableEventStore {
  /**
   * EventStoreDB appends to one stream per call and cannot check another stream in that write
   * (KurrentDB's newer v2 AppendRecords can, but @eventstore/db-client does not speak it).
   */
  static readonly checksConditions = false;
  readonly checksConditions = EsdbEventStore.checksConditions;
  private readonly client: EventStoreDBClient;

  constructor(private readonly config: EsdbEventStoreConfig) {
    this.client = EventStoreDBClient.connectionString(config.connectionString);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    const prepared = await concealPersonalData(prepareEvents(events, options), (subject) =>
      this.config.keys.keyFor(subject),
    );
    const expected = options?.expectedVersion ?? 'any';
    // EventStoreDB appends to one stream per call: it cannot check another stream in the same write.
    if (options?.conditions?.length)
      throw new Error('the EventStoreDB adapter cannot check conditions on other streams atomically');
    for (;;) {
      const existing = await this.readRaw(streamId, FORWARDS, START);
      const known = new Map(existing.map((e) => [e.id, e]));
      const repeated = prepared.map((e) => known.get(e.eventId));
      if (repeated.length > 0 && repeated.every(Boolean)) {
        const last = repeated.reduce((a, b) => (b!.revision > a!.revision ? b : a))!;
        return {
          nextExpectedVersion: Number(last.revision) + 1,
          lastPosition: Number(last.position?.commit ?? 0n),
          alreadyAppended: true,
        };
      }
      const clash = prepared.find((_, i) => repeated[i]);
      if (clash) throw new DuplicateEventId(streamId, clash.eventId);
      const version = existing.length;
      checkExpectedVersion(streamId, expected, version);
      let previous =
        version > 0 ? (existing[version - 1].metadata as unknown as StoredMetadata).chain.hash : GENESIS_HASH;
      const recordedAt = new Date().toISOString();
      const data = prepared.map((event, i) => {
        const envelope = metadataOf(event, recordedAt);
        const dataText = JSON.stringify(event.data);
        const hash = linkHash(previous, {
          position: version + i + 1, // per-stream chain: the stream version stands for the position
          streamId,
          streamVersion: version + i + 1,
          eventId: event.eventId,
          type: event.type,
          dataText,
          metadataText: JSON.stringify(envelope),
        });
        const metadata: StoredMetadata = { envelope, chain: { previous, hash } };
        previous = hash;
        return jsonEvent({
          id: event.eventId,
          type: event.type,
          data: JSON.parse(dataText) as JSONType,
          metadata: metadata as unknown as JSONType,
        });
      });
      try {
        const result = await this.client.appendToStream(streamId, data, {
          expectedRevision: version === 0 ? NO_STREAM : BigInt(version - 1),
        });
        return {
          nextExpectedVersion: Number(result.nextExpectedRevision) + 1,
          lastPosition: Number(result.position?.commit ?? 0n),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // The stream moved between our read and write: for 'any' chain onto the new tip, else report it.
        if (expected !== 'any') {
          const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) + 1 : 0;
          throw new WrongExpectedVersion(streamId, expected, actual);
        }
      }
    }
  }

  async readStream<E extends AnyEvent = AnyEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    const backwards = options.direction === 'backwards';
    const from =
      options.fromVersion !== undefined
        ? BigInt(Math.max(options.fromVersion - 1, 0))
        : backwards
          ? END
          : START;
    if (backwards && options.fromVersion !== undefined && options.fromVersion < 1) return [];
    let events = (await this.readRaw(streamId, backwards ? BACKWARDS : FORWARDS, from)).map((e) =>
      this.toRecorded(e),
    );
    if (options.asOf) {
      const asOf = options.asOf.getTime();
      events = events.filter((e) => Date.parse(e.metadata.recordedAt) <= asOf);
    }
    if (options.maxCount !== undefined) events = events.slice(0, options.maxCount);
    await revealPersonalData(events, options.revealPersonalData === false ? undefined : this.config.keys);
    return events as RecordedEvent<E>[];
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return (await this.readPage(options)).events;
  }

  async readPage(options: ReadAllOptions): Promise<LogPage> {
    const from = options.fromPosition ?? 0;
    const max = options.maxCount ?? Infinity;
    const out: RecordedEvent[] = [];
    const read = this.client.readAll({
      direction: FORWARDS,
      fromPosition: from > 0 ? { commit: BigInt(from), prepare: BigInt(from) } : START,
    });
    for await (const resolved of read) {
      const event = this.fromAll(resolved, from, options.streamPrefixes, options.eventTypes);
      if (!event) continue;
      out.push(event);
      if (out.length >= max) break;
    }
    await revealPersonalData(out, options.revealPersonalData === false ? undefined : this.config.keys);
    // What the server skipped is not known here: only the events returned count as looked through.
    return { events: out, scannedTo: out.length > 0 ? out[out.length - 1].globalPosition : from };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const from = options.fromPosition ?? 0;
    const prefixes = options.streamPrefixes;
    const subscription = this.client.subscribeToAll({
      fromPosition: from > 0 ? { commit: BigInt(from), prepare: BigInt(from) } : START,
      filter:
        prefixes && prefixes.length > 0
          ? streamNameFilter({ prefixes: [...prefixes] })
          : excludeSystemEvents(),
    });
    let position = from;
    // for-await pulls one event at a time: handler calls are sequential and in log order.
    const done = (async () => {
      try {
        for await (const resolved of subscription) {
          const event = this.fromAll(resolved, position, prefixes, options.eventTypes);
          if (!event) continue;
          await revealPersonalData([event], this.config.keys);
          await options.handler(event);
          position = event.globalPosition;
        }
      } catch (error) {
        await subscription.unsubscribe().catch(() => undefined);
        if (options.onError) options.onError(error);
        else console.error('event store subscription stopped: handler failed', error);
      }
    })();
    return {
      get position() {
        return position;
      },
      async stop() {
        await subscription.unsubscribe();
        await done;
      },
    };
  }

  /** The commit position of the last event that is not the server's own (0 when there is none). */
  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END })) {
      const e = resolved.event;
      if (e && !e.streamId.startsWith('$') && !e.type.startsWith('$')) return Number(e.position.commit);
    }
    return 0;
  }

  async forget(subjectId: string): Promise<void> {
    await this.config.keys.forget(subjectId);
  }

  forgottenAt(subjectId: string): Promise<Date | undefined> {
    return this.config.keys.forgottenAt(subjectId);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private async readRaw(
    streamId: string,
    direction: typeof FORWARDS | typeof BACKWARDS,
    from: bigint | typeof START | typeof END,
  ) {
    const events: EsdbEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction, fromRevision: from })) {
        if (resolved.event) events.push(resolved.event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  private fromAll(
    resolved: AllStreamResolvedEvent,
    after: number,
    prefixes?: readonly string[],
    types?: readonly string[],
  ) {
    const e = resolved.event;
    if (!e || e.streamId.startsWith('$') || e.type.startsWith('$') || !e.isJson) return undefined;
    if (Number(e.position.commit) <= after) return undefined;
    if (prefixes && prefixes.length > 0 && !prefixes.some((p) => e.streamId.startsWith(p))) return undefined;
    if (types && types.length > 0 && !types.includes(e.type)) return undefined;
    return this.toRecorded(e);
  }

  private toRecorded(e: EsdbEvent): RecordedEvent {
    const stored = e.metadata as unknown as StoredMetadata;
    return {
      streamId: e.streamId,
      streamVersion: Number(e.revision) + 1,
      globalPosition: Number(e.position?.commit ?? 0n),
      type: e.type,
      data: e.data as unknown,
      metadata: stored.envelope,
      hash: stored.chain?.hash,
    };
  }
}
