import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { SubjectKey, SubjectKeyStore } from '../personal-data/subject-key-store';
import type { Tables } from './schema';

/** AUD-4 keys in their own table, never in the log; forget deletes the row (crypto-shredding). */
export class PostgresKeyStore implements SubjectKeyStore {
  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
  ) {}

  async keyFor(subjectId: string): Promise<SubjectKey> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { rows } = await this.pool.query<{ key_id: string; data_key: Buffer }>(
        `WITH created AS (
           INSERT INTO ${this.t.subjectKeys} (subject_id, key_id, data_key) VALUES ($1, $2, $3)
           ON CONFLICT (subject_id) DO NOTHING RETURNING key_id, data_key)
         SELECT key_id, data_key FROM created
         UNION ALL SELECT key_id, data_key FROM ${this.t.subjectKeys} WHERE subject_id = $1`,
        [subjectId, randomUUID(), randomBytes(32)],
      );
      // Empty only when a concurrent first use committed after this statement's snapshot.
      if (rows[0]) return { keyId: rows[0].key_id, key: rows[0].data_key };
    }
    throw new Error(`no data key for subject ${subjectId}`);
  }

  async findKeys(subjectIds: readonly string[]): Promise<Map<string, SubjectKey>> {
    const { rows } = await this.pool.query<{ subject_id: string; key_id: string; data_key: Buffer }>(
      `SELECT subject_id, key_id, data_key FROM ${this.t.subjectKeys} WHERE subject_id = ANY($1)`,
      [subjectIds],
    );
    return new Map(rows.map((r) => [r.subject_id, { keyId: r.key_id, key: r.data_key }]));
  }

  async forget(subjectId: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.t.subjectKeys} WHERE subject_id = $1`, [subjectId]);
  }
}
