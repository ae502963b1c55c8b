import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { DataSource } from 'typeorm';
import { IntakeRegister1763800000000 } from './1763800000000-intake-register';
import { RegisterCostsRecoveredFrom1764600000000 } from './1764600000000-register-costs-recovered-from';

describe('register migration: costs recovered from the customer (INT-7)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('intake_costs_migration');
  });
  afterAll(() => db.drop());

  const migrated = async (migrations: Array<new () => object>) => {
    const ds = new DataSource({
      type: 'postgres',
      url: db.url,
      migrations,
      migrationsTableName: 'intake_migrations',
    });
    await ds.initialize();
    await ds.runMigrations();
    return ds;
  };

  it('INT-7: rows registered before it are filled as a rebuild of the register would fill them', async () => {
    const before = await migrated([IntakeRegister1763800000000]);
    const row = (caseId: string, kind: string, status: string) =>
      before.query(
        `INSERT INTO intake.complaint_register (case_id, case_number, branch, channel, kind, severity, status,
           priority, vip, customer_id, product_model, serial_number, month, registered_at, response_due_at,
           resolution_due_at, last_position)
         VALUES ($1, $1, 'HZ', 'hotline', $2, 'general', $3, 'normal', false, 'c', 'M', 'S', '2026-03', now(), now(), now(), 1)`,
        [caseId, kind, status],
      );
    await row('registered-nq', 'non-quality-complaint', 'registered');
    await row('accepted-nq', 'non-quality-complaint', 'accepted');
    await row('closed-nq', 'non-quality-complaint', 'closed');
    await row('rejected-nq', 'non-quality-complaint', 'rejected');
    await row('accepted-q', 'quality-complaint', 'accepted');
    await before.destroy();

    const after = await migrated([IntakeRegister1763800000000, RegisterCostsRecoveredFrom1764600000000]);
    const rows: Array<{ case_id: string; costs_recovered_from: string | null }> = await after.query(
      `SELECT case_id, costs_recovered_from FROM intake.complaint_register ORDER BY case_id`,
    );
    await after.destroy();
    expect(Object.fromEntries(rows.map((r) => [r.case_id, r.costs_recovered_from]))).toEqual({
      'accepted-nq': 'customer',
      'accepted-q': null,
      'closed-nq': 'customer',
      'registered-nq': 'customer',
      'rejected-nq': null,
    });
  });
});
