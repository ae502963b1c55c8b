/** A pg Pool or client (rows in .rows), or a TypeORM DataSource/EntityManager (rows returned). */
export interface SqlRunner {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * INT-1 case numbers `<BRANCH>-<YEAR>-<6-digit seq>`, unique per organisation. One counter row
 * per branch and year, incremented atomically: concurrent registrations never share a number.
 * A number taken by a registration that then fails is not reused (gaps allowed, duplicates never).
 */
export class CaseNumberAllocator {
  constructor(
    private readonly db: SqlRunner,
    private readonly schema = 'intake',
  ) {}

  async next(branch: string, year: number): Promise<string> {
    const result = await this.db.query(
      `INSERT INTO ${this.schema}.case_number_counter AS c (branch, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (branch, year) DO UPDATE SET last_seq = c.last_seq + 1
       RETURNING last_seq`,
      [branch, year],
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
      last_seq: number;
    }>;
    return formatCaseNumber(branch, year, rows[0].last_seq);
  }
}

export function formatCaseNumber(branch: string, year: number, seq: number): string {
  if (seq > 999_999) throw new RangeError(`branch ${branch} ran out of case numbers for ${year}`);
  return `${branch}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The registration year in the branch's own time zone (a case on 31 Dec 23:30 in Hangzhou belongs to that year). */
export function yearInZone(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));
}
