import { pooledRandomBytes, timeOrderedUuid } from '@aftersales/kernel';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { SubjectKey, SubjectKeyStore } from '../personal-data/subject-key-store';
import { RequestBatcher } from './request-batcher';
import type { Tables } from './schema';

/**
 * AUD-4 keys in their own table, never in the log; forget deletes a subject's rows
 * (crypto-shredding). The PostgreSQL event store writes its keys in the append's own
 * transaction; this store serves the others (EventStoreDB) and every reader. Keys asked for
 * while an insert is in flight go together in the next one.
 */
export class PostgresKeyStore implements SubjectKeyStore {
  private readonly keyInserts = new RequestBatcher<{ subjectId: string; key: SubjectKey }, SubjectKey>(
    async (batch) => {
      await this.pool.query(
        `INSERT INTO ${this.t.subjectKeys} (subject_id, key_id, data_key)
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::bytea[])`,
        [batch.map((w) => w.subjectId), batch.map((w) => w.key.keyId), batch.map((w) => w.key.key)],
      );
      return batch.map((w) => w.key);
    },
  );

  // Every registration asks (AUD-4): asked together, they cost one round trip per batch.
  private readonly erasureLookups = new RequestBatcher<string, Date | undefined>(async (hashes) => {
    const { rows } = await this.pool.query<{ subject_hash: string; forgotten_at: Date }>(
      `SELECT subject_hash, forgotten_at FROM ${this.t.forgottenSubjects} WHERE subject_hash = ANY($1)`,
      [hashes],
    );
    const found = new Map(rows.map((r) => [r.subject_hash, r.forgotten_at]));
    return hashes.map((h) => found.get(h));
  });

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
  ) {}

  keyFor(subjectId: string): Promise<SubjectKey> {
    return this.keyInserts.request({
      subjectId,
      key: { keyId: timeOrderedUuid(), key: pooledRandomBytes(32) },
    });
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

  forgottenAt(subjectId: string): Promise<Date | undefined> {
    return this.erasureLookups.request(subjectHash(subjectId));
  }
}

/** The erasure record names the subject by a hash of the id only. */
function subjectHash(subjectId: string): string {
  return createHash('sha256').update(subjectId).digest('hex');
}
