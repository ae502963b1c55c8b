import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FIN-6: the claim list shows what finance refunded of a claim's chargeback. Filled by the claim
 * list's version 2, which replays the claim streams once.
 */
export class ClaimRefunds1767100000000 implements MigrationInterface {
  name = 'ClaimRefunds1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims.supplier_claim ADD COLUMN refunded_minor bigint NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims.supplier_claim DROP COLUMN refunded_minor`);
  }
}
