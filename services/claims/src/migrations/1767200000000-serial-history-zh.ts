import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CLM-7: each line of a serial's history in Chinese too. Filled by the serial history's version 2, which replays the log once. */
export class SerialHistoryZh1767200000000 implements MigrationInterface {
  name = 'SerialHistoryZh1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims.serial_history ADD COLUMN summary_zh text NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims.serial_history DROP COLUMN summary_zh`);
  }
}
