import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keyset paging of the visit list (newest first): a page after a cursor is one index range. */
export class VisitListKeyset1765000000000 implements MigrationInterface {
  name = 'VisitListKeyset1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS visit_list_keyset ON dispatch.visit_list (opened_at DESC, visit_id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS dispatch.visit_list_keyset`);
  }
}
