import { Clock, requestContext, systemClock } from '@aftersales/kernel';
import { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';

/** A pool or a client inside the caller's transaction. */
export interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

export type TimerStatus = 'scheduled' | 'fired' | 'cancelled' | 'dead';

export interface Timer<P = unknown> {
  readonly id: string;
  readonly kind: string;
  readonly dueAt: Date;
  readonly payload: P;
  readonly status: TimerStatus;
  /** Firing attempts so far, failed ones included. */
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError?: string;
  readonly scheduledAt: Date;
  readonly firedAt?: Date;
  readonly firedBy?: string;
  readonly cancelledAt?: Date;
  /** Request context of whoever scheduled it, carried into the firing. */
  readonly correlationId?: string;
  readonly branch?: string;
}

export interface ScheduleOptions {
  /** Which handler fires it, e.g. 'response-deadline' (INT-4). */
  readonly kind: string;
  /** Schedule inside the caller's transaction (e.g. with the read-model write that caused it). */
  readonly client?: Queryable;
}

/**
 * scheduled: new; rescheduled: due instant, kind or payload changed (or re-armed after a
 * cancel); unchanged: identical already pending; already-fired: fired timers stay fired, so a
 * replayed scheduling message never fires a deadline twice.
 */
export type ScheduleOutcome = 'scheduled' | 'rescheduled' | 'unchanged' | 'already-fired';

/** The port a service's command handlers need. */
export interface TimerScheduler {
  schedule(id: string, dueAt: Date, payload: unknown, options: ScheduleOptions): Promise<ScheduleOutcome>;
  /** True when a pending timer was cancelled; false when unknown, fired or already cancelled. */
  cancel(id: string, options?: { client?: Queryable }): Promise<boolean>;
}

export interface TimerStoreOptions {
  readonly pool: Pool;
  /** Schema of the service's own database that holds the table (created by migrate()). */
  readonly schema?: string;
  readonly table?: string;
  readonly clock?: Clock;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/;

interface TimerRow extends QueryResultRow {
  id: string;
  kind: string;
  due_at: Date;
  payload: unknown;
  status: TimerStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  scheduled_at: Date;
  fired_at: Date | null;
  fired_by: string | null;
  cancelled_at: Date | null;
  correlation_id: string | null;
  branch: string | null;
}

export function timerFromRow<P>(row: QueryResultRow): Timer<P> {
  const r = row as TimerRow;
  return {
    id: r.id,
    kind: r.kind,
    dueAt: r.due_at,
    payload: r.payload as P,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    scheduledAt: r.scheduled_at,
    ...(r.last_error !== null && { lastError: r.last_error }),
    ...(r.fired_at !== null && { firedAt: r.fired_at }),
    ...(r.fired_by !== null && { firedBy: r.fired_by }),
    ...(r.cancelled_at !== null && { cancelledAt: r.cancelled_at }),
    ...(r.correlation_id !== null && { correlationId: r.correlation_id }),
    ...(r.branch !== null && { branch: r.branch }),
  };
}

/** Durable timers in the service's PostgreSQL database (docs/architecture.md "Deadlines and timers"). */
/**
 * Scheduling an existing timer moves it and re-arms it (also a cancelled one: INT-11 resume),
 * except a fired one; the same timer again changes nothing (no row returned, no notify).
 */
const RESCHEDULE = `ON CONFLICT (id) DO UPDATE
         SET kind = EXCLUDED.kind, due_at = EXCLUDED.due_at, payload = EXCLUDED.payload,
             next_attempt_at = EXCLUDED.due_at, status = 'scheduled', attempts = 0, last_error = NULL,
             cancelled_at = NULL, updated_at = EXCLUDED.updated_at,
             correlation_id = EXCLUDED.correlation_id, branch = EXCLUDED.branch
         WHERE t.status <> 'fired'
           AND NOT (t.status = 'scheduled' AND t.due_at = EXCLUDED.due_at AND t.kind = EXCLUDED.kind
                    AND t.payload = EXCLUDED.payload)`;

export class TimerStore implements TimerScheduler {
  readonly pool: Pool;
  readonly clock: Clock;
  /** Quoted, schema-qualified table name. */
  readonly table: string;
  /** NOTIFY channel that wakes runners when a timer is (re)scheduled. */
  readonly channel: string;
  private readonly schema: string;
  private readonly tableName: string;

  constructor(options: TimerStoreOptions) {
    this.schema = options.schema ?? 'public';
    this.tableName = options.table ?? 'timers';
    for (const name of [this.schema, this.tableName]) {
      if (!IDENTIFIER.test(name)) throw new RangeError(`not a plain lower-case SQL identifier: '${name}'`);
    }
    this.pool = options.pool;
    this.clock = options.clock ?? systemClock;
    this.table = `"${this.schema}"."${this.tableName}"`;
    this.channel = `${this.schema}_${this.tableName}_due`;
  }

  /** Creates the schema, table and index when missing; safe to run at every start and concurrently. */
  async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      // Serialises concurrent migrations (CREATE ... IF NOT EXISTS races on the catalog).
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`timers:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${this.table} (
          id              text PRIMARY KEY,
          kind            text NOT NULL,
          due_at          timestamptz NOT NULL,
          payload         jsonb NOT NULL,
          status          text NOT NULL DEFAULT 'scheduled'
                          CHECK (status IN ('scheduled', 'fired', 'cancelled', 'dead')),
          attempts        integer NOT NULL DEFAULT 0,
          next_attempt_at timestamptz NOT NULL,
          last_error      text,
          scheduled_at    timestamptz NOT NULL,
          updated_at      timestamptz NOT NULL,
          fired_at        timestamptz,
          fired_by        text,
          cancelled_at    timestamptz,
          correlation_id  text,
          branch          text
        )`);
      await client.query(
        `CREATE INDEX IF NOT EXISTS "${this.tableName}_pending" ON ${this.table} (next_attempt_at)
         WHERE status = 'scheduled'`,
      );
    });
  }

  /** Runs `work` in one transaction on a connection of the pool: committed, or rolled back on error. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async schedule(
    id: string,
    dueAt: Date,
    payload: unknown,
    options: ScheduleOptions,
  ): Promise<ScheduleOutcome> {
    if (Number.isNaN(dueAt.getTime())) throw new RangeError(`timer ${id}: invalid due instant`);
    const db = options.client ?? this.pool;
    const context = requestContext.current();
    // The notification is delivered on commit of the caller's transaction, so runners never
    // wake for a rolled-back timer; sent only when the row changed, in the same round trip.
    const { rows } = await db.query<{ inserted: boolean }>(
      `WITH changed AS (
       INSERT INTO ${this.table} AS t (id, kind, due_at, payload, next_attempt_at, scheduled_at, updated_at,
                                      correlation_id, branch)
       VALUES ($1, $2, $3, $4::jsonb, $3, $5, $5, $6, $7)
       ${RESCHEDULE}
       RETURNING (xmax = 0) AS inserted)
       SELECT inserted, pg_notify($8, $9) FROM changed`,
      [
        id,
        options.kind,
        dueAt,
        JSON.stringify(payload ?? null),
        this.clock.now(),
        context?.correlationId ?? null,
        context?.branch ?? null,
        this.channel,
        dueAt.toISOString(),
      ],
    );
    if (rows.length === 0) {
      const existing = await db.query<{ status: TimerStatus }>(
        `SELECT status FROM ${this.table} WHERE id = $1`,
        [id],
      );
      return existing.rows[0]?.status === 'fired' ? 'already-fired' : 'unchanged';
    }
    return rows[0].inserted ? 'scheduled' : 'rescheduled';
  }

  async cancel(id: string, options: { client?: Queryable } = {}): Promise<boolean> {
    const { rowCount } = await (options.client ?? this.pool).query(
      `UPDATE ${this.table} SET status = 'cancelled', cancelled_at = $2, updated_at = $2
       WHERE id = $1 AND status IN ('scheduled', 'dead')`,
      [id, this.clock.now()],
    );
    return rowCount === 1;
  }

  /**
   * Schedules (or moves) many timers in one statement, as `schedule` would one by one; each id
   * at most once. Returns how many were inserted or changed.
   */
  async scheduleMany(
    timers: ReadonlyArray<{ id: string; kind: string; dueAt: Date; payload: unknown }>,
    options: { client?: Queryable } = {},
  ): Promise<number> {
    if (timers.length === 0) return 0;
    if (new Set(timers.map((t) => t.id)).size !== timers.length) {
      throw new RangeError('scheduleMany: a timer id occurs twice; fold the batch first');
    }
    for (const t of timers) {
      if (Number.isNaN(t.dueAt.getTime())) throw new RangeError(`timer ${t.id}: invalid due instant`);
    }
    const context = requestContext.current();
    const { rows } = await (options.client ?? this.pool).query<{ changed: number }>(
      `WITH changed AS (
       INSERT INTO ${this.table} AS t (id, kind, due_at, payload, next_attempt_at, scheduled_at, updated_at,
                                      correlation_id, branch)
       SELECT i.id, i.kind, i.due_at, i.payload, i.due_at, $5, $5, $6, $7
         FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::jsonb[]) AS i(id, kind, due_at, payload)
       ${RESCHEDULE}
       RETURNING due_at)
       SELECT count(*)::int AS changed,
              CASE WHEN count(*) > 0
                   THEN pg_notify($8, to_char(min(due_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
              END AS notified
         FROM changed`,
      [
        timers.map((t) => t.id),
        timers.map((t) => t.kind),
        timers.map((t) => t.dueAt.toISOString()),
        timers.map((t) => JSON.stringify(t.payload ?? null)),
        this.clock.now(),
        context?.correlationId ?? null,
        context?.branch ?? null,
        this.channel,
      ],
    );
    return rows[0].changed;
  }

  /** Cancels many timers in one statement; returns how many were still pending. */
  async cancelMany(ids: readonly string[], options: { client?: Queryable } = {}): Promise<number> {
    if (ids.length === 0) return 0;
    const { rowCount } = await (options.client ?? this.pool).query(
      `UPDATE ${this.table} SET status = 'cancelled', cancelled_at = $2, updated_at = $2
       WHERE id = ANY($1::text[]) AND status IN ('scheduled', 'dead')`,
      [[...ids], this.clock.now()],
    );
    return rowCount ?? 0;
  }

  async get<P = unknown>(id: string, options: { client?: Queryable } = {}): Promise<Timer<P> | undefined> {
    const { rows } = await (options.client ?? this.pool).query(`SELECT * FROM ${this.table} WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? timerFromRow<P>(rows[0]) : undefined;
  }
}
