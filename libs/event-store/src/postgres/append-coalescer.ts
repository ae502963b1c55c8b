import type { Pool, PoolClient, QueryResult } from 'pg';
import type { AppendResult, ExpectedVersion } from '../event-store.port';
import {
  planFlush,
  type ChainTip,
  type FlushPlan,
  type NewSubjectKey,
  type PendingAppend,
  type Placed,
} from './flush-plan';
import type { Tables } from './schema';
import { dollarQuoted, plainArray, textArray } from './sql-literals';
import type { StagedEvent } from './staged-event';

export interface CoalescerOptions {
  /** A flush takes whole appends up to about this many events. */
  readonly maxEventsPerFlush: number;
  /** Test seam: runs inside the append transaction, after the insert, before COMMIT. */
  readonly beforeCommit?: () => Promise<void>;
  /** Told of every committed flush (metrics). */
  readonly onFlush?: (flush: FlushStats) => void;
}

/** One committed group commit, as the appending process saw it. */
export interface FlushStats {
  /** Appends it settled (each its own caller). */
  readonly appends: number;
  /** Events it wrote. */
  readonly events: number;
  /** From taking a connection to COMMIT's answer. */
  readonly seconds: number;
  /** It had to lock and read first: the tip was unknown or another process had written. */
  readonly careful: boolean;
  /**
   * Each append's seconds from its call to COMMIT's answer: the wait for the flush before it, then
   * this one. What a caller of `appendToStream` waits for the log.
   */
  readonly waited: readonly number[];
}

/**
 * Opens every flush transaction. A connection keeps the plans of its prepared statements, made
 * when the log may still have been small enough that scanning it looked cheapest; under the head
 * lock only index lookups are acceptable, whatever the statistics said then.
 */
export const FLUSH_BEGIN = 'BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL client_min_messages = notice;';

/** The speculative check's division by zero: the guessed tip or stream versions were wrong. */
const GUESS_WRONG = '22012';

/**
 * Group commit. Concurrent appends queue up while a flush runs; the next flush takes them all
 * into one transaction that locks the chain head, checks each stream's expected version,
 * assigns consecutive positions and AUD-3 links, inserts with one statement and commits. Each
 * caller gets its own result or its own error. Positions are assigned under the head lock, held
 * until COMMIT, so commit order equals position order: a reader can never pass a position whose
 * transaction commits later (no sequence gaps). Across processes the same row lock serialises.
 *
 * Round trips under the lock are what limits throughput, so a flush is one round trip when this
 * process knows the tip (it wrote the last events) and every append names its expected version:
 * the transaction checks the guess and inserts. A wrong guess (another process wrote) aborts
 * it, and the batch goes the careful way: lock and read, then insert and commit.
 */
export class AppendCoalescer {
  private queue: PendingAppend[] = [];
  private inFlight = 0;
  /** A flush that has not been granted the head lock yet; the next one starts once it has. */
  private awaitingLock = false;
  private idleWaiters: Array<() => void> = [];
  /** Connections (reused by the pool) whose session has the flush statements prepared. */
  private readonly prepared = new WeakSet<PoolClient>();
  private readonly names: FlushStatementNames;
  /** The tip after the last flush this process planned; undefined when unknown. */
  private tip?: ChainTip;
  private speculate = true;
  private scheduled = false;

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
    private readonly options: CoalescerOptions,
  ) {
    const s = t.schema;
    this.names = {
      lock: `${s}_lock`,
      locked: `${s}_locked`,
      load: `${s}_load`,
      check: `${s}_check`,
      insert: `${s}_insert`,
    };
  }

  append(
    streamId: string,
    events: readonly StagedEvent[],
    expected: ExpectedVersion,
    keys: readonly NewSubjectKey[] = [],
  ): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expected, keys, resolve, reject, queuedAt: performance.now() });
      this.pump();
    });
  }

  /** Resolves once every queued append is settled. */
  idle(): Promise<void> {
    if (this.inFlight === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * At most two flushes: one holding the head lock, the next already queued on it inside
   * PostgreSQL, so the lock passes from COMMIT to the next transaction without a client round trip.
   */
  private pump(): void {
    if (this.scheduled || this.queue.length === 0 || this.awaitingLock || this.inFlight >= 2) return;
    this.scheduled = true;
    // Callers whose appends just settled enqueue their next ones first: commits (one fsync each,
    // under the lock) are the bottleneck, so fewer, fuller flushes.
    setImmediate(() => {
      this.scheduled = false;
      this.start();
    });
  }

  private start(): void {
    if (this.queue.length === 0 || this.awaitingLock || this.inFlight >= 2) return;
    this.inFlight++;
    this.awaitingLock = true;
    let signalled = false;
    const locked = () => {
      if (signalled) return;
      signalled = true;
      this.awaitingLock = false;
      this.pump();
    };
    void this.flush(this.take(), locked).finally(() => {
      locked();
      this.inFlight--;
      this.pump();
      if (this.inFlight === 0 && this.queue.length === 0) this.idleWaiters.splice(0).forEach((w) => w());
    });
  }

  private take(): PendingAppend[] {
    let count = 0;
    let n = 0;
    while (
      n < this.queue.length &&
      (n === 0 || count + this.queue[n].events.length <= this.options.maxEventsPerFlush)
    ) {
      count += this.queue[n].events.length;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async flush(batch: PendingAppend[], locked: () => void): Promise<void> {
    let client: PoolClient | undefined;
    let broken: Error | undefined;
    const started = performance.now();
    try {
      client = await this.pool.connect();
      await this.prepare(client);
      const guessed = await this.speculative(client, batch, locked);
      const plan = guessed ?? (await this.careful(client, batch, locked));
      const committed = performance.now();
      plan.settle.forEach((s) => s());
      this.options.onFlush?.({
        appends: batch.length,
        events: plan.position.length,
        seconds: (committed - started) / 1000,
        careful: !guessed,
        waited: batch.map((p) => (committed - p.queuedAt) / 1000),
      });
    } catch (error) {
      broken = error as Error;
      this.tip = undefined;
      await client?.query('ROLLBACK').catch(() => undefined);
      batch.forEach((p) => p.reject(error));
    } finally {
      // A connection that failed mid-transaction is discarded rather than reused.
      client?.release(broken && !('code' in broken) ? broken : undefined);
    }
  }

  /**
   * One round trip: lock, check the guessed tip and versions, insert, commit. Once PostgreSQL has
   * granted the lock it says so (a notice, sent at once), and the next flush may be sent: it
   * queues on the lock inside PostgreSQL and starts the moment this one commits, whether or not
   * this process has read the answer yet.
   */
  private async speculative(
    client: PoolClient,
    batch: PendingAppend[],
    locked: () => void,
  ): Promise<FlushPlan | undefined> {
    const tip = this.tip;
    if (!tip || !this.speculate || this.options.beforeCommit) return undefined;
    const guess = (_: string, expected: ExpectedVersion) =>
      expected === 'no-stream' ? 0 : typeof expected === 'number' ? expected : undefined;
    const plan = planFlush(batch, tip, guess, new Map(), Math.max(Date.now(), tip.recordedAtMs));
    if (!plan) return undefined;
    // The next flush waits for this one's lock: sent earlier, it could take it first and fail its guess.
    this.tip = plan.tip;
    const given = batch.flatMap((p) => p.events.filter((e) => e.idGiven).map((e) => e.eventId));
    const onNotice = (notice: { message?: string }) => {
      if (notice.message === this.names.locked) locked();
    };
    client.on('notice', onNotice);
    try {
      await client.query(
        `${FLUSH_BEGIN} EXECUTE ${this.names.lock}; SELECT pg_temp.${this.names.locked}();
         EXECUTE ${this.names.check}(${tip.position}, '${tip.hash}', ${dollarQuoted(textArray([...plan.streamsBefore.keys()]))},
           '${plainArray([...plan.streamsBefore.values()])}', '${plainArray(given)}');
         ${this.insertSql(plan)} COMMIT`,
      );
      return plan;
    } catch (error) {
      if ((error as { code?: string }).code !== GUESS_WRONG) throw error;
      await client.query('ROLLBACK');
      if (this.tip === plan.tip) this.tip = undefined;
      this.speculate = false; // another writer is active: read before the next guess
      return undefined;
    } finally {
      client.off('notice', onNotice);
    }
  }

  /** Lock and read the tip, versions and known ids; then insert and commit. */
  private async careful(client: PoolClient, batch: PendingAppend[], locked: () => void): Promise<FlushPlan> {
    const { tip, versions, known, nowMs } = await this.lockAndLoad(client, batch);
    const plan = planFlush(
      batch,
      tip,
      (s) => versions.get(s) ?? 0,
      known,
      Math.max(nowMs, tip.recordedAtMs),
    )!;
    this.tip = plan.tip;
    this.speculate = true;
    locked();
    const insert = this.insertSql(plan);
    if (this.options.beforeCommit) {
      if (insert) await client.query(insert);
      await this.options.beforeCommit();
      await client.query('COMMIT');
    } else {
      // Insert, head move, NOTIFY and COMMIT in one round trip: the head lock is held for less time.
      await client.query(`${insert} COMMIT`);
    }
    return plan;
  }

  /** Data and metadata go as JSON arrays: no escaping, and each element is stored verbatim. */
  private insertSql(plan: FlushPlan): string {
    if (plan.position.length === 0) return '';
    return `EXECUTE ${this.names.insert}(
      '${plainArray(plan.position)}', ${dollarQuoted(textArray(plan.stream))}, '${plainArray(plan.version)}',
      '${plainArray(plan.id)}', ${dollarQuoted(textArray(plan.type))}, '${plan.recordedAt}',
      ${dollarQuoted(`[${plan.data.join(',')}]`)}, ${dollarQuoted(`[${plan.metadata.join(',')}]`)},
      '${plainArray(plan.hash)}', ${plan.tip.position}, '${plan.tip.hash}', ${plan.tip.recordedAtMs},
      ${dollarQuoted(textArray(plan.keys.map((k) => k.subjectId)))}, '${plainArray(plan.keys.map((k) => k.keyId))}',
      '${plainArray(plan.keys.map((k) => k.key.toString('hex')))}',
      ${dollarQuoted(textArray(plan.caseId))}, ${dollarQuoted(textArray(plan.caseNumber))});`;
  }

  /**
   * BEGIN, lock the head, then read the time, stream versions and known event ids, in one round
   * trip. Each statement of a simple query takes a fresh snapshot, so the reads see every append
   * committed before the lock was granted.
   */
  private async lockAndLoad(client: PoolClient, batch: PendingAppend[]) {
    const streams = textArray([...new Set(batch.map((p) => p.streamId))]);
    // Only ids the callers chose can be repeats; generated ones are fresh UUIDs.
    const ids = plainArray(batch.flatMap((p) => p.events.filter((e) => e.idGiven).map((e) => e.eventId)));
    const results = (await client.query(
      `${FLUSH_BEGIN} EXECUTE ${this.names.lock}; EXECUTE ${this.names.load}(${dollarQuoted(streams)}, '${ids}')`,
    )) as unknown as QueryResult[];
    const head = results[results.length - 2].rows[0] as {
      position: string;
      hash: string;
      recorded_ms: string;
    };
    const loaded = results[results.length - 1].rows[0] as {
      now: Date;
      versions: Array<[string, number | null]> | null;
      known: Array<[string, string, number, number]> | null;
    };
    const versions = new Map<string, number>((loaded.versions ?? []).map(([id, v]) => [id, v ?? 0]));
    const known = new Map<string, Placed>(
      (loaded.known ?? []).map(([id, streamId, version, position]) => [id, { streamId, version, position }]),
    );
    const tip = { position: Number(head.position), hash: head.hash, recordedAtMs: Number(head.recorded_ms) };
    return { tip, versions, known, nowMs: loaded.now.getTime() };
  }

  /** Plans once per connection: the flush's statements run as EXECUTE in simple-protocol queries. */
  private async prepare(client: PoolClient): Promise<void> {
    if (this.prepared.has(client)) return;
    await client.query(flushStatements(this.t, this.names));
    this.prepared.add(client);
  }
}

export interface FlushStatementNames {
  readonly lock: string;
  /** A session function that tells the client, at once, that the head lock is held. */
  readonly locked: string;
  readonly load: string;
  readonly check: string;
  readonly insert: string;
}

/**
 * The flush's prepared statements. Each lookup is by index (stream heads, event ids), whatever
 * plan PostgreSQL settles on for the statement: they run under the head lock.
 */
export function flushStatements(t: Tables, names: FlushStatementNames): string {
  const { events, head, channel, subjectKeys } = t;
  const lastVersion = (stream: string) =>
    `coalesce((SELECT e.stream_version FROM ${events} e WHERE e.stream_id = ${stream}
               ORDER BY e.stream_version DESC LIMIT 1), 0)`;
  return `PREPARE ${names.lock} AS SELECT position, hash, recorded_ms FROM ${head} WHERE id = 1 FOR UPDATE;
     CREATE FUNCTION pg_temp.${names.locked}() RETURNS void LANGUAGE plpgsql
       AS $f$ BEGIN RAISE NOTICE '${names.locked}'; END $f$;
     PREPARE ${names.load}(text[], uuid[]) AS SELECT clock_timestamp() AS now,
       (SELECT json_agg(json_build_array(s.id, ${lastVersion('s.id')})) FROM unnest($1) AS s(id)) AS versions,
       (SELECT json_agg(json_build_array(event_id, stream_id, stream_version, position)) FROM ${events}
          WHERE event_id = ANY($2)) AS known;
     PREPARE ${names.check}(bigint, text, text[], int[], uuid[]) AS SELECT 1 / CASE WHEN
         EXISTS (SELECT FROM ${head} WHERE id = 1 AND position = $1 AND hash = $2)
         AND NOT EXISTS (SELECT FROM unnest($3, $4) AS s(id, v) WHERE ${lastVersion('s.id')} <> s.v)
         AND NOT EXISTS (SELECT FROM ${events} WHERE event_id = ANY($5))
       THEN 1 ELSE 0 END;
     PREPARE ${names.insert}(bigint[], text[], int[], uuid[], text[], timestamptz, json, json, text[],
                             bigint, text, bigint, text[], uuid[], text[], text[], text[]) AS
       WITH inserted AS (
         INSERT INTO ${events}
           (position, stream_id, stream_version, event_id, type, recorded_at, data, metadata, hash,
            case_id, case_number)
         SELECT p, s, v, i, ty, $6, d, m, h, c, n
         FROM ROWS FROM (unnest($1), unnest($2), unnest($3), unnest($4), unnest($5),
                         json_array_elements($7), json_array_elements($8), unnest($9),
                         unnest($16), unnest($17)) AS x(p, s, v, i, ty, d, m, h, c, n)
       ), moved AS (UPDATE ${head} SET position = $10, hash = $11, recorded_ms = $12 WHERE id = 1
       ), keyed AS (
         INSERT INTO ${subjectKeys} (subject_id, key_id, data_key)
         SELECT s, k, decode(d, 'hex') FROM unnest($13, $14, $15) AS x(s, k, d))
       SELECT pg_notify('${channel}', $10::text)`;
}
