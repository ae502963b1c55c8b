import type { Clock } from '@aftersales/kernel';
import { Client } from 'pg';

export interface LeaderLeaseOptions {
  readonly connectionString: string;
  /** One lease per name and database: the service's name. */
  readonly name: string;
  /** How often a standby tries to take the lease, and the holder checks it still has it. */
  readonly checkMs: number;
  readonly clock: Clock;
  /** Called on every change, in order; the next change waits for it. */
  readonly onChange: (active: boolean) => Promise<void>;
  readonly onError?: (error: unknown) => void;
}

/**
 * The replica of a service that runs its relay and timers: a session advisory lock held on a
 * connection of its own (not the pool's). A holder that dies (SIGKILL, OOM, node lost) drops its
 * connection and PostgreSQL releases the lock; the server's TCP keepalives set below bound how
 * long a vanished host keeps it. A holder that loses its connection learns it at its next check
 * and stands its work down before trying again, so two replicas never both believe they lead
 * for longer than a check. The relay's own lease on its checkpoint and the timers' row locks
 * still fence the overlap.
 */
export class LeaderLease {
  private client: Client | undefined;
  private holding = false;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | undefined;
  private changes: Promise<void> = Promise.resolve();
  private since: Date;

  constructor(private readonly options: LeaderLeaseOptions) {
    this.since = options.clock.now();
  }

  /** True while this replica holds the lease and runs the relay and timers. */
  get active(): boolean {
    return this.holding;
  }

  /** When the replica last became active or standby. */
  get changedAt(): Date {
    return this.since;
  }

  /** Tries once (a single replica is active before start() resolves), then keeps trying. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.check();
    await this.changes;
    this.loop = this.run();
  }

  /** Stands down (relay and timers stopped), then closes the connection, which releases the lock. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    await this.lose();
    await this.changes;
  }

  private async run(): Promise<void> {
    while (this.running) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.options.checkMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wakeUp = done;
      });
      this.wakeUp = undefined;
      if (this.running) await this.check();
    }
  }

  private async check(): Promise<void> {
    try {
      if (this.holding) {
        // Still connected means still holding: the lock lives as long as the session.
        await this.client!.query('SELECT 1');
        return;
      }
      const client = this.client ?? (await this.connect());
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`leader:${this.options.name}`],
      );
      if (rows[0].locked && this.running) this.change(true);
    } catch (error) {
      this.options.onError?.(error);
      await this.lose();
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: 10_000,
      query_timeout: Math.max(5_000, this.options.checkMs * 2),
      keepAlive: true,
      application_name: `leader:${this.options.name}`,
    });
    client.on('error', (error) => {
      this.options.onError?.(error);
      void this.lose();
    });
    this.client = client;
    await client.connect();
    // The server notices a holder's host gone within ~20 s instead of the kernel's two hours.
    await client.query(
      'SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 2',
    );
    return client;
  }

  /** Drops the connection (and with it the lock); a standby's next check connects again. */
  private async lose(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    // Its work stops before the lock goes, so a connection that is still alive hands over cleanly.
    if (this.holding) this.change(false);
    await this.changes;
    // A half-open connection may never answer the goodbye; the lock is gone with it either way.
    if (client)
      await Promise.race([
        client.end().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
      ]);
  }

  private change(active: boolean): void {
    this.holding = active;
    this.since = this.options.clock.now();
    this.changes = this.changes
      .then(() => this.options.onChange(active))
      .catch((error: unknown) => this.options.onError?.(error));
  }
}
