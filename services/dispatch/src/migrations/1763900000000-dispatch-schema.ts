import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dispatch schema: the visit list and engineer roster (read models), the events the daily
 * report folds (DSP-6), and dispatch's own copy of intake's cases (written by the consumer).
 */
export class DispatchSchema1763900000000 implements MigrationInterface {
  name = 'DispatchSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS dispatch`);
    await q.query(`
      CREATE TABLE dispatch.visit_list (
        visit_id text PRIMARY KEY,
        case_id text NOT NULL,
        case_number text NOT NULL,
        branch text NOT NULL,
        status text NOT NULL,
        urgency text NOT NULL,
        zone text NOT NULL,
        product_model text NOT NULL,
        product_line text NOT NULL,
        engineer_id text,
        arrival_due_at timestamptz,
        arrived_at timestamptz,
        arrival_missed boolean NOT NULL DEFAULT false,
        flagged_for_morning boolean NOT NULL DEFAULT false,
        receipt_no text,
        promised_by timestamptz,
        escalated boolean NOT NULL DEFAULT false,
        opened_at timestamptz NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX visit_list_branch_status ON dispatch.visit_list (branch, status)`);
    await q.query(`CREATE INDEX visit_list_engineer_status ON dispatch.visit_list (engineer_id, status)`);
    await q.query(`CREATE INDEX visit_list_case ON dispatch.visit_list (case_id)`);
    await q.query(`
      CREATE TABLE dispatch.engineer_roster (
        engineer_id text PRIMARY KEY,
        branch text NOT NULL,
        home text NOT NULL,
        skills jsonb NOT NULL,
        base_zone text NOT NULL,
        active boolean NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX engineer_roster_branch ON dispatch.engineer_roster (branch)`);
    await q.query(`
      CREATE TABLE dispatch.report_event (
        position bigint PRIMARY KEY,
        branch text NOT NULL,
        recorded_at timestamptz NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX report_event_branch_time ON dispatch.report_event (branch, recorded_at)`);
    await q.query(`
      CREATE TABLE dispatch.case_copy (
        case_id text PRIMARY KEY,
        case_number text NOT NULL,
        branch text NOT NULL,
        kind text NOT NULL,
        severity text NOT NULL,
        customer_id text NOT NULL,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        problem jsonb NOT NULL,
        accepted_at timestamptz,
        remedy text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dispatch.case_copy`);
    await q.query(`DROP TABLE dispatch.report_event`);
    await q.query(`DROP TABLE dispatch.engineer_roster`);
    await q.query(`DROP TABLE dispatch.visit_list`);
  }
}
