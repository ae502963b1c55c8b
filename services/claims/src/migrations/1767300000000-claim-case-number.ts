import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * INT-1, CLM-4: the claim list names each case by its number. Filled by the claim list's
 * version 3, which replays the claim streams once; claims issued before stay without one.
 */
export class ClaimCaseNumber1767300000000 implements MigrationInterface {
  name = 'ClaimCaseNumber1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims.supplier_claim ADD COLUMN case_number text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims.supplier_claim DROP COLUMN case_number`);
  }
}
