import type { DataSource } from 'typeorm';

/** FIN-8: a branch's month from the journal: each account's debits, credits and net. */
export async function settlementOf(db: DataSource, branch: string, period: string) {
  const rows: Array<{ account: string; currency: string; debit: string; credit: string }> = await db.query(
    `SELECT account, currency, sum(debit_minor) AS debit, sum(credit_minor) AS credit
       FROM finance.journal_line WHERE branch = $1 AND period = $2
      GROUP BY account, currency ORDER BY currency, account`,
    [branch, period],
  );
  return {
    accounts: rows.map((r) => ({
      account: r.account,
      currency: r.currency,
      debitMinor: Number(r.debit),
      creditMinor: Number(r.credit),
      balanceMinor: Number(r.debit) - Number(r.credit),
    })),
  };
}
