import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CLM-6: the campaign list (read model), for claims staff and the executives who approve them. */
export class CampaignList1765200000000 implements MigrationInterface {
  name = 'CampaignList1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claims.campaign (
        campaign_id text PRIMARY KEY,
        branch text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        model text NOT NULL,
        status text NOT NULL,
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL,
        approved_by text,
        approved_at timestamptz,
        serial_count integer NOT NULL,
        cases text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX campaign_branch_proposed ON claims.campaign (branch, proposed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claims.campaign`);
  }
}
