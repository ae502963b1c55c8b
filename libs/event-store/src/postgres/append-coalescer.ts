import { type Pool, type PoolClient, type QueryResult } from 'pg';
import { linkHash } from '../chain/hash-chain';
import { checkExpectedVersion } from '../envelope/expected-version';
import { DuplicateEventId } from '../errors';
import type { AppendResult, ExpectedVersion } from '../event-store.port';
import type { Tables } from './schema';
import { dollarQuoted, plainArray, textArray } from './sql-literals';
import type { StagedEvent } from './staged-event';

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly StagedEvent[];
  readonly expected: ExpectedVersion;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface Placed {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
}

export interface CoalescerOptions {
  /** A flush takes whole appends up to about this many events. */
  readonly maxEventsPerFlush: number;
  /** Test seam: runs inside the append transaction, after the insert, before COMMIT. */
  readonly beforeCommit?: () => Promise<void>;
}

/**
 * Group commit. Concurrent appends queue up while one flush runs; the next flush takes them all
 * into one transaction that locks the chain head, checks each stream's expected version,
 * assigns consecutive positions and AUD-3 links, inserts with one statement and commits. Each
 * caller gets its own result or its own error. Because positions are assigned under the head
 * lock, which is held until commit, commit order equals position order: a reader can never pass
 * a position whose transaction commits later (no sequence gaps). Across processes the same row
 * lock serialises the flushes.
 */
export class AppendCoalescer {
  private queue: PendingAppend[] = [];
  private inFlight = 0;
  /** A flush that has not been granted the head lock yet; the next one starts once it has. */
  private awaitingLock = false;
  private idleWaiters: Array<() => void> = [];
  /** Connections (reused by the pool) whose session has the flush statements prepared. */
  private readonly prepared = new WeakSet<PoolClient>();
  private readonly names: { lock: string; load: string; insert: string };

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
    private readonly options: CoalescerOptions,
  ) {
    this.names = { lock: `${t.schema}_lock`, load: `${t.schema}_load`, insert: `${t.schema}_insert` };
  }

  append(streamId: string, events: readonly StagedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expected, resolve, reject });
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
    if (this.queue.length === 0 || this.awaitingLock || this.inFlight >= 2) return;
    this.inFlight++;
    this.awaitingLock = true;
    const locked = () => {
      if (!this.awaitingLock) return;
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
    try {
      client = await this.pool.connect();
      const settle = await this.write(client, batch, locked);
      settle.forEach((s) => s());
    } catch (error) {
      broken = error as Error;
      await client?.query('ROLLBACK').catch(() => undefined);
      batch.forEach((p) => p.reject(error));
    } finally {
      // A connection that failed mid-transaction is discarded rather than reused.
      client?.release(broken && !('code' in broken) ? broken : undefined);
    }
  }

  /** One transaction for the whole batch; returns how to settle each caller after COMMIT. */
  private async write(
    client: PoolClient,
    batch: PendingAppend[],
    locked: () => void,
  ): Promise<Array<() => void>> {
    const { head, versions, known, now } = await this.lockAndLoad(client, batch);
    locked();
    const recordedAt = now.toISOString();
    let position = head.position;
    let previous = head.hash;
    const cols = {
      position: [] as number[],
      stream: [] as string[],
      version: [] as number[],
      id: [] as string[],
      type: [] as string[],
      data: [] as string[],
      metadata: [] as string[],
      hash: [] as string[],
    };
    const settle: Array<() => void> = [];
    for (const p of batch) {
      const found = p.events.map((e) => known.get(e.eventId));
      if (found.length > 0 && found.every((f) => f?.streamId === p.streamId)) {
        const last = found.reduce((a, b) => (b!.version > a!.version ? b : a))!;
        const result = {
          nextExpectedVersion: last.version,
          lastPosition: last.position,
          alreadyAppended: true,
        };
        settle.push(() => p.resolve(result));
        continue;
      }
      const clash = p.events.find((_, i) => found[i]);
      if (clash) {
        settle.push(() => p.reject(new DuplicateEventId(p.streamId, clash.eventId)));
        continue;
      }
      let version = versions.get(p.streamId) ?? 0;
      try {
        checkExpectedVersion(p.streamId, p.expected, version);
      } catch (conflict) {
        settle.push(() => p.reject(conflict));
        continue;
      }
      for (const event of p.events) {
        position++;
        version++;
        const content = {
          position,
          streamId: p.streamId,
          streamVersion: version,
          eventId: event.eventId,
          type: event.type,
          dataText: event.dataText,
          metadataText: event.metadataParts.join(recordedAt),
        };
        previous = linkHash(previous, content);
        cols.position.push(position);
        cols.stream.push(p.streamId);
        cols.version.push(version);
        cols.id.push(event.eventId);
        cols.type.push(event.type);
        cols.data.push(content.dataText);
        cols.metadata.push(content.metadataText);
        cols.hash.push(previous);
        known.set(event.eventId, { streamId: p.streamId, version, position });
      }
      versions.set(p.streamId, version);
      const result = { nextExpectedVersion: version, lastPosition: position };
      settle.push(() => p.resolve(result));
    }
    const insert =
      cols.position.length === 0
        ? ''
        : `EXECUTE ${this.names.insert}(
            ${dollarQuoted(plainArray(cols.position))}, ${dollarQuoted(textArray(cols.stream))},
            ${dollarQuoted(plainArray(cols.version))}, ${dollarQuoted(plainArray(cols.id))},
            ${dollarQuoted(textArray(cols.type))}, '${recordedAt}',
            ${dollarQuoted(`[${cols.data.join(',')}]`)}, ${dollarQuoted(`[${cols.metadata.join(',')}]`)},
            ${dollarQuoted(plainArray(cols.hash))}, ${position}, '${previous}');`;
    if (this.options.beforeCommit) {
      if (insert) await client.query(insert);
      await this.options.beforeCommit();
      await client.query('COMMIT');
    } else {
      // Insert, head move, NOTIFY and COMMIT in one round trip: the head lock is held for less time.
      await client.query(`${insert}COMMIT`);
    }
    return settle;
  }

  /**
   * BEGIN, lock the head, then read the time, stream versions and known event ids, in one round
   * trip. Each statement of a simple query takes a fresh snapshot, so the reads see every append
   * committed before the lock was granted (and recorded-at never runs backwards along positions).
   */
  private async lockAndLoad(client: PoolClient, batch: PendingAppend[]) {
    await this.prepare(client);
    const streams = textArray([...new Set(batch.map((p) => p.streamId))]);
    // Only ids the callers chose can be repeats; generated ones are fresh UUIDs.
    const ids = plainArray(batch.flatMap((p) => p.events.filter((e) => e.idGiven).map((e) => e.eventId)));
    const results = (await client.query(
      `BEGIN; EXECUTE ${this.names.lock}; EXECUTE ${this.names.load}(${dollarQuoted(streams)}, ${dollarQuoted(ids)})`,
    )) as unknown as QueryResult[];
    const head = results[1].rows[0] as { position: string; hash: string };
    const loaded = results[2].rows[0] as {
      now: Date;
      versions: Array<[string, number | null]> | null;
      known: Array<[string, string, number, number]> | null;
    };
    const versions = new Map<string, number>((loaded.versions ?? []).map(([id, v]) => [id, v ?? 0]));
    const known = new Map<string, Placed>(
      (loaded.known ?? []).map(([id, streamId, version, position]) => [id, { streamId, version, position }]),
    );
    return { head: { position: Number(head.position), hash: head.hash }, versions, known, now: loaded.now };
  }

  /** Plans once per connection: the flush's statements run as EXECUTE in simple-protocol queries. */
  private async prepare(client: PoolClient): Promise<void> {
    if (this.prepared.has(client)) return;
    const { events, head, channel } = this.t;
    await client.query(
      `PREPARE ${this.names.lock} AS SELECT position, hash FROM ${head} WHERE id = 1 FOR UPDATE;
       PREPARE ${this.names.load}(text[], uuid[]) AS SELECT clock_timestamp() AS now,
         (SELECT json_agg(json_build_array(s.id, (SELECT e.stream_version FROM ${events} e
                  WHERE e.stream_id = s.id ORDER BY e.stream_version DESC LIMIT 1)))
            FROM unnest($1) AS s(id)) AS versions,
         (SELECT json_agg(json_build_array(event_id, stream_id, stream_version, position))
            FROM ${events} WHERE event_id = ANY($2)) AS known;
       PREPARE ${this.names.insert}(bigint[], text[], int[], uuid[], text[], timestamptz, json, json, text[],
                                    bigint, text) AS
         WITH inserted AS (
           INSERT INTO ${events}
             (position, stream_id, stream_version, event_id, type, recorded_at, data, metadata, hash)
           SELECT p, s, v, i, ty, $6, d, m, h
           -- data and metadata come as JSON arrays: no escaping, and each element is stored verbatim
           FROM ROWS FROM (unnest($1), unnest($2), unnest($3), unnest($4), unnest($5),
                           json_array_elements($7), json_array_elements($8), unnest($9)) AS x(p, s, v, i, ty, d, m, h)
         ), moved AS (UPDATE ${head} SET position = $10, hash = $11 WHERE id = 1)
         SELECT pg_notify('${channel}', $10::text)`,
    );
    this.prepared.add(client);
  }
}
