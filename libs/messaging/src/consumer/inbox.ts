import type { Pool, PoolClient } from 'pg';
import { sqlIdentifier } from '../sql-identifier';

/**
 * Ids of the events a consumer has applied, written in the same transaction as the effects:
 * a redelivered event finds its id here and does nothing.
 */
export class Inbox {
  private readonly table: string;

  constructor(
    readonly schema: string,
    private readonly consumer: string,
  ) {
    this.table = `${sqlIdentifier(schema)}.inbox`;
  }

  async migrate(pool: Pool): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('inbox-migrate:' || $1, 0))`, [
        this.schema,
      ]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${this.table} (
          consumer text NOT NULL,
          event_id text NOT NULL,
          topic text NOT NULL,
          partition integer NOT NULL,
          "offset" bigint NOT NULL,
          processed_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (consumer, event_id)
        )`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Records the events inside the caller's transaction and returns the ids that were new. A
   * concurrent transaction claiming the same id makes this wait for it, then see it as done.
   */
  async claim(
    tx: PoolClient,
    entries: ReadonlyArray<{ id: string; topic: string; partition: number; offset: string }>,
  ): Promise<Set<string>> {
    const { rows } = await tx.query<{ event_id: string }>(
      `INSERT INTO ${this.table} (consumer, event_id, topic, partition, "offset")
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[])
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [
        this.consumer,
        entries.map((e) => e.id),
        entries.map((e) => e.topic),
        entries.map((e) => e.partition),
        entries.map((e) => e.offset),
      ],
    );
    return new Set(rows.map((r) => r.event_id));
  }

  async has(pool: Pool, eventId: string): Promise<boolean> {
    const { rowCount } = await pool.query(
      `SELECT 1 FROM ${this.table} WHERE consumer = $1 AND event_id = $2`,
      [this.consumer, eventId],
    );
    return (rowCount ?? 0) > 0;
  }
}
