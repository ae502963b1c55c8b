import type { Pool } from 'pg';
import type { LogPage, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../event-store.port';
import type { ChainHead, LinkNeighbourhood, StoredLink } from '../chain/verify';
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

/** The columns a StoredLink is read from, in linkOf's order. */
const LINK_COLUMNS = (alias?: string) =>
  ['position', 'stream_id', 'stream_version', 'event_id', 'type']
    .map((c) => (alias ? `${alias}.${c}` : c))
    .concat(
      `(extract(epoch FROM ${alias ? `${alias}.` : ''}recorded_at) * 1000)::bigint`,
      ...['data', 'metadata', 'hash'].map((c) => (alias ? `${alias}.${c}` : c)),
    )
    .join(', ');

function linkOf(r: readonly string[]): StoredLink {
  return {
    position: Number(r[0]),
    streamId: r[1],
    streamVersion: Number(r[2]),
    eventId: r[3],
    type: r[4],
    recordedAtMs: Number(r[5]),
    dataText: r[6],
    metadataText: r[7],
    hash: r[8],
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
      const { rows } = await this.pool.query<string[]>({
        text: `SELECT ${LINK_COLUMNS()}
               FROM ${this.t.events} WHERE position > $1 ORDER BY position LIMIT $2`,
        values: [from, pageSize],
        rowMode: 'array',
        types: RAW_TEXT,
      });
      yield rows.map(linkOf);
      if (rows.length < pageSize) return;
      from = Number(rows[rows.length - 1][0]);
    }
  }

  /**
   * AUD-2: a case's events through the case index (`case_id`): those naming the case in
   * streams of `prefixes`, and every event of the case streams (`casePrefixes`) among them, whose
   * other events need not repeat the case id. In log order; `asOf` as for readStream.
   */
  async readCase(
    caseId: string,
    options: { prefixes: readonly string[]; casePrefixes: readonly string[]; asOf?: Date },
  ): Promise<RecordedEvent[]> {
    return this.query(
      `WITH hits AS (
         SELECT position, stream_id FROM ${this.t.events}
         WHERE case_id = $1 AND stream_id LIKE ANY($2)
       ), picked AS (
         SELECT position FROM hits
         UNION
         SELECT e.position FROM ${this.t.events} e
         WHERE e.stream_id IN (SELECT DISTINCT stream_id FROM hits WHERE stream_id LIKE ANY($3))
       )
       SELECT ${COLUMNS} FROM ${this.t.events}
       WHERE position IN (SELECT position FROM picked)
         AND ($4::timestamptz IS NULL OR recorded_at <= $4)
       ORDER BY position`,
      [
        caseId,
        prefixPatterns(options.prefixes),
        prefixPatterns(options.casePrefixes),
        options.asOf?.toISOString() ?? null,
      ],
    );
  }

  /** The case id an event of these streams gives for a case number (the case index). */
  async caseIdOfNumber(caseNumber: string, prefixes: readonly string[]): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ case_id: string }>(
      `SELECT case_id FROM ${this.t.events}
       WHERE case_number = $1 AND stream_id LIKE ANY($2) AND case_id IS NOT NULL
       ORDER BY position LIMIT 1`,
      [caseNumber, prefixPatterns(prefixes)],
    );
    return rows[0]?.case_id;
  }

  /** Whole streams, in log order, up to `asOf`. */
  async readStreams(streamIds: readonly string[], asOf?: Date): Promise<RecordedEvent[]> {
    if (streamIds.length === 0) return [];
    return this.query(
      `SELECT ${COLUMNS} FROM ${this.t.events}
       WHERE stream_id = ANY($1) AND ($2::timestamptz IS NULL OR recorded_at <= $2)
       ORDER BY position`,
      [streamIds, asOf?.toISOString() ?? null],
    );
  }

  /** AUD-3: the stored rows at these positions with the links either side of each. */
  async neighbourhoods(positions: readonly number[]): Promise<LinkNeighbourhood[]> {
    if (positions.length === 0) return [];
    const { rows } = await this.pool.query<string[]>({
      text: `SELECT ${LINK_COLUMNS('e')}, p.hash, ${LINK_COLUMNS('n')}, h.position, h.hash
             FROM ${this.t.events} e
             CROSS JOIN ${this.t.head} h
             LEFT JOIN ${this.t.events} p ON p.position = e.position - 1
             LEFT JOIN ${this.t.events} n ON n.position = e.position + 1
             WHERE e.position = ANY($1) AND h.id = 1
             ORDER BY e.position`,
      values: [positions],
      rowMode: 'array',
      types: RAW_TEXT,
    });
    return rows.map((r) => {
      const head: ChainHead = { position: Number(r[19]), hash: r[20] };
      return {
        link: linkOf(r.slice(0, 9)),
        ...(r[9] !== null ? { previousHash: r[9] } : {}),
        ...(r[10] !== null ? { next: linkOf(r.slice(10, 19)) } : {}),
        head,
      };
    });
  }

  private async query(text: string, values: unknown[]): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<Row>({ text, values, rowMode: 'array', types: RAW_TEXT });
    return rows.map(toRecorded);
  }
}
