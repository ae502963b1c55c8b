import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The warehouse_returns schema: the request list and transport orders (read models, rebuilt
 * from the log), the customers' totals (FIN-7, finance's figures: kept by the reaction and the
 * opening-balances endpoint, not rebuilt), and the copies of other services' references.
 */
export class WarehouseReturnsSchema1765100000000 implements MigrationInterface {
  name = 'WarehouseReturnsSchema1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS warehouse_returns`);
    await q.query(`
      CREATE TABLE warehouse_returns.rma_list (
        rma_id text PRIMARY KEY,
        branch text NOT NULL,
        customer_id text NOT NULL,
        case_id text,
        reason text NOT NULL,
        status text NOT NULL,
        total_minor bigint NOT NULL,
        currency text NOT NULL,
        missing_signatures text[] NOT NULL,
        receipt_no text,
        requested_at timestamptz NOT NULL,
        state jsonb NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(
      `CREATE INDEX rma_list_branch_requested ON warehouse_returns.rma_list (branch, requested_at DESC, rma_id DESC)`,
    );
    await q.query(`CREATE INDEX rma_list_customer ON warehouse_returns.rma_list (customer_id)`);
    await q.query(`
      CREATE TABLE warehouse_returns.transport_orders (
        order_no text PRIMARY KEY,
        rma_id text NOT NULL,
        branch text NOT NULL,
        driver_id text NOT NULL,
        driver_name text NOT NULL,
        vehicle text NOT NULL,
        issued_at timestamptz NOT NULL,
        picked_up_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX transport_orders_driver ON warehouse_returns.transport_orders (driver_id, issued_at)`,
    );
    await q.query(`
      CREATE TABLE warehouse_returns.customer_totals (
        customer_id text PRIMARY KEY,
        currency text NOT NULL,
        purchased_minor bigint NOT NULL,
        exchanged_minor bigint NOT NULL,
        period_from date NOT NULL,
        period_to date,
        as_of timestamptz NOT NULL,
        source text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE warehouse_returns.qc_inspections (
        inspection_id text PRIMARY KEY,
        rma_id text NOT NULL,
        line_no integer
      )`);
    await q.query(`
      CREATE TABLE warehouse_returns.intake_returns (
        case_id text PRIMARY KEY,
        branch text NOT NULL,
        customer_id text NOT NULL,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        remedy text,
        accepted_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA warehouse_returns CASCADE`);
  }
}
