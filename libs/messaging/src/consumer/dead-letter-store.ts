import type { Pool, PoolClient } from 'pg';
import type { IncomingMessage, MessageHeaders } from '../kafka/message-broker.port';
import { sqlIdentifier } from '../sql-identifier';

/** open: waiting for a fix; replay-requested: the service applies it next; replayed; discarded. */
export type DeadLetterStatus = 'open' | 'replay-requested' | 'replayed' | 'discarded';

export interface DeadLetter {
  readonly id: number;
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly eventId?: string;
  readonly eventType?: string;
  readonly error: string;
  readonly attempts: number;
  readonly failedAt: Date;
  readonly status: DeadLetterStatus;
  /** Who asked for the replay or discarded it, when, and why (discards). */
  readonly resolvedBy?: string;
  readonly resolvedAt?: Date;
  readonly reason?: string;
  /** Times it was replayed (a second replay is absorbed by the inbox). */
  readonly replays: number;
}

interface Row {
  id: string;
  consumer: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: MessageHeaders;
  timestamp: string;
  error: string;
  attempts: number;
  failed_at: Date;
  status: DeadLetterStatus;
  resolved_by: string | null;
  resolved_at: Date | null;
  reason: string | null;
  replays: number;
}

const deadLetterOf = (r: Row): DeadLetter => ({
  id: Number(r.id),
  consumer: r.consumer,
  topic: r.topic,
  partition: r.partition,
  offset: r.offset,
  ...(r.headers.ce_id && { eventId: r.headers.ce_id }),
  ...(r.headers.ce_type && { eventType: r.headers.ce_type }),
  error: r.error,
  attempts: r.attempts,
  failedAt: r.failed_at,
  status: r.status,
  ...(r.resolved_by !== null && { resolvedBy: r.resolved_by }),
  ...(r.resolved_at !== null && { resolvedAt: r.resolved_at }),
  ...(r.reason !== null && { reason: r.reason }),
  replays: r.replays,
});

/** An operator's request that cannot be done as asked (unknown id, already discarded). */
export class DeadLetterRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadLetterRefused';
  }
}

/**
 * The service's dead letters in its own database, beside the `<topic>.dlq` copy on Kafka: the
 * message as it came, why it failed, and what an operator decided (replay after a fix, or
 * discard with a reason). A replay is applied by the running service through the consumer's
 * inbox, so replaying twice takes effect once.
 */
export class DeadLetterStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
  ) {
    this.table = `${sqlIdentifier(schema)}.dead_letters`;
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('dead-letters-migrate:' || $1, 0))`, [
        this.schema,
      ]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${this.table} (
          id bigserial PRIMARY KEY,
          consumer text NOT NULL,
          topic text NOT NULL,
          partition integer NOT NULL,
          "offset" bigint NOT NULL,
          key text,
          value text,
          headers jsonb NOT NULL,
          timestamp text NOT NULL,
          error text NOT NULL,
          attempts integer NOT NULL,
          failed_at timestamptz NOT NULL DEFAULT now(),
          status text NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'replay-requested', 'replayed', 'discarded')),
          resolved_by text,
          resolved_at timestamptz,
          reason text,
          replays integer NOT NULL DEFAULT 0,
          UNIQUE (consumer, topic, partition, "offset")
        )`);
      await client.query(
        `CREATE INDEX IF NOT EXISTS dead_letters_pending ON ${this.table} (consumer) WHERE status IN ('open', 'replay-requested')`,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A redelivered message that fails again keeps its first entry. */
  async record(
    consumer: string,
    message: IncomingMessage,
    failure: { error: string; attempts: number },
  ): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} (consumer, topic, partition, "offset", key, value, headers, timestamp, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        consumer,
        message.topic,
        message.partition,
        message.offset,
        message.key ?? null,
        message.value ?? null,
        JSON.stringify(message.headers),
        message.timestamp,
        failure.error.slice(0, 4_000),
        failure.attempts,
      ],
    );
  }

  async list(
    options: { consumer?: string; status?: readonly DeadLetterStatus[] } = {},
  ): Promise<DeadLetter[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT * FROM ${this.table}
       WHERE ($1::text IS NULL OR consumer = $1) AND ($2::text[] IS NULL OR status = ANY($2))
       ORDER BY id`,
      [options.consumer ?? null, options.status ?? null],
    );
    return rows.map(deadLetterOf);
  }

  async get(id: number): Promise<DeadLetter | undefined> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return rows[0] && deadLetterOf(rows[0]);
  }

  /** Dead letters not yet resolved, per consumer that ever had one (the DLQ size on /metrics). */
  async pendingByConsumer(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ consumer: string; n: number }>(
      `SELECT consumer, (count(*) FILTER (WHERE status IN ('open', 'replay-requested')))::int AS n
       FROM ${this.table} GROUP BY consumer`,
    );
    return Object.fromEntries(rows.map((r) => [r.consumer, r.n]));
  }

  /** Asks the running service to apply it again (after the fix is deployed); a discarded one is refused. */
  async requestReplay(id: number, by: string): Promise<DeadLetter> {
    const { rows } = await this.pool.query<Row>(
      `UPDATE ${this.table} SET status = 'replay-requested', resolved_by = $2, resolved_at = now()
       WHERE id = $1 AND status <> 'discarded' RETURNING *`,
      [id, by],
    );
    if (rows[0]) return deadLetterOf(rows[0]);
    throw await this.refusal(id, 'replay');
  }

  /** Sets it aside for good; the reason stays with it. */
  async discard(id: number, by: string, reason: string): Promise<DeadLetter> {
    if (reason.trim() === '') throw new DeadLetterRefused('a discard needs a reason');
    const { rows } = await this.pool.query<Row>(
      `UPDATE ${this.table} SET status = 'discarded', resolved_by = $2, resolved_at = now(), reason = $3
       WHERE id = $1 AND status IN ('open', 'replay-requested') RETURNING *`,
      [id, by, reason],
    );
    if (rows[0]) return deadLetterOf(rows[0]);
    throw await this.refusal(id, 'discard');
  }

  /**
   * Applies the replays asked for of one consumer, each in one transaction with `apply`'s
   * effects; one that fails again goes back to open with its new error. Returns how many it
   * applied. Replicas take different ones (SKIP LOCKED).
   */
  async replayRequested(
    consumer: string,
    apply: (message: IncomingMessage, tx: PoolClient) => Promise<void>,
    onFailure: (letter: DeadLetter, error: unknown) => void,
  ): Promise<number> {
    let applied = 0;
    for (;;) {
      const tx = await this.pool.connect();
      let broken = false;
      let row: Row | undefined;
      try {
        await tx.query('BEGIN');
        ({
          rows: [row],
        } = await tx.query<Row>(
          `SELECT * FROM ${this.table} WHERE consumer = $1 AND status = 'replay-requested'
           ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [consumer],
        ));
        if (!row) {
          await tx.query('COMMIT');
          return applied;
        }
        await tx.query('SAVEPOINT replay');
        try {
          await apply(messageOf(row), tx);
          await tx.query(
            `UPDATE ${this.table} SET status = 'replayed', replays = replays + 1 WHERE id = $1`,
            [row.id],
          );
          applied++;
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT replay');
          const message = error instanceof Error ? error.message : String(error);
          await tx.query(
            `UPDATE ${this.table} SET status = 'open', error = $2, attempts = attempts + 1 WHERE id = $1`,
            [row.id, message.slice(0, 4_000)],
          );
          onFailure(deadLetterOf(row), error);
        }
        await tx.query('COMMIT');
      } catch (error) {
        broken = true;
        await tx.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        tx.release(broken);
      }
    }
  }

  private async refusal(id: number, what: string): Promise<DeadLetterRefused> {
    const letter = await this.get(id);
    if (!letter) return new DeadLetterRefused(`no dead letter ${id} in ${this.schema}`);
    return new DeadLetterRefused(
      `dead letter ${id} cannot be ${what === 'replay' ? 'replayed' : 'discarded'}: it is ${letter.status}` +
        (letter.reason ? ` (${letter.resolvedBy}: ${letter.reason})` : ''),
    );
  }
}

function messageOf(row: Row): IncomingMessage {
  return {
    topic: row.topic,
    partition: row.partition,
    offset: String(row.offset),
    ...(row.key !== null && { key: row.key }),
    ...(row.value !== null && { value: row.value }),
    headers: row.headers,
    timestamp: row.timestamp,
  };
}
