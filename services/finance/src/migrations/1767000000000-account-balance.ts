import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The balance of every account per month, kept by the journal projection beside its lines: the
 * trial balance sums a few rows per account instead of every line of the journal. Filled by the
 * journal projection's version 2, which replays the log once.
 */
export class AccountBalance1767000000000 implements MigrationInterface {
  name = 'AccountBalance1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finance.account_balance (
        currency text NOT NULL,
        account text NOT NULL,
        period text NOT NULL,
        debit_minor bigint NOT NULL,
        credit_minor bigint NOT NULL,
        PRIMARY KEY (currency, account, period)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finance.account_balance`);
  }
}
