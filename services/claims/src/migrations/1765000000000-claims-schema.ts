import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The claims schema: the product registry by serial, the supplier claim list and each serial's history (read models). */
export class ClaimsSchema1765000000000 implements MigrationInterface {
  name = 'ClaimsSchema1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS claims`);
    await q.query(`
      CREATE TABLE claims.product_registry (
        serial text PRIMARY KEY,
        model text NOT NULL,
        customer_id text NOT NULL,
        branch text NOT NULL,
        delivery_date date,
        commissioning_date date,
        warranty_starts_on date,
        replaces text,
        replaced_by text,
        contracts jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(
      `CREATE INDEX product_registry_branch_model ON claims.product_registry (branch, model, serial)`,
    );
    await q.query(`
      CREATE TABLE claims.supplier_claim (
        claim_id text PRIMARY KEY,
        case_id text NOT NULL,
        branch text NOT NULL,
        supplier_id text NOT NULL,
        status text NOT NULL,
        share_bp integer NOT NULL,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        respond_by timestamptz NOT NULL,
        issued_at timestamptz NOT NULL,
        confirmed_by text
      )`);
    await q.query(`
      CREATE TABLE claims.case_cost (
        case_id text PRIMARY KEY,
        model text,
        branch text,
        period text,
        service_class text,
        costs jsonb NOT NULL DEFAULT '{}',
        claims jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE claims.recovery_line (
        case_id text NOT NULL,
        part_no text NOT NULL,
        model text NOT NULL,
        branch text NOT NULL,
        period text NOT NULL,
        due integer NOT NULL,
        recovered integer NOT NULL,
        PRIMARY KEY (case_id, part_no)
      )`);
    await q.query(`CREATE TABLE claims.case_serial (case_id text PRIMARY KEY, serial text NOT NULL)`);
    await q.query(`
      CREATE TABLE claims.serial_history (
        position bigint PRIMARY KEY,
        serial text NOT NULL,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        ref text NOT NULL,
        summary text NOT NULL
      )`);
    await q.query(`CREATE INDEX serial_history_serial ON claims.serial_history (serial, position)`);
    await q.query(
      `CREATE INDEX supplier_claim_branch_issued ON claims.supplier_claim (branch, issued_at DESC, claim_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claims.recovery_line`);
    await q.query(`DROP TABLE claims.case_cost`);
    await q.query(`DROP TABLE claims.serial_history`);
    await q.query(`DROP TABLE claims.case_serial`);
    await q.query(`DROP TABLE claims.supplier_claim`);
    await q.query(`DROP TABLE claims.product_registry`);
  }
}
