import type { Pool } from 'pg';
import type { LogPage, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../event-store.port';
import type { StoredLink } from '../chain/verify';
import type { Tables } from './schema';

/** Every column as the raw text PostgreSQL sent: JSON is parsed once, by JSON.parse. */
const RAW_TEXT = { getTypeParser: () => (value: string) => value };
const COLUMNS = 'position, stream_id, stream_version, data, metadata, hash';
export const PAGE_SIZE = 10_000;

type Row = [string, string, string, string, string, string];

function toRecorded(r: Row): RecordedEvent {
  const metadata = JSON.parse(r[4]) as RecordedEvent['metadata'];
  return {
    streamId: r[1],
    streamVersion: Number(r[2]),
    globalPosition: Number(r[0]),
    type: metadata.type,
    data: JSON.parse(r[3]) as unknown,
    metadata,
    hash: r[5],
  };
}

/** LIKE patterns for stream prefixes, with LIKE's wildcards escaped. */
function prefixPatterns(prefixes: readonly string[]): string[] {
  return prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export class EventReader {
  constructor(
    private readonly pool: Pool,
    private readonly t: Tables,
  ) {}

  async readStream(streamId: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const values: unknown[] = [streamId, options.fromVersion ?? (backwards ? 2 ** 31 - 1 : 1)];
    let sql = `SELECT ${COLUMNS} FROM ${this.t.events} WHERE stream_id = $1 AND stream_version ${backwards ? '<=' : '>='} $2`;
    if (options.asOf) {
      values.push(options.asOf.toISOString());
      sql += ` AND recorded_at <= $${values.length}`;
    }
    sql += ` ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'}`;
    if (options.maxCount !== undefined) {
      values.push(options.maxCount);
      sql += ` LIMIT $${values.length}`;
    }
    return this.query(sql, values);
  }

  /**
   * Without maxCount, reads page after page until the log is exhausted. The next page is
   * requested before the current one is parsed, so PostgreSQL and JSON.parse work in parallel.
   */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const from = options.fromPosition ?? 0;
    if (options.maxCount !== undefined)
      return this.readAllPage(from, options.maxCount, options.streamPrefixes, options.eventTypes);
    const all: RecordedEvent[] = [];
    const page = (after: number) =>
      this.rawPage(after, PAGE_SIZE, options.streamPrefixes, options.eventTypes);
    let next: Promise<Row[]> | undefined = page(from);
    while (next) {
      const rows: Row[] = await next;
      next = rows.length === PAGE_SIZE ? page(Number(rows[rows.length - 1][0])) : undefined;
      for (const row of rows) all.push(toRecorded(row));
    }
    return all;
  }

  async readAllPage(
    from: number,
    maxCount: number,
    prefixes?: readonly string[],
    types?: readonly string[],
  ): Promise<RecordedEvent[]> {
    return (await this.rawPage(from, maxCount, prefixes, types)).map(toRecorded);
  }

  /** One page, and the position up to which the log was looked through for it. */
  async readPage(options: ReadAllOptions): Promise<LogPage> {
    const from = options.fromPosition ?? 0;
    const maxCount = options.maxCount ?? PAGE_SIZE;
    const scan = { to: from };
    const rows = await this.rawPage(from, maxCount, options.streamPrefixes, options.eventTypes, scan);
    const events = rows.map(toRecorded);
    const last = events.length > 0 ? events[events.length - 1].globalPosition : from;
    return { events, scannedTo: events.length >= maxCount ? last : Math.max(last, scan.to) };
  }

  private async rawPage(
    from: number,
    maxCount: number,
    prefixes?: readonly string[],
    types?: readonly string[],
    scan?: { to: number },
  ): Promise<Row[]> {
    if ((!prefixes || prefixes.length === 0) && (!types || types.length === 0)) {
      const { rows } = await this.pool.query<Row>({
        text: `SELECT ${COLUMNS} FROM ${this.t.events} WHERE position > $1 ORDER BY position LIMIT $2`,
        values: [from, maxCount],
        rowMode: 'array',
        types: RAW_TEXT,
      });
      return rows;
    }
    // Filtered reads go through bounded position windows: with an open range and a filter the
    // planner, misled by statistics that lag a fast-growing log, may scan and sort everything
    // after `from` for every page (quadratic catch-ups). A window is always an index range.
    const patterns = prefixPatterns(prefixes && prefixes.length > 0 ? prefixes : ['']);
    const span = Math.max(maxCount, 1_000) * 4;
    const out: Row[] = [];
    for (let lower = from; ; lower += span) {
      // The head comes with the window, from the same snapshot: whether the log goes on past
      // this window is known without another round trip.
      const { rows } = await this.pool.query<[...Row, string]>({
        text: `SELECT e.*, h.position FROM ${this.t.head} h LEFT JOIN LATERAL (
                 SELECT ${COLUMNS} FROM ${this.t.events}
                 WHERE position > $1 AND position <= $2 AND stream_id LIKE ANY($4)
                   AND (cardinality($5::text[]) = 0 OR type = ANY($5))
                 ORDER BY position LIMIT $3) e ON true
               WHERE h.id = 1`,
        values: [lower, lower + span, maxCount - out.length, patterns, types ?? []],
        rowMode: 'array',
        types: RAW_TEXT,
      });
      const head = Number(rows[0]?.[6] ?? 0);
      for (const row of rows) if (row[0] !== null) out.push(row as unknown as Row);
      if (scan) scan.to = Math.min(lower + span, head);
      if (out.length >= maxCount || lower + span >= head) return out;
    }
  }

  /** The log exactly as stored, for the AUD-3 verifier. */
  async *storedLinks(pageSize = PAGE_SIZE): AsyncGenerator<StoredLink[]> {
    let from = 0;
    for (;;) {
      const { rows } = await this.pool.query<
        [string, string, string, string, string, string, string, string, string]
      >({
        text: `SELECT position, stream_id, stream_version, event_id, type,
                      (extract(epoch FROM recorded_at) * 1000)::bigint, data, metadata, hash
               FROM ${this.t.events} WHERE position > $1 ORDER BY position LIMIT $2`,
        values: [from, pageSize],
        rowMode: 'array',
        types: RAW_TEXT,
      });
      yield rows.map((r) => ({
        position: Number(r[0]),
        streamId: r[1],
        streamVersion: Number(r[2]),
        eventId: r[3],
        type: r[4],
        recordedAtMs: Number(r[5]),
        dataText: r[6],
        metadataText: r[7],
        hash: r[8],
      }));
      if (rows.length < pageSize) return;
      from = Number(rows[rows.length - 1][0]);
    }
  }

  private async query(text: string, values: unknown[]): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<Row>({ text, values, rowMode: 'array', types: RAW_TEXT });
    return rows.map(toRecorded);
  }
}
