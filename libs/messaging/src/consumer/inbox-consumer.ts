import {
  ContractViolation,
  deadLetterTopicOf,
  UnknownEventType,
  type ContractRegistry,
} from '@aftersales/contracts';
import { requestContext, RuleViolation, SYSTEM_ACTOR, type Actor } from '@aftersales/kernel';
import type { Pool, PoolClient } from 'pg';
import type {
  BatchContext,
  ConsumerSettings,
  IncomingMessage,
  MessageBroker,
  MessageConsumer,
  MessageContext,
  MessageProducer,
  PartitionBatch,
} from '../kafka/message-broker.port';
import { consumedEvent, MalformedMessage, rawEventOf, type ConsumedEvent } from './consumed-event';
import { DeadLetters } from './dead-letter';
import { DeadLetterStore, type DeadLetter } from './dead-letter-store';
import { Inbox } from './inbox';
import { backoffDelay, DEFAULT_RETRY_POLICY, PermanentFailure, type RetryPolicy } from './retry-policy';

/** Applies one event's effects with the transaction the inbox entry is written in. */
export type EventHandler = (event: ConsumedEvent, tx: PoolClient) => Promise<void>;

export interface InboxConsumerOptions {
  readonly broker: MessageBroker;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** The service's database, holding the inbox and the handler's effects. */
  readonly pool: Pool;
  readonly schema: string;
  readonly contracts: ContractRegistry;
  readonly handler: EventHandler;
  /** Name of this consumer's inbox entries; defaults to the group id. */
  readonly inboxName?: string;
  readonly retry?: RetryPolicy;
  /** Errors no retry can fix, besides contract violations, rule violations and PermanentFailure. */
  readonly isPermanent?: (error: unknown) => boolean;
  readonly fromBeginning?: boolean;
  /** Messages of one partition applied in one transaction (one commit, one fsync). */
  readonly maxMessagesPerTransaction?: number;
  readonly settings?: Omit<ConsumerSettings, 'groupId'>;
  /** Who the handler acts as: reactions are the service's own doing, not the original user's. */
  readonly actor?: Actor;
  /** Told after each commit about the events it applied (metrics, latency). */
  readonly onApplied?: (events: readonly ConsumedEvent[]) => void;
  /** Told about every message sent to the dead-letter topic. */
  readonly onDeadLetter?: (message: IncomingMessage, error: unknown) => void;
  /** How often it looks for dead letters an operator asked to replay (default 1 s). */
  readonly replayPollMs?: number;
  /** Told about a replayed dead letter that failed again (it is open again, with the new error). */
  readonly onReplayFailed?: (letter: DeadLetter, error: unknown) => void;
}

type Prepared =
  | { readonly message: IncomingMessage; readonly event: ConsumedEvent; readonly error?: undefined }
  | { readonly message: IncomingMessage; readonly error: unknown; readonly event?: undefined };

type Outcome = 'applied' | 'dead-lettered' | 'abandoned';

/**
 * A consumer group member with an inbox: each event's id is inserted in the transaction of its
 * effects, so a redelivery (after a crash, a rebalance, a relay re-publish) does nothing. A
 * message that is invalid, or fails past its retries, goes to `<topic>.dlq` and the partition
 * moves on; nothing is skipped silently.
 */
export class InboxConsumer {
  private readonly inbox: Inbox;
  private readonly policy: RetryPolicy;
  private consumer: MessageConsumer | undefined;
  private producer: MessageProducer | undefined;
  private deadLetters: DeadLetters | undefined;
  private readonly deadLetterStore: DeadLetterStore;
  private replayTimer: NodeJS.Timeout | undefined;
  private replaying: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: InboxConsumerOptions) {
    this.inbox = new Inbox(options.schema, options.inboxName ?? options.groupId);
    this.policy = options.retry ?? DEFAULT_RETRY_POLICY;
    this.deadLetterStore = new DeadLetterStore(options.pool, options.schema);
  }

  async migrate(): Promise<void> {
    await this.inbox.migrate(this.options.pool);
    await this.deadLetterStore.migrate();
  }

  /** Joins the group and starts consuming; resolves once running. */
  async start(): Promise<void> {
    const { broker, topics } = this.options;
    const admin = await broker.admin();
    try {
      await admin.ensureTopics(topics.map((topic) => ({ topic: deadLetterTopicOf(topic) })));
    } finally {
      await admin.disconnect();
    }
    this.producer = broker.producer();
    await this.producer.connect();
    this.deadLetters = new DeadLetters(this.producer);
    // Partitions are independent (order is per key): applying several at once lets their
    // reactions' appends share commits instead of queueing behind one another.
    this.consumer = broker.consumer({
      partitionsConsumedConcurrently: 6,
      ...this.options.settings,
      groupId: this.options.groupId,
    });
    await this.consumer.connect();
    await this.consumer.subscribe(topics, { fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run((batch, context) => this.handleBatch(batch, context));
    this.scheduleReplays();
  }

  /**
   * Applies the dead letters of this consumer an operator asked to replay, through the inbox
   * (an event applied before, by a replay or a redelivery, does nothing). Returns how many.
   */
  replayDeadLetters(): Promise<number> {
    const run = this.replaying.then(() =>
      this.deadLetterStore.replayRequested(
        this.options.groupId,
        async (message, tx) => {
          const { event, error } = this.prepare(message);
          if (!event) throw error;
          const fresh = await this.inbox.claim(tx, [this.inboxEntry(event)]);
          if (fresh.has(event.id)) await this.runHandler(event, tx);
        },
        (letter, error) => this.options.onReplayFailed?.(letter, error),
      ),
    );
    this.replaying = run.catch(() => undefined);
    return run;
  }

  private scheduleReplays(): void {
    this.replayTimer = setTimeout(() => {
      this.replayDeadLetters()
        .catch(() => undefined) // the database is down: the next round tries again
        .finally(() => {
          if (this.consumer) this.scheduleReplays();
        });
    }, this.options.replayPollMs ?? 1_000);
    this.replayTimer.unref();
  }

  assignment(): Readonly<Record<string, readonly number[]>> {
    return this.consumer?.assignment() ?? {};
  }

  /** Stops fetching, finishes the message in hand, commits its offset, leaves, disconnects. */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    clearTimeout(this.replayTimer);
    await this.replaying;
    if (consumer) {
      await consumer.stop();
      await consumer.disconnect();
    }
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  isProcessed(eventId: string): Promise<boolean> {
    return this.inbox.has(this.options.pool, eventId);
  }

  private async handleBatch(batch: PartitionBatch, context: BatchContext): Promise<void> {
    const items = batch.messages.map((m) => this.prepare(m));
    const perTransaction = this.options.maxMessagesPerTransaction ?? 200;
    let i = 0;
    while (i < items.length && context.isActive()) {
      const item = items[i];
      if (item.error !== undefined) {
        await this.deadLetter(item.message, item.error, 0);
        context.markProcessed(item.message.offset);
        i++;
        continue;
      }
      let end = i;
      while (end < items.length && end - i < perTransaction && items[end].error === undefined) end++;
      const chunk = items.slice(i, end) as Array<Extract<Prepared, { event: ConsumedEvent }>>;
      if (chunk.length > 1 && (await this.applyTogether(chunk))) {
        context.markProcessed(chunk[chunk.length - 1].message.offset);
        i = end;
      } else {
        // One by one: a failing message is retried (and dead-lettered) alone.
        for (const one of chunk) {
          const outcome = await this.applyWithRetries(one, context);
          if (outcome === 'abandoned') return;
          context.markProcessed(one.message.offset);
          i++;
          if (!context.isActive()) return;
        }
      }
      await context.commitIfDue();
      await context.heartbeat();
    }
  }

  private prepare(message: IncomingMessage): Prepared {
    try {
      const raw = rawEventOf(message);
      const read = this.options.contracts.read(raw.type, raw.payload);
      return { message, event: consumedEvent(message, raw.id, read.type, read.payload) };
    } catch (error) {
      return { message, error };
    }
  }

  /** The fast path: many events, one transaction. False when any of them failed (nothing kept). */
  private async applyTogether(
    chunk: ReadonlyArray<{ message: IncomingMessage; event: ConsumedEvent }>,
  ): Promise<boolean> {
    const applied: ConsumedEvent[] = [];
    try {
      await this.transaction(async (tx) => {
        const fresh = await this.inbox.claim(
          tx,
          chunk.map((c) => this.inboxEntry(c.event)),
        );
        for (const { event } of chunk) {
          if (!fresh.delete(event.id)) continue; // seen before, or twice in this chunk
          await this.runHandler(event, tx);
          applied.push(event);
        }
      });
      this.options.onApplied?.(applied);
      return true;
    } catch {
      return false;
    }
  }

  private async applyWithRetries(
    item: { message: IncomingMessage; event: ConsumedEvent },
    context: MessageContext,
  ): Promise<Outcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        let fresh = false;
        await this.transaction(async (tx) => {
          fresh = (await this.inbox.claim(tx, [this.inboxEntry(item.event)])).has(item.event.id);
          if (fresh) await this.runHandler(item.event, tx);
        });
        if (fresh) this.options.onApplied?.([item.event]);
        return 'applied';
      } catch (error) {
        if (this.isPermanent(error) || attempt >= this.policy.attempts) {
          await this.deadLetter(item.message, error, attempt);
          return 'dead-lettered';
        }
        if (!(await this.pause(backoffDelay(this.policy, attempt), context))) return 'abandoned';
      }
    }
  }

  private runHandler(event: ConsumedEvent, tx: PoolClient): Promise<void> {
    // A reaction's writes are caused by this event and stay in its correlation (AUD-1).
    return requestContext.run(
      {
        actor: this.options.actor ?? SYSTEM_ACTOR,
        branch: event.branch,
        correlationId: event.correlationId ?? event.id,
        causationId: event.id,
      },
      () => this.options.handler(event, tx),
    );
  }

  private inboxEntry(event: ConsumedEvent) {
    return { id: event.id, topic: event.topic, partition: event.partition, offset: event.offset };
  }

  private async transaction(work: (tx: PoolClient) => Promise<void>): Promise<void> {
    const tx = await this.options.pool.connect();
    let broken = false;
    try {
      await tx.query('BEGIN');
      await work(tx);
      await tx.query('COMMIT');
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      tx.release(broken);
    }
  }

  private isPermanent(error: unknown): boolean {
    return (
      error instanceof PermanentFailure ||
      error instanceof RuleViolation ||
      error instanceof ContractViolation ||
      error instanceof UnknownEventType ||
      error instanceof MalformedMessage ||
      (this.options.isPermanent?.(error) ?? false)
    );
  }

  private async deadLetter(message: IncomingMessage, error: unknown, attempts: number): Promise<void> {
    if (!this.deadLetters) throw new Error('consumer not started');
    await this.deadLetters.send(message, { error, attempts, consumer: this.options.groupId });
    // Before the offset moves on: a crash in between dead-letters the redelivery, recorded once.
    await this.deadLetterStore.record(this.options.groupId, message, {
      error: error instanceof Error ? error.message : String(error),
      attempts,
    });
    this.options.onDeadLetter?.(message, error);
  }

  /** Waits, keeping the membership alive; false when the consumer is stopping meanwhile. */
  private async pause(ms: number, context: MessageContext): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!context.isActive()) return false;
      await new Promise((r) => setTimeout(r, Math.min(200, until - Date.now())));
      await context.heartbeat();
    }
    return context.isActive();
  }
}
