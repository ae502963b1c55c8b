import { type Pool, type PoolClient, type QueryResult } from 'pg';
import { linkHash } from '../chain/hash-chain';
import { checkExpectedVersion } from '../envelope/expected-version';
import { DuplicateEventId } from '../errors';
import type { AppendResult, ExpectedVersion } from '../event-store.port';
import type { Tables } from './schema';
import { dollarQuoted, plainArray, quoted, textArray } from './sql-literals';
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

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
    private readonly options: CoalescerOptions,
  ) {}

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
        cols.data.push(event.dataElement);
        cols.metadata.push(event.metadataElementParts.join(recordedAt));
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
        : `WITH inserted AS (
            INSERT INTO ${this.t.events}
              (position, stream_id, stream_version, event_id, type, recorded_at, data, metadata, hash)
            SELECT p, s, v, i, ty, '${recordedAt}', d, m, h
            FROM unnest(${dollarQuoted(plainArray(cols.position))}::bigint[],
                        ${dollarQuoted(textArray(cols.stream))}::text[],
                        ${dollarQuoted(plainArray(cols.version))}::int[],
                        ${dollarQuoted(plainArray(cols.id))}::uuid[],
                        ${dollarQuoted(textArray(cols.type))}::text[],
                        ${dollarQuoted(`{${cols.data.join(',')}}`)}::json[],
                        ${dollarQuoted(`{${cols.metadata.join(',')}}`)}::json[],
                        ${dollarQuoted(plainArray(cols.hash))}::text[])
              AS x(p, s, v, i, ty, d, m, h)
          ), moved AS (UPDATE ${this.t.head} SET position = ${position}, hash = '${previous}' WHERE id = 1)
          SELECT pg_notify('${this.t.channel}', '${position}');`;
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
   * BEGIN, lock the head, then read stream versions and known event ids, in one round trip.
   * Each statement of a simple query takes a fresh snapshot, so the reads see every append
   * committed before the lock was granted. Values are inlined: stream ids escaped, event ids
   * validated UUIDs.
   */
  private async lockAndLoad(client: PoolClient, batch: PendingAppend[]) {
    const streams = [...new Set(batch.map((p) => p.streamId))].map((s) => `(${quoted(s)})`);
    const ids = batch.flatMap((p) => p.events.map((e) => `'${e.eventId}'`));
    const results = (await client.query(
      `BEGIN;
       SELECT position, hash FROM ${this.t.head} WHERE id = 1 FOR UPDATE;
       SELECT clock_timestamp() AS now;
       SELECT s.id, (SELECT e.stream_version FROM ${this.t.events} e WHERE e.stream_id = s.id
                     ORDER BY e.stream_version DESC LIMIT 1) AS version
         FROM (VALUES ${streams.join(',')}) AS s(id);
       SELECT event_id, stream_id, stream_version, position FROM ${this.t.events}
         WHERE ${ids.length > 0 ? `event_id IN (${ids.join(',')})` : 'false'}`,
    )) as unknown as QueryResult[];
    // Recorded-at is read after the lock is granted, so it never runs backwards along positions.
    const head = results[1].rows[0] as { position: string; hash: string };
    const { now } = results[2].rows[0] as { now: Date };
    const versions = new Map<string, number>(
      results[3].rows.map((r: { id: string; version: number | null }) => [r.id, r.version ?? 0]),
    );
    const known = new Map<string, Placed>(
      results[4].rows.map(
        (r: { event_id: string; stream_id: string; stream_version: number; position: string }) => [
          r.event_id,
          { streamId: r.stream_id, version: r.stream_version, position: Number(r.position) },
        ],
      ),
    );
    return { head: { position: Number(head.position), hash: head.hash }, versions, known, now };
  }
}
