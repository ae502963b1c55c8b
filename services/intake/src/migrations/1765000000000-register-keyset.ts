import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keyset paging of the register (newest first): a page after a cursor is one index range. */
export class RegisterKeyset1765000000000 implements MigrationInterface {
  name = 'RegisterKeyset1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS complaint_register_keyset ON intake.complaint_register (registered_at DESC, case_id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS intake.complaint_register_keyset`);
  }
}
