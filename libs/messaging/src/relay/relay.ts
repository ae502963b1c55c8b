import type { ContractRegistry } from '@aftersales/contracts';
import { topicOf } from '@aftersales/contracts';
import type { EventStore, RecordedEvent } from '@aftersales/event-store';
import type { Pool } from 'pg';
import type { MessageProducer, OutgoingMessage } from '../kafka/message-broker.port';
import { cloudEventHeaders, messageKey } from './cloud-event-headers';
import type { PublicEventMapper } from './public-event';
import { migrateRelay, RelayLease } from './relay-lease';

export interface RelayOptions {
  /** The service whose public events this relay publishes, e.g. `intake`. */
  readonly service: string;
  /** Stream categories the service owns (e.g. ['case', 'recurrence']): nothing else is read. */
  readonly categories: readonly string[];
  readonly store: EventStore;
  /** The service's database: checkpoint and lease live there. */
  readonly pool: Pool;
  readonly schema: string;
  readonly producer: MessageProducer;
  readonly mapper: PublicEventMapper;
  readonly contracts: ContractRegistry;
  /** Defaults to `aftersales.<service>.events.v1`. */
  readonly topic?: string;
  /** Events read and sent per producer request. */
  readonly batchSize?: number;
  /** Wait before looking at the log again when it had nothing new. */
  readonly idleMs?: number;
  /**
   * After a batch that did not fill up, the relay lets events gather before its next read:
   * `gatherPerEventMs` (default 0.25) for each event of that batch, at most `gatherMs` (default
   * 50). Under load each producer request and checkpoint then carries tens of events instead of
   * a few; a trickle still goes out within a few milliseconds, and after a quiet spell the first
   * event goes at once.
   */
  readonly gatherMs?: number;
  readonly gatherPerEventMs?: number;
  /** How often a standby replica tries to take the lease. */
  readonly standbyMs?: number;
  /** A transient failure (broker, database); the relay retries from its checkpoint. */
  readonly onError?: (error: unknown) => void;
}

export type RelayState = 'stopped' | 'standby' | 'active' | 'failed';

/**
 * Publishes the service's public events from the event store to its topic, in global order,
 * at least once: the checkpoint moves only after the broker acknowledged (acks=all). A crash
 * re-publishes from the checkpoint and never skips. A payload that breaks its contract stops
 * the relay (state `failed`, `done` rejects): publishing garbage is worse than publishing late.
 */
export class Relay {
  private readonly lease: RelayLease;
  private readonly topic: string;
  private readonly source: string;
  private readonly prefixes: string[];
  private readonly batchSize: number;
  private running = false;
  private current: RelayState = 'stopped';
  private checkpoint = 0;
  private loop: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | undefined;
  /** Ends a gathering pause early; only stopping does (appends arriving is the point of it). */
  private endGather: (() => void) | undefined;
  private prefetched: { from: number; events: Promise<RecordedEvent[]> } | undefined;

  constructor(private readonly options: RelayOptions) {
    this.lease = new RelayLease(options.pool, options.schema, options.service);
    this.topic = options.topic ?? topicOf(options.service);
    this.source = `urn:aftersales:${options.service}`;
    this.batchSize = options.batchSize ?? 2_000;
    this.prefixes = options.categories.map((c) => {
      if (c.includes('-')) throw new TypeError(`stream category ${c} must be dash-free`);
      return `${c}-`;
    });
  }

  get state(): RelayState {
    return this.current;
  }

  /** The prefixes of the streams it publishes (`case-`, …). */
  get streamPrefixes(): readonly string[] {
    return this.prefixes;
  }

  /** Global position of the last event the broker acknowledged (as far as this replica knows). */
  get position(): number {
    return this.checkpoint;
  }

  /** Settles when the relay stops; rejects with the reason when it failed. */
  get done(): Promise<void> {
    return this.loop;
  }

  migrate(): Promise<void> {
    return migrateRelay(this.options.pool, this.options.schema);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
    this.loop.catch(() => undefined); // observed through `done`
  }

  /** Finishes the batch in hand (sent and checkpointed), then releases the lease. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    this.endGather?.();
    await this.loop.catch(() => undefined);
  }

  /** Cuts an idle wait short (e.g. right after this process appended). */
  poke(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let backoff = 100;
    try {
      while (this.running) {
        try {
          if (!(await this.lease.tryAcquire())) {
            this.current = 'standby';
            await this.idle(this.options.standbyMs ?? 1_000);
            continue;
          }
          this.current = 'active';
          this.checkpoint = await this.lease.readCheckpoint();
          while (this.running && this.lease.held) {
            const published = await this.publishNextBatch();
            backoff = 100;
            if (published === 0) await this.idle(this.options.idleMs ?? 250);
            else if (published < this.batchSize) await this.gather(published);
          }
        } catch (error) {
          if (isFatal(error)) throw error;
          this.options.onError?.(error);
          await this.lease.release();
          // Without the lease it is not the active replica, even while it waits to retry.
          this.current = 'standby';
          await this.idle(backoff);
          backoff = Math.min(backoff * 2, 5_000);
        }
      }
      this.current = 'stopped';
    } catch (error) {
      this.current = 'failed';
      console.error(`relay ${this.options.service} stopped: ${(error as Error).message}`);
      throw error;
    } finally {
      this.running = false;
      await this.lease.release();
    }
  }

  /** Returns how many events of the log it went past. */
  private async publishNextBatch(): Promise<number> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const events =
      prefetched && prefetched.from === this.checkpoint
        ? await prefetched.events
        : await this.read(this.checkpoint);
    if (events.length === 0) return 0;
    const messages: OutgoingMessage[] = [];
    for (const event of events) {
      const message = this.toMessage(event);
      if (message) messages.push(message);
    }
    const position = events[events.length - 1].globalPosition;
    // Reading the next page overlaps with waiting for the broker's ack of this one.
    if (events.length === this.batchSize) this.prefetch(position);
    await this.options.producer.send(this.topic, messages);
    await this.lease.saveCheckpoint(position);
    this.checkpoint = position;
    return events.length;
  }

  private read(from: number): Promise<RecordedEvent[]> {
    return this.options.store.readAll({
      fromPosition: from,
      maxCount: this.batchSize,
      streamPrefixes: this.prefixes,
      // AUD-4: public events never carry personal data, so the relay never holds any.
      revealPersonalData: false,
    });
  }

  private prefetch(from: number): void {
    const events = this.read(from);
    events.catch(() => undefined); // a failed prefetch is read again
    this.prefetched = { from, events };
  }

  private toMessage(event: RecordedEvent): OutgoingMessage | undefined {
    try {
      const published = this.options.mapper(event);
      if (!published) return undefined;
      this.options.contracts.assertPublishable(published.type, published.payload);
      const schema = this.options.contracts.schemaOf(published.type) as { $id?: string };
      return {
        key: messageKey(event, published.payload, published.key),
        value: JSON.stringify(published.payload),
        headers: cloudEventHeaders(event, published.type, this.source, schema.$id),
      };
    } catch (error) {
      throw new RelayContractFailure(event, error as Error);
    }
  }

  private gather(published: number): Promise<void> {
    const ms = Math.min(this.options.gatherMs ?? 50, published * (this.options.gatherPerEventMs ?? 0.25));
    return ms > 0 ? this.pause(ms, 'endGather') : Promise.resolve();
  }

  private idle(ms: number): Promise<void> {
    return this.pause(ms, 'wakeUp');
  }

  /** Waits `ms`; the function left in `cut` ends the wait early. */
  private pause(ms: number, cut: 'wakeUp' | 'endGather'): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this[cut] = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this[cut] = done;
    });
  }
}

/** The mapper produced something its contract forbids: a bug to fix, not a hiccup to retry. */
export class RelayContractFailure extends Error {
  constructor(
    readonly event: RecordedEvent,
    cause: Error,
  ) {
    super(
      `event ${event.metadata.eventId} (${event.type} at position ${event.globalPosition}) maps to an invalid public event: ${cause.message}`,
      { cause },
    );
    this.name = 'RelayContractFailure';
  }
}

function isFatal(error: unknown): boolean {
  return error instanceof RelayContractFailure;
}
