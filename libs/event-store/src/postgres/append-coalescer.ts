import { escapeLiteral, type Pool, type PoolClient, type QueryResult } from 'pg';
import { linkHash } from '../chain/hash-chain';
import { metadataOf, type PreparedEvent } from '../envelope/envelope';
import { checkExpectedVersion } from '../envelope/expected-version';
import { DuplicateEventId } from '../errors';
import type { AppendResult, ExpectedVersion } from '../event-store.port';
import type { Tables } from './schema';

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly PreparedEvent[];
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
  private running?: Promise<void>;

  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
    private readonly options: CoalescerOptions,
  ) {}

  append(streamId: string, events: readonly PreparedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expected, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once every queued append is settled. */
  async idle(): Promise<void> {
    await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) await this.flush(this.take());
    this.running = undefined;
  }

  private take(): PendingAppend[] {
    let count = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || count + this.queue[n].events.length <= this.options.maxEventsPerFlush)) {
      count += this.queue[n].events.length;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async flush(batch: PendingAppend[]): Promise<void> {
    let client: PoolClient | undefined;
    let broken: Error | undefined;
    try {
      client = await this.pool.connect();
      const settle = await this.write(client, batch);
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
  private async write(client: PoolClient, batch: PendingAppend[]): Promise<Array<() => void>> {
    const { head, versions, known, now } = await this.lockAndLoad(client, batch);
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
        const result = { nextExpectedVersion: last.version, lastPosition: last.position, alreadyAppended: true };
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
          dataText: JSON.stringify(event.data),
          metadataText: JSON.stringify(metadataOf(event, recordedAt)),
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
    if (cols.position.length > 0) {
      await client.query({
        name: `${this.t.schema}-append`,
        text: `WITH inserted AS (
            INSERT INTO ${this.t.events}
              (position, stream_id, stream_version, event_id, type, recorded_at, data, metadata, hash)
            SELECT p, s, v, i, ty, $6, d, m, h
            FROM unnest($1::bigint[], $2::text[], $3::int[], $4::uuid[], $5::text[], $7::json[], $8::json[], $9::text[])
              AS x(p, s, v, i, ty, d, m, h)
          ), moved AS (UPDATE ${this.t.head} SET position = $10, hash = $11 WHERE id = 1)
          SELECT pg_notify($12, $13)`,
        values: [
          cols.position,
          cols.stream,
          cols.version,
          cols.id,
          cols.type,
          recordedAt,
          cols.data,
          cols.metadata,
          cols.hash,
          position,
          previous,
          this.t.channel,
          String(position),
        ],
      });
    }
    await this.options.beforeCommit?.();
    await client.query('COMMIT');
    return settle;
  }

  /**
   * BEGIN, lock the head, then read stream versions and known event ids, in one round trip.
   * Each statement of a simple query takes a fresh snapshot, so the reads see every append
   * committed before the lock was granted. Values are inlined: stream ids escaped, event ids
   * validated UUIDs.
   */
  private async lockAndLoad(client: PoolClient, batch: PendingAppend[]) {
    const streams = [...new Set(batch.map((p) => p.streamId))].map((s) => `(${escapeLiteral(s)})`);
    const ids = batch.flatMap((p) => p.events.map((e) => `'${e.eventId}'`));
    const results = (await client.query(
      `BEGIN;
       SELECT position, hash, clock_timestamp() AS now FROM ${this.t.head} WHERE id = 1 FOR UPDATE;
       SELECT s.id, (SELECT e.stream_version FROM ${this.t.events} e WHERE e.stream_id = s.id
                     ORDER BY e.stream_version DESC LIMIT 1) AS version
         FROM (VALUES ${streams.join(',')}) AS s(id);
       SELECT event_id, stream_id, stream_version, position FROM ${this.t.events}
         WHERE ${ids.length > 0 ? `event_id IN (${ids.join(',')})` : 'false'}`,
    )) as unknown as QueryResult[];
    const head = results[1].rows[0] as { position: string; hash: string; now: Date };
    const versions = new Map<string, number>(
      results[2].rows.map((r: { id: string; version: number | null }) => [r.id, r.version ?? 0]),
    );
    const known = new Map<string, Placed>(
      results[3].rows.map((r: { event_id: string; stream_id: string; stream_version: number; position: string }) => [
        r.event_id,
        { streamId: r.stream_id, version: r.stream_version, position: Number(r.position) },
      ]),
    );
    return { head: { position: Number(head.position), hash: head.hash }, versions, known, now: head.now };
  }
}
