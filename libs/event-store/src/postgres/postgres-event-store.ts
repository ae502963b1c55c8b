import { Pool } from 'pg';
import type { AuditableEventStore } from '../auditable-event-store';
import { checkLink, verifyChain, type ChainHead, type ChainVerdict, type LinkCheck } from '../chain/verify';
import { prepareEvents } from '../envelope/envelope';
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
import { PollingSubscription } from '../subscription/polling-subscription';
import { AppendCoalescer, type FlushStats } from './append-coalescer';
import { AppendNotifier } from './append-notifier';
import { EventReader } from './event-reader';
import { PostgresKeyStore } from './postgres-key-store';
import type { NewSubjectKey } from './flush-plan';
import { pooledRandomBytes, timeOrderedUuid } from '@aftersales/kernel';
import { stageEvent } from './staged-event';
import { migrate, tables, type Tables } from './schema';

export interface PostgresEventStoreConfig {
  readonly connectionString: string;
  /** PostgreSQL schema holding the store's tables. */
  readonly schema?: string;
  readonly poolSize?: number;
  /** Fallback poll interval of subscriptions when no NOTIFY arrives. */
  readonly pollMs?: number;
  readonly maxEventsPerFlush?: number;
  /** Test seam, see AppendCoalescer. */
  readonly beforeCommit?: () => Promise<void>;
  /** Told of every committed group commit (metrics: events per flush, its duration). */
  readonly onFlush?: (flush: FlushStats) => void;
}

/** The default adapter: one append-only table, serial positions, AUD-3 chain, AUD-4 keys. */
export class PostgresEventStore implements AuditableEventStore {
  /** Conditions on other streams are checked in the append's transaction. */
  static readonly checksConditions = true;
  readonly checksConditions = PostgresEventStore.checksConditions;
  readonly pool: Pool;
  private readonly t: Tables;
  private readonly coalescer: AppendCoalescer;
  private readonly reader: EventReader;
  readonly keys: PostgresKeyStore;
  private readonly notifier: AppendNotifier;
  private readonly subscriptions = new Set<PollingSubscription>();
  private closed = false;

  constructor(private readonly config: PostgresEventStoreConfig) {
    this.t = tables(config.schema ?? 'event_store');
    this.pool = new Pool({
      connectionString: config.connectionString,
      max: config.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
    });
    this.pool.on('error', (error) => {
      // pool.end() resolves before its sockets are gone; errors after close are expected.
      if (!this.closed) console.warn(`event store: idle connection failed: ${error.message}`);
    });
    this.coalescer = new AppendCoalescer(this.pool, this.t, {
      maxEventsPerFlush: config.maxEventsPerFlush ?? 2_000,
      beforeCommit: config.beforeCommit,
      onFlush: config.onFlush,
    });
    this.reader = new EventReader(this.pool, this.t);
    this.keys = new PostgresKeyStore(this.pool, this.t);
    this.notifier = new AppendNotifier(config.connectionString, this.t.channel);
  }

  /** Creates the schema if missing; idempotent. */
  migrate(): Promise<void> {
    return migrate(this.pool, this.t.schema);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    // AUD-4: a fresh key per subject and append, stored in the same transaction as the events.
    const keys: NewSubjectKey[] = [];
    const prepared = await concealPersonalData(prepareEvents(events, options), (subjectId) => {
      const key = { keyId: timeOrderedUuid(), key: pooledRandomBytes(32) };
      keys.push({ subjectId, ...key });
      return key;
    });
    return this.coalescer.append(
      streamId,
      prepared.map(stageEvent),
      options?.expectedVersion ?? 'any',
      keys,
      options?.conditions ?? [],
    );
  }

  async readStream<E extends AnyEvent = AnyEvent>(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    return (await this.reveal(
      await this.reader.readStream(streamId, options),
      options,
    )) as RecordedEvent<E>[];
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.reveal(await this.reader.readAll(options), options);
  }

  async readPage(options: ReadAllOptions): Promise<LogPage> {
    const page = await this.reader.readPage(options);
    await this.reveal(page.events, options);
    return page;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    let unlisten: (() => void) | undefined;
    const subscription = new PollingSubscription(
      async (from, max) =>
        this.reveal(await this.reader.readAllPage(from, max, options.streamPrefixes, options.eventTypes)),
      options,
      {
        pollMs: this.config.pollMs ?? 1_000,
        onStop: (s) => {
          this.subscriptions.delete(s);
          unlisten?.();
        },
      },
    );
    this.subscriptions.add(subscription);
    this.notifier
      .listen(() => subscription.wake())
      .then(
        (stop) => (unlisten = stop),
        (error: Error) => console.warn(`event store: LISTEN failed, polling only: ${error.message}`),
      );
    subscription.start();
    return subscription;
  }

  /** Calls back after any append commits (any process); resolves to an unsubscribe function. */
  onAppended(listener: () => void): Promise<() => void> {
    return this.notifier.listen(listener);
  }

  async forget(subjectId: string): Promise<void> {
    await this.keys.forget(subjectId);
  }

  forgottenAt(subjectId: string): Promise<Date | undefined> {
    return this.keys.forgottenAt(subjectId);
  }

  /** The global position of the last event in the log (0 when empty): every answered append is at or below it. */
  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ position: string }>(
      `SELECT position FROM ${this.t.head} WHERE id = 1`,
    );
    return Number(rows[0]?.position ?? 0);
  }

  /** AUD-3: walks the whole log and recomputes the chain. */
  async verify(): Promise<ChainVerdict> {
    const { rows } = await this.pool.query<{ position: string; hash: string }>(
      `SELECT position, hash FROM ${this.t.head} WHERE id = 1`,
    );
    const head: ChainHead | undefined = rows[0] && { position: Number(rows[0].position), hash: rows[0].hash };
    return verifyChain(this.reader.storedLinks(), head);
  }

  /**
   * AUD-2: the events of one case in the streams with these prefixes, through the case index
   * (`EventReader.readCase`). Personal fields read as erased unless asked for (AUD-4).
   */
  async readCase(
    caseId: string,
    options: {
      prefixes: readonly string[];
      casePrefixes: readonly string[];
      asOf?: Date;
      revealPersonalData?: boolean;
    },
  ): Promise<RecordedEvent[]> {
    return this.reveal(await this.reader.readCase(caseId, options), {
      revealPersonalData: options.revealPersonalData ?? false,
    });
  }

  /** The case id for a case number, from the first event of these streams naming both. */
  caseIdOfNumber(caseNumber: string, prefixes: readonly string[]): Promise<string | undefined> {
    return this.reader.caseIdOfNumber(caseNumber, prefixes);
  }

  /** Whole streams in log order up to `asOf`; personal fields erased unless asked for. */
  async readStreams(
    streamIds: readonly string[],
    options: { asOf?: Date; revealPersonalData?: boolean } = {},
  ): Promise<RecordedEvent[]> {
    return this.reveal(await this.reader.readStreams(streamIds, options.asOf), {
      revealPersonalData: options.revealPersonalData ?? false,
    });
  }

  /** AUD-3 for the events at these positions: each one's link with its neighbours (`checkLink`). */
  async checkLinks(positions: readonly number[]): Promise<LinkCheck[]> {
    const found = await this.reader.neighbourhoods(positions);
    const shown = new Set(positions);
    const checked = new Map(
      found.map((n) => [n.link.position, checkLink({ ...n, nextChecked: shown.has(n.link.position + 1) })]),
    );
    return positions.map(
      (position) =>
        checked.get(position) ?? { position, ok: false, reason: `position ${position} is missing: deleted` },
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.coalescer.idle();
    await this.notifier.close();
    this.closed = true;
    await this.pool.end();
  }

  /** AUD-4: personal fields decrypted, or read as erased without any key lookup when not asked for. */
  private async reveal(
    events: RecordedEvent[],
    options: { revealPersonalData?: boolean } = {},
  ): Promise<RecordedEvent[]> {
    await revealPersonalData(events, options.revealPersonalData === false ? undefined : this.keys);
    return events;
  }
}
