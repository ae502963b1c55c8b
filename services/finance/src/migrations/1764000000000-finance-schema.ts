import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The finance schema: the journal's lines (trial balance, cost reports), the cost list (audit queue), customer totals (FIN-7). */
export class FinanceSchema1764000000000 implements MigrationInterface {
  name = 'FinanceSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS finance`);
    await q.query(`
      CREATE TABLE finance.journal_line (
        entry_id text NOT NULL,
        line_no int NOT NULL,
        case_id text NOT NULL,
        branch text NOT NULL,
        account text NOT NULL,
        debit_minor bigint NOT NULL,
        credit_minor bigint NOT NULL,
        currency text NOT NULL,
        cause_kind text NOT NULL,
        cost_id text,
        claim_id text,
        invoice_id text,
        attribution_id text,
        reverses text,
        period text NOT NULL,
        posted_at timestamptz NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (entry_id, line_no)
      )`);
    await q.query(`CREATE INDEX journal_line_case ON finance.journal_line (case_id, position)`);
    await q.query(`CREATE INDEX journal_line_account ON finance.journal_line (currency, account)`);
    await q.query(`CREATE INDEX journal_line_period ON finance.journal_line (period, branch)`);
    await q.query(`
      CREATE TABLE finance.cost (
        cost_id text NOT NULL,
        case_id text NOT NULL,
        branch text NOT NULL,
        kind text NOT NULL,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        bearer text NOT NULL,
        status text NOT NULL,
        description text NOT NULL,
        source jsonb NOT NULL,
        reason text,
        audited_by text,
        recorded_at timestamptz NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (case_id, cost_id)
      )`);
    await q.query(`CREATE INDEX cost_status ON finance.cost (status, recorded_at, case_id, cost_id)`);
    await q.query(`
      CREATE TABLE finance.invoice (
        invoice_id text PRIMARY KEY,
        case_id text NOT NULL,
        branch text NOT NULL,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        description text NOT NULL,
        invoice_date date NOT NULL,
        issued_at timestamptz NOT NULL,
        position bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX invoice_branch_date ON finance.invoice (branch, invoice_date)`);
    await q.query(`
      CREATE TABLE finance.customer_totals (
        customer_id text PRIMARY KEY,
        currency text NOT NULL,
        purchased_minor bigint NOT NULL,
        exchanged_minor bigint NOT NULL,
        period_from date NOT NULL,
        period_to date,
        exchange_limit_bp int,
        over_limit boolean NOT NULL,
        as_of timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX customer_totals_over ON finance.customer_totals (over_limit) WHERE over_limit`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA finance CASCADE`);
  }
}
