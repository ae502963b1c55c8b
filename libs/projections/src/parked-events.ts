import type { RecordedEvent } from '@aftersales/event-store';
import type { EntityManager } from 'typeorm';

export interface ParkedEvent {
  readonly projection: string;
  readonly position: number;
  readonly streamId: string;
  readonly type: string;
  /** Why it was not applied: the projection's error, or that an earlier event of its stream is parked. */
  readonly error: string;
  readonly parkedAt: string;
}

/** Held, not failed: the stream's earlier event is parked, so its later ones wait with it. */
export const HELD = 'held: an earlier event of this stream is parked for this projection';

/**
 * Events a projection could not apply, with the error, next to its checkpoint: the read model
 * skips them (and every later event of their stream, so no stream is half applied) until they are
 * replayed or the read model is rebuilt.
 */
export class ParkedEvents {
  constructor(readonly schema: string) {}

  get table(): string {
    return `"${this.schema}".projection_parked`;
  }

  async migrate(em: EntityManager): Promise<void> {
    await em.query(`
      CREATE TABLE IF NOT EXISTS ${this.table} (
        projection text NOT NULL,
        position bigint NOT NULL,
        stream_id text NOT NULL,
        event_type text NOT NULL,
        error text NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, position)
      )`);
  }

  async park(em: EntityManager, projection: string, events: readonly RecordedEvent[], error: string) {
    if (events.length === 0) return;
    await em.query(
      `INSERT INTO ${this.table} (projection, position, stream_id, event_type, error)
       SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (projection, position) DO NOTHING`,
      [
        projection,
        events.map((e) => String(e.globalPosition)),
        events.map((e) => e.streamId),
        events.map((e) => e.type),
        events.map(() => error.slice(0, 2000)),
      ],
    );
  }

  /** The streams a projection holds back. */
  async streams(em: EntityManager, projection: string): Promise<Set<string>> {
    const rows: Array<{ stream_id: string }> = await em.query(
      `SELECT DISTINCT stream_id FROM ${this.table} WHERE projection = $1`,
      [projection],
    );
    return new Set(rows.map((r) => r.stream_id));
  }

  async list(em: EntityManager, projection?: string): Promise<ParkedEvent[]> {
    const rows: Array<{
      projection: string;
      position: string;
      stream_id: string;
      event_type: string;
      error: string;
      parked_at: Date;
    }> = await em.query(
      `SELECT projection, position, stream_id, event_type, error, parked_at FROM ${this.table}
       WHERE $1::text IS NULL OR projection = $1 ORDER BY projection, position`,
      [projection ?? null],
    );
    return rows.map((r) => ({
      projection: r.projection,
      position: Number(r.position),
      streamId: r.stream_id,
      type: r.event_type,
      error: r.error,
      parkedAt: new Date(r.parked_at).toISOString(),
    }));
  }

  async release(em: EntityManager, projection: string, positions: readonly number[]): Promise<void> {
    await em.query(`DELETE FROM ${this.table} WHERE projection = $1 AND position = ANY($2::bigint[])`, [
      projection,
      positions.map(String),
    ]);
  }

  async clear(em: EntityManager, projection: string): Promise<void> {
    await em.query(`DELETE FROM ${this.table} WHERE projection = $1`, [projection]);
  }
}
