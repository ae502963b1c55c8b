import { randomUUID } from 'node:crypto';
import { Clock, SYSTEM_ACTOR, requestContext } from '@aftersales/kernel';
import { Notification, PoolClient } from 'pg';
import { Timer, TimerStore, timerFromRow } from './timer-store';

export interface TimerFiring {
  /** The transaction that marks the timer fired: write the handler's effects with it for exactly-once. */
  readonly client: PoolClient;
  /** The runner's clock at firing. */
  readonly firedAt: Date;
}

/** Throwing rolls the handler's writes back and retries later with backoff. */
export type TimerHandler<P = unknown> = (timer: Timer<P>, firing: TimerFiring) => Promise<void>;

export interface TimerRetryPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many failed attempts the timer is parked as 'dead' (a cancel or a new schedule re-arms it). */
  readonly maxAttempts: number;
}

export interface TimerRunnerOptions {
  readonly store: TimerStore;
  /** One handler per timer kind; a timer of an unknown kind fails and retries. */
  readonly handlers: Readonly<Record<string, TimerHandler>>;
  /** Defaults to the store's clock. */
  readonly clock?: Clock;
  /** Longest sleep between polls; NOTIFY wakes the runner earlier. */
  readonly pollIntervalMs?: number;
  readonly retry?: Partial<TimerRetryPolicy>;
  /** Recorded as fired_by; defaults to a random id. */
  readonly name?: string;
  readonly onError?: (error: unknown, timer?: Timer) => void;
}

const DEFAULT_RETRY: TimerRetryPolicy = { baseDelayMs: 1_000, maxDelayMs: 5 * 60_000, maxAttempts: 20 };

/**
 * Fires due timers: each in its own transaction that claims the row with FOR UPDATE SKIP LOCKED
 * (replicas never fire one timer concurrently), runs the handler and marks the timer fired.
 * A crash before commit rolls everything back and the timer fires again: at-least-once
 * delivery, exactly-once effect for writes made through `firing.client`.
 */
export class TimerRunner {
  readonly name: string;
  private readonly store: TimerStore;
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  private readonly retry: TimerRetryPolicy;
  private loop?: Promise<void>;
  private stopping = false;
  private listener?: PoolClient;
  private readonly dropped = new WeakSet<PoolClient>();
  private wakeUp?: () => void;
  private wakeRequested = false;
  private sleepingUntil = Infinity;

  constructor(private readonly options: TimerRunnerOptions) {
    this.store = options.store;
    this.clock = options.clock ?? options.store.clock;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.name = options.name ?? `timer-runner-${randomUUID().slice(0, 8)}`;
  }

  async start(): Promise<void> {
    if (this.loop) throw new Error(`${this.name} is already running`);
    this.stopping = false;
    await this.listen();
    this.loop = this.run();
  }

  /** Finishes the timer in hand, then stops polling and listening. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    this.loop = undefined;
    if (this.listener) this.dropListener(this.listener);
  }

  /** Polls now (e.g. after advancing an injected clock in a test). */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let delay = this.pollIntervalMs;
      try {
        if (!this.listener) await this.listen();
        while (!this.stopping && (await this.fireNext()));
        delay = await this.delayUntilNextDue();
      } catch (error) {
        this.report(error);
      }
      await this.sleep(delay);
    }
  }

  /** Without a listener the runner still works, by polling; run() tries again each round. */
  private async listen(): Promise<void> {
    let client: PoolClient | undefined;
    try {
      client = await this.store.pool.connect();
      const listener = client;
      listener.on('notification', (n: Notification) => this.onNotification(n));
      listener.on('error', (error) => {
        this.report(error);
        this.dropListener(listener);
        this.wake(); // to listen again at once
      });
      await listener.query(`LISTEN "${this.store.channel}"`);
      this.listener = listener;
    } catch (error) {
      this.report(error);
      if (client) this.dropListener(client);
    }
  }

  /** Closes the LISTEN connection rather than returning it to the pool with its handlers. */
  private dropListener(client: PoolClient): void {
    if (this.listener === client) this.listener = undefined;
    if (this.dropped.has(client)) return;
    this.dropped.add(client);
    client.removeAllListeners('notification');
    client.release(true);
  }

  private onNotification(n: Notification): void {
    if (n.channel !== this.store.channel) return;
    const due = Date.parse(n.payload ?? '');
    // Only when it falls due before the runner would poll anyway.
    if (Number.isNaN(due) || due < this.sleepingUntil) this.wake();
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping || this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    this.sleepingUntil = this.clock.now().getTime() + ms;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.wakeRequested = false;
        this.sleepingUntil = Infinity;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async delayUntilNextDue(): Promise<number> {
    const { rows } = await this.store.pool.query<{ next: Date | null }>(
      `SELECT min(next_attempt_at) AS next FROM ${this.store.table} WHERE status = 'scheduled'`,
    );
    const next = rows[0]?.next;
    if (!next) return this.pollIntervalMs;
    const ms = next.getTime() - this.clock.now().getTime();
    // Due but not claimable: another replica holds it; look again shortly.
    if (ms <= 0) return Math.min(100, this.pollIntervalMs);
    return Math.min(ms, this.pollIntervalMs);
  }

  /** Claims and fires one due timer; false when none is due and free. */
  private async fireNext(): Promise<boolean> {
    const client = await this.store.pool.connect();
    let broken: Error | undefined;
    try {
      const now = this.clock.now();
      await client.query('BEGIN');
      const { rows } = await client.query(
        `SELECT * FROM ${this.store.table}
         WHERE status = 'scheduled' AND next_attempt_at <= $1
         ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (rows.length === 0) {
        await client.query('COMMIT');
        return false;
      }
      const timer = timerFromRow(rows[0]);
      await client.query('SAVEPOINT timer_handler');
      try {
        const handler = this.options.handlers[timer.kind];
        if (!handler) throw new Error(`no handler for timer kind '${timer.kind}'`);
        const context = {
          actor: SYSTEM_ACTOR,
          correlationId: timer.correlationId ?? randomUUID(),
          causationId: `timer:${timer.id}`,
          ...(timer.branch && { branch: timer.branch }),
        };
        await requestContext.run(context, () => handler(timer, { client, firedAt: now }));
        await client.query(
          `UPDATE ${this.store.table}
           SET status = 'fired', attempts = attempts + 1, fired_at = $2, fired_by = $3, updated_at = $2
           WHERE id = $1`,
          [timer.id, now, this.name],
        );
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT timer_handler');
        await this.recordFailure(client, timer, error, now);
      }
      await client.query('COMMIT');
      return true;
    } catch (error) {
      broken = error as Error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A client whose connection failed is discarded, not returned to the pool.
      client.release(broken);
    }
  }

  private async recordFailure(client: PoolClient, timer: Timer, error: unknown, now: Date): Promise<void> {
    this.report(error, timer);
    const attempts = timer.attempts + 1;
    const dead = attempts >= this.retry.maxAttempts;
    const backoff = Math.min(this.retry.baseDelayMs * 2 ** (attempts - 1), this.retry.maxDelayMs);
    await client.query(
      `UPDATE ${this.store.table}
       SET attempts = $2, last_error = $3, next_attempt_at = $4, status = $5, updated_at = $6
       WHERE id = $1`,
      [
        timer.id,
        attempts,
        error instanceof Error ? error.message : String(error),
        new Date(now.getTime() + backoff),
        dead ? 'dead' : 'scheduled',
        now,
      ],
    );
  }

  private report(error: unknown, timer?: Timer): void {
    if (this.options.onError) this.options.onError(error, timer);
    else
      console.warn(
        `${this.name}: ${timer ? `timer ${timer.id}: ` : ''}${(error as Error)?.message ?? error}`,
      );
  }
}
