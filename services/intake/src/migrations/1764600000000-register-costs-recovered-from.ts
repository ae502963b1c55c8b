import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * INT-7: the register shows which cases' costs are recovered from the customer. Existing rows are
 * filled from their kind and status, as rebuilding the register would fill them.
 */
export class RegisterCostsRecoveredFrom1764600000000 implements MigrationInterface {
  name = 'RegisterCostsRecoveredFrom1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.complaint_register ADD COLUMN costs_recovered_from text`);
    await q.query(`
      UPDATE intake.complaint_register SET costs_recovered_from = 'customer'
      WHERE kind = 'non-quality-complaint' AND status <> 'rejected'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.complaint_register DROP COLUMN costs_recovered_from`);
  }
}
