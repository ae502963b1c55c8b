import type { Pool, PoolClient } from 'pg';
import { sqlIdentifier } from '../sql-identifier';

/**
 * One active relay per service across replicas: a session advisory lock held on a connection
 * of its own. When the holder dies its connection closes, PostgreSQL releases the lock and a
 * standby takes over. Checkpoints are written on the same connection, so a holder that lost
 * its connection (and so its lock) cannot move the checkpoint any more.
 */
export class RelayLease {
  private client: PoolClient | undefined;
  private lostError: Error | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly relayName: string,
  ) {
    sqlIdentifier(schema);
  }

  get held(): boolean {
    return this.client !== undefined && this.lostError === undefined;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    await this.release(); // a connection that failed is dropped, never reused
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`relay:${this.relayName}`],
      );
      if (!rows[0].locked) {
        client.release();
        return false;
      }
      // A checkpoint lost in a server crash only means re-publishing what consumers already
      // dedupe; not waiting for its fsync takes a disk flush off every batch.
      await client.query('SET synchronous_commit TO off');
    } catch (error) {
      client.release(true);
      throw error;
    }
    this.lostError = undefined;
    client.on('error', (error) => (this.lostError = error));
    this.client = client;
    return true;
  }

  async readCheckpoint(): Promise<number> {
    const { rows } = await this.connection().query<{ position: string }>(
      `INSERT INTO ${this.schema}.relay_checkpoint (relay, position) VALUES ($1, 0)
       ON CONFLICT (relay) DO UPDATE SET relay = EXCLUDED.relay RETURNING position`,
      [this.relayName],
    );
    return Number(rows[0].position);
  }

  /** Never moves backwards, even if a former holder writes late. */
  async saveCheckpoint(position: number): Promise<void> {
    await this.connection().query(
      `UPDATE ${this.schema}.relay_checkpoint SET position = GREATEST(position, $2), updated_at = now()
       WHERE relay = $1`,
      [this.relayName, position],
    );
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    // Destroying the connection releases the session lock whatever state it is in.
    client.release(true);
  }

  private connection(): PoolClient {
    if (this.lostError) throw new Error(`relay lease connection lost: ${this.lostError.message}`);
    if (!this.client) throw new Error('relay lease not held');
    return this.client;
  }
}

export async function migrateRelay(pool: Pool, schema: string): Promise<void> {
  sqlIdentifier(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('relay-migrate:' || $1, 0))`, [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${schema}.relay_checkpoint (
        relay text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
