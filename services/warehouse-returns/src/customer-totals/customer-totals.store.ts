import type { Money } from '@aftersales/kernel';
import type { CustomerTotals } from '../rma/rma.decide-context';

type Db = { query(sql: string, params?: unknown[]): Promise<unknown> };

/** One customer's FIN-7 totals as finance states them (its event, or ops' opening balance). */
export interface CustomerBalance {
  readonly customerId: string;
  readonly purchased: Money;
  readonly exchanged: Money;
  readonly periodFrom: string;
  readonly periodTo?: string;
  /** Finance's time of the figures: an older statement never overwrites a newer one. */
  readonly asOf: string;
}

interface TotalsRow {
  customer_id: string;
  currency: string;
  purchased_minor: string;
  exchanged_minor: string;
  period_from: string;
  period_to: string | null;
  as_of: Date;
  source: string;
}

const rowsOf = (result: unknown): TotalsRow[] =>
  Array.isArray(result) ? (result as TotalsRow[]) : ((result as { rows: TotalsRow[] }).rows ?? []);

/**
 * FIN-7 kept locally: RET-2's check reads this table only, never finance. Writes are idempotent
 * and ordered by finance's `asOf`: the same statement twice, or an older one late, changes nothing.
 */
export async function recordBalance(db: Db, balance: CustomerBalance, source: string): Promise<boolean> {
  if (balance.purchased.currency !== balance.exchanged.currency)
    throw new RangeError(`customer ${balance.customerId}: purchases and exchanges in different currencies`);
  const result = await db.query(
    `INSERT INTO warehouse_returns.customer_totals AS t
       (customer_id, currency, purchased_minor, exchanged_minor, period_from, period_to, as_of, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (customer_id) DO UPDATE SET
       currency = EXCLUDED.currency, purchased_minor = EXCLUDED.purchased_minor,
       exchanged_minor = EXCLUDED.exchanged_minor, period_from = EXCLUDED.period_from,
       period_to = EXCLUDED.period_to, as_of = EXCLUDED.as_of, source = EXCLUDED.source
     WHERE t.as_of < EXCLUDED.as_of
     RETURNING customer_id`,
    [
      balance.customerId,
      balance.purchased.currency,
      balance.purchased.amountMinor,
      balance.exchanged.amountMinor,
      balance.periodFrom,
      balance.periodTo ?? null,
      balance.asOf,
      source,
    ],
  );
  return rowsOf(result).length > 0;
}

export interface StoredTotals extends CustomerTotals {
  readonly periodFrom: string;
  readonly periodTo?: string;
  readonly asOf: string;
  readonly source: string;
}

export async function readTotals(db: Db, customerId: string): Promise<StoredTotals | undefined> {
  const [row] = rowsOf(
    await db.query(
      `SELECT customer_id, currency, purchased_minor, exchanged_minor, to_char(period_from, 'YYYY-MM-DD') AS period_from,
              to_char(period_to, 'YYYY-MM-DD') AS period_to, as_of, source
         FROM warehouse_returns.customer_totals WHERE customer_id = $1`,
      [customerId],
    ),
  );
  if (!row) return undefined;
  return {
    customerId: row.customer_id,
    purchased: { amountMinor: Number(row.purchased_minor), currency: row.currency },
    exchanged: { amountMinor: Number(row.exchanged_minor), currency: row.currency },
    periodFrom: row.period_from,
    ...(row.period_to ? { periodTo: row.period_to } : {}),
    asOf: new Date(row.as_of).toISOString(),
    source: row.source,
  };
}
