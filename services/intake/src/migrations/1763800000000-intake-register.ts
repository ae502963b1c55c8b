import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The intake schema: complaint register read model and the case-number counters (INT-1). */
export class IntakeRegister1763800000000 implements MigrationInterface {
  name = 'IntakeRegister1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS intake`);
    await q.query(`
      CREATE TABLE intake.case_number_counter (
        branch text NOT NULL,
        year int NOT NULL,
        last_seq int NOT NULL,
        PRIMARY KEY (branch, year)
      )`);
    await q.query(`
      CREATE TABLE intake.complaint_register (
        case_id text PRIMARY KEY,
        case_number text NOT NULL UNIQUE,
        branch text NOT NULL,
        channel text NOT NULL,
        kind text NOT NULL,
        severity text NOT NULL,
        status text NOT NULL,
        priority text NOT NULL,
        vip boolean NOT NULL,
        customer_id text NOT NULL,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        symptom_code text,
        remedy text,
        month text NOT NULL,
        registered_at timestamptz NOT NULL,
        response_due_at timestamptz NOT NULL,
        responded_at timestamptz,
        responded_in_time boolean,
        response_missed boolean NOT NULL DEFAULT false,
        resolution_due_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolution_missed boolean NOT NULL DEFAULT false,
        closed_at timestamptz,
        follow_up_owner text,
        survey_total int,
        complaint_about_service boolean NOT NULL DEFAULT false,
        recurring_alert boolean NOT NULL DEFAULT false,
        last_position bigint NOT NULL
      )`);
    await q.query(
      `CREATE INDEX complaint_register_branch_status ON intake.complaint_register (branch, status)`,
    );
    await q.query(
      `CREATE INDEX complaint_register_branch_registered ON intake.complaint_register (branch, registered_at)`,
    );
    await q.query(
      `CREATE INDEX complaint_register_branch_month ON intake.complaint_register (branch, month)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake.complaint_register`);
    await q.query(`DROP TABLE intake.case_number_counter`);
  }
}
