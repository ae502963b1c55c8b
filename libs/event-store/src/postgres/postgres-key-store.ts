import { pooledRandomBytes, timeOrderedUuid } from '@aftersales/kernel';
import type { Pool } from 'pg';
import type { SubjectKey, SubjectKeyStore } from '../personal-data/subject-key-store';
import type { Tables } from './schema';

interface Waiter {
  resolve(key: SubjectKey): void;
  reject(error: unknown): void;
}

/** Attempts per subject: a round can miss a key whose concurrent first use committed after its snapshot. */
const ROUNDS = 3;

/**
 * AUD-4 keys in their own table, never in the log; forget deletes the row (crypto-shredding).
 * Keys asked for while a lookup is in flight go together in the next one: one statement finds or
 * creates the keys of every subject in it, so a burst of registrations costs a few round trips.
 */
export class PostgresKeyStore implements SubjectKeyStore {
  private waiting = new Map<string, Waiter[]>();
  private attempts = new Map<string, number>();
  private inFlight = false;
  private scheduled = false;

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
  ) {}

  keyFor(subjectId: string): Promise<SubjectKey> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(subjectId);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(subjectId, [{ resolve, reject }]);
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight || this.scheduled || this.waiting.size === 0) return;
    this.scheduled = true;
    // Requests made in the same turn of the event loop join this lookup.
    setImmediate(() => {
      this.scheduled = false;
      void this.lookUp();
    });
  }

  private async lookUp(): Promise<void> {
    if (this.inFlight || this.waiting.size === 0) return;
    this.inFlight = true;
    const batch = this.waiting;
    this.waiting = new Map();
    const subjects = [...batch.keys()];
    try {
      const { rows } = await this.pool.query<{ subject_id: string; key_id: string; data_key: Buffer }>(
        `WITH input AS (
           SELECT * FROM unnest($1::text[], $2::uuid[], $3::bytea[]) AS i(subject_id, key_id, data_key)),
         created AS (
           INSERT INTO ${this.t.subjectKeys} (subject_id, key_id, data_key)
           SELECT subject_id, key_id, data_key FROM input
           ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id, key_id, data_key)
         SELECT subject_id, key_id, data_key FROM created
         UNION ALL
         SELECT k.subject_id, k.key_id, k.data_key FROM ${this.t.subjectKeys} k JOIN input USING (subject_id)`,
        [subjects, subjects.map(() => timeOrderedUuid()), subjects.map(() => pooledRandomBytes(32))],
      );
      const found = new Map(rows.map((r) => [r.subject_id, { keyId: r.key_id, key: r.data_key }]));
      for (const [subjectId, waiters] of batch) {
        const key = found.get(subjectId);
        if (key) {
          this.attempts.delete(subjectId);
          waiters.forEach((w) => w.resolve(key));
          continue;
        }
        // Missed: another process's first use committed after this statement's snapshot.
        const attempt = (this.attempts.get(subjectId) ?? 0) + 1;
        if (attempt >= ROUNDS) {
          this.attempts.delete(subjectId);
          const error = new Error(`no data key for subject ${subjectId}`);
          waiters.forEach((w) => w.reject(error));
        } else {
          this.attempts.set(subjectId, attempt);
          const later = this.waiting.get(subjectId) ?? [];
          this.waiting.set(subjectId, [...waiters, ...later]);
        }
      }
    } catch (error) {
      for (const waiters of batch.values()) waiters.forEach((w) => w.reject(error));
    } finally {
      this.inFlight = false;
      this.pump();
    }
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
