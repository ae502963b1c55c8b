import { pooledRandomBytes, timeOrderedUuid } from '@aftersales/kernel';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { SubjectKey, SubjectKeyStore } from '../personal-data/subject-key-store';
import type { Tables } from './schema';

interface Waiter {
  readonly subjectId: string;
  readonly key: SubjectKey;
  resolve(key: SubjectKey): void;
  reject(error: unknown): void;
}

/**
 * AUD-4 keys in their own table, never in the log; forget deletes a subject's rows
 * (crypto-shredding). The PostgreSQL event store writes its keys in the append's own
 * transaction; this store serves the others (EventStoreDB) and every reader. Keys asked for
 * while an insert is in flight go together in the next one.
 */
export class PostgresKeyStore implements SubjectKeyStore {
  private waiting: Waiter[] = [];
  private inFlight = false;
  private scheduled = false;

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
  ) {}

  keyFor(subjectId: string): Promise<SubjectKey> {
    return new Promise((resolve, reject) => {
      const key = { keyId: timeOrderedUuid(), key: pooledRandomBytes(32) };
      this.waiting.push({ subjectId, key, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight || this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // Requests made in the same turn of the event loop join this insert.
    setImmediate(() => {
      this.scheduled = false;
      void this.store();
    });
  }

  private async store(): Promise<void> {
    if (this.inFlight || this.waiting.length === 0) return;
    this.inFlight = true;
    const batch = this.waiting;
    this.waiting = [];
    try {
      await this.pool.query(
        `INSERT INTO ${this.t.subjectKeys} (subject_id, key_id, data_key)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::bytea[])`,
        [batch.map((w) => w.subjectId), batch.map((w) => w.key.keyId), batch.map((w) => w.key.key)],
      );
      batch.forEach((w) => w.resolve(w.key));
    } catch (error) {
      batch.forEach((w) => w.reject(error));
    } finally {
      this.inFlight = false;
      this.pump();
    }
  }

  async findKeys(
    subjectIds: readonly string[],
    keyIds?: readonly string[],
  ): Promise<Map<string, readonly SubjectKey[]>> {
    // Both columns of the primary key: a customer with thousands of cases costs a lookup per key read.
    const { rows } = await this.pool.query<{ subject_id: string; key_id: string; data_key: Buffer }>(
      keyIds
        ? `SELECT subject_id, key_id, data_key FROM ${this.t.subjectKeys}
           WHERE subject_id = ANY($1) AND key_id = ANY($2::uuid[])`
        : `SELECT subject_id, key_id, data_key FROM ${this.t.subjectKeys} WHERE subject_id = ANY($1)`,
      keyIds ? [subjectIds, keyIds] : [subjectIds],
    );
    const found = new Map<string, SubjectKey[]>();
    for (const r of rows) {
      const keys = found.get(r.subject_id) ?? [];
      keys.push({ keyId: r.key_id, key: r.data_key });
      found.set(r.subject_id, keys);
    }
    return found;
  }

  async forget(subjectId: string): Promise<void> {
    // One statement: the keys go and the erasure is remembered together, or neither.
    await this.pool.query(
      `WITH erased AS (DELETE FROM ${this.t.subjectKeys} WHERE subject_id = $1)
       INSERT INTO ${this.t.forgottenSubjects} (subject_hash) VALUES ($2) ON CONFLICT DO NOTHING`,
      [subjectId, subjectHash(subjectId)],
    );
  }

  async forgottenAt(subjectId: string): Promise<Date | undefined> {
    const { rows } = await this.pool.query<{ forgotten_at: Date }>(
      `SELECT forgotten_at FROM ${this.t.forgottenSubjects} WHERE subject_hash = $1`,
      [subjectHash(subjectId)],
    );
    return rows[0]?.forgotten_at;
  }
}

/** The erasure record names the subject by a hash of the id only. */
function subjectHash(subjectId: string): string {
  return createHash('sha256').update(subjectId).digest('hex');
}
