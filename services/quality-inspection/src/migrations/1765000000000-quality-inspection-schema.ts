import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quality_inspection schema: the inspection list and the CAPA list (read models, rebuilt
 * from the log), and the service's own copy of intake's cases (written by its reaction).
 */
export class QualityInspectionSchema1765000000000 implements MigrationInterface {
  name = 'QualityInspectionSchema1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS quality_inspection`);
    await q.query(`
      CREATE TABLE quality_inspection.inspection_list (
        inspection_id text PRIMARY KEY,
        opened_position bigint NOT NULL UNIQUE,
        branch text NOT NULL,
        case_id text,
        case_number text,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        origin_kind text NOT NULL,
        origin_ref text NOT NULL,
        status text NOT NULL,
        findings jsonb NOT NULL DEFAULT '[]',
        root_causes text[] NOT NULL DEFAULT '{}',
        attribution_id text,
        responsible jsonb NOT NULL DEFAULT '[]',
        responsible_keys text[] NOT NULL DEFAULT '{}',
        opened_at timestamptz NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(
      `CREATE INDEX inspection_list_branch ON quality_inspection.inspection_list (branch, opened_position)`,
    );
    await q.query(`CREATE INDEX inspection_list_case ON quality_inspection.inspection_list (case_id)`);
    await q.query(
      `CREATE INDEX inspection_list_causes ON quality_inspection.inspection_list USING gin (root_causes)`,
    );
    await q.query(
      `CREATE INDEX inspection_list_responsible ON quality_inspection.inspection_list USING gin (responsible_keys)`,
    );
    await q.query(`
      CREATE TABLE quality_inspection.capa_list (
        capa_id text PRIMARY KEY,
        inspection_id text NOT NULL,
        branch text NOT NULL,
        case_id text,
        owner_department text NOT NULL,
        owner text,
        action text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL,
        raised_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX capa_list_status ON quality_inspection.capa_list (status, due_at)`);
    await q.query(`
      CREATE TABLE quality_inspection.case_copy (
        case_id text PRIMARY KEY,
        case_number text NOT NULL,
        branch text NOT NULL,
        kind text NOT NULL,
        product_model text NOT NULL,
        serial_number text NOT NULL,
        symptom text,
        founded boolean NOT NULL DEFAULT false
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE quality_inspection.case_copy, quality_inspection.capa_list, quality_inspection.inspection_list`,
    );
  }
}
