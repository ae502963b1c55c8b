/** A pg Pool or client (rows in .rows), or a TypeORM DataSource/EntityManager (rows returned). */
export interface SqlRunner {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

interface Block {
  next: number;
  last: number;
  /** How many numbers it held, and when it was reserved. */
  size: number;
  reservedAt: number;
}

/** A block used up faster than this earns a bigger next one; one that lasts 10× longer, a smaller. */
const BUSY_MS = 1_000;
const MAX_BLOCK = 1_000;

/**
 * INT-1 case numbers `<BRANCH>-<YEAR>-<6-digit seq>`, unique per organisation. One counter row
 * per branch and year; each process reserves a block of numbers with one atomic increment and
 * hands them out from memory, so registrations do not queue on the counter row. A branch that
 * uses its block up within a second gets a block twice as large next time (up to 1,000), one
 * that is quiet goes back towards the configured size. Numbers of a block left unused when a
 * process stops are skipped (gaps allowed, duplicates never).
 */
export class CaseNumberAllocator {
  private readonly blocks = new Map<string, Block>();
  private readonly pending = new Map<string, Promise<Block>>();

  constructor(
    private readonly db: SqlRunner,
    private readonly blockSize = 1,
    private readonly schema = 'intake',
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(blockSize) || blockSize < 1)
      throw new RangeError('block size must be a positive integer');
  }

  async next(branch: string, year: number): Promise<string> {
    const key = `${branch}:${year}`;
    for (;;) {
      const block = this.blocks.get(key);
      if (block && block.next <= block.last) return formatCaseNumber(branch, year, block.next++);
      // One reservation at a time per key; concurrent callers share it.
      let reserving = this.pending.get(key);
      if (!reserving) {
        reserving = this.reserve(branch, year, this.nextSize(block)).finally(() => this.pending.delete(key));
        this.pending.set(key, reserving);
        this.blocks.set(key, await reserving);
      } else {
        await reserving;
      }
    }
  }

  private nextSize(used: Block | undefined): number {
    if (!used) return this.blockSize;
    const lasted = this.now() - used.reservedAt;
    if (lasted < BUSY_MS) return Math.min(Math.max(used.size * 2, this.blockSize), MAX_BLOCK);
    if (lasted > 10 * BUSY_MS) return Math.max(Math.floor(used.size / 2), this.blockSize);
    return used.size;
  }

  private async reserve(branch: string, year: number, size: number): Promise<Block> {
    const result = await this.db.query(
      `INSERT INTO ${this.schema}.case_number_counter AS c (branch, year, last_seq) VALUES ($1, $2, $3)
       ON CONFLICT (branch, year) DO UPDATE SET last_seq = c.last_seq + $3
       RETURNING last_seq`,
      [branch, year, size],
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
      last_seq: number;
    }>;
    const last = rows[0].last_seq;
    return { next: last - size + 1, last, size, reservedAt: this.now() };
  }
}

export function formatCaseNumber(branch: string, year: number, seq: number): string {
  if (seq > 999_999) throw new RangeError(`branch ${branch} ran out of case numbers for ${year}`);
  return `${branch}-${year}-${String(seq).padStart(6, '0')}`;
}

const yearFormats = new Map<string, Intl.DateTimeFormat>();
/** The last answer per zone, for its quarter hour: every UTC offset is a whole number of quarter hours. */
const lastYears = new Map<string, { quarter: number; year: number }>();
const QUARTER_HOUR_MS = 15 * 60_000;

/** The registration year in the branch's own time zone (a case on 31 Dec 23:30 in Hangzhou belongs to that year). */
export function yearInZone(at: Date, timeZone: string): number {
  const quarter = Math.floor(at.getTime() / QUARTER_HOUR_MS);
  const last = lastYears.get(timeZone);
  if (last?.quarter === quarter) return last.year;
  let format = yearFormats.get(timeZone);
  if (!format)
    yearFormats.set(timeZone, (format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' })));
  const year = Number(format.format(at));
  lastYears.set(timeZone, { quarter, year });
  return year;
}
