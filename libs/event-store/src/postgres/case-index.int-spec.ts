import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { Pool } from 'pg';
import { PostgresEventStore } from './postgres-event-store';

const CASE = '0190b7c4-0000-7000-8000-0000000000c1';
const OTHER = '0190b7c4-0000-7000-8000-0000000000c2';

describe('AUD-2 the case index (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_case_index');
    admin = db.pool({ max: 1 });
    store = new PostgresEventStore({ connectionString: db.url, schema: 'log', poolSize: 2 });
    await store.migrate();
    await store.appendToStream(`case-${CASE}`, [
      { type: 'CaseRegistered', data: { caseId: CASE, caseNumber: 'HZ-2026-000001', note: 'a \u0000 b' } },
      { type: 'CaseAccepted', data: { caseId: CASE } },
    ]);
    await store.appendToStream(`visit-v1`, [
      { type: 'VisitOpened', data: { visitId: 'v1', caseId: CASE, caseNumber: 'HZ-2026-000001' } },
      { type: 'FindingsRecorded', data: { visitId: 'v1', findings: 'coil' } },
    ]);
    await store.appendToStream(`product-SN-1`, [
      { type: 'ProductRegistered', data: { serial: 'SN-1' } },
      { type: 'CaseNoted', data: { serial: 'SN-1', caseId: CASE } },
      { type: 'CaseNoted', data: { serial: 'SN-1', caseId: OTHER } },
    ]);
    await store.appendToStream(`case-${OTHER}`, [
      { type: 'CaseRegistered', data: { caseId: OTHER, nested: { caseId: CASE } } },
    ]);
  });
  afterAll(async () => {
    await store?.close();
    await admin?.end();
    await db?.drop();
  });

  const types = async (options: { asOf?: Date } = {}) =>
    (
      await store.readCase(CASE, {
        prefixes: ['case-', 'visit-', 'product-'],
        casePrefixes: ['case-', 'visit-'],
        ...options,
      })
    ).map((e) => `${e.streamId.split('-')[0]} ${e.type}`);

  it('AUD-2: finds the events naming the case at the top level, case streams whole, shared streams only where they name it', async () => {
    expect(await types()).toEqual([
      'case CaseRegistered',
      'case CaseAccepted',
      'visit VisitOpened',
      'visit FindingsRecorded',
      'product CaseNoted',
    ]);
    expect(await store.caseIdOfNumber('HZ-2026-000001', ['visit-'])).toBe(CASE);
    expect(await store.caseIdOfNumber('HZ-2026-000002', ['case-', 'visit-'])).toBeUndefined();
  });

  it('AUD-2: events appended before the index existed are indexed by the next migration, and the chain still verifies', async () => {
    // As a log written before this version looks: the columns empty, nothing indexed yet.
    const client = await admin.connect();
    try {
      await client.query('SET session_replication_role = replica');
      await client.query('UPDATE log.events SET case_id = NULL, case_number = NULL');
      await client.query('UPDATE log.head SET case_indexed_to = 0');
    } finally {
      await client.query('RESET session_replication_role');
      client.release();
    }
    expect(await types()).toEqual([]);
    await store.migrate();
    expect(await types()).toEqual([
      'case CaseRegistered',
      'case CaseAccepted',
      'visit VisitOpened',
      'visit FindingsRecorded',
      'product CaseNoted',
    ]);
    expect(await store.verify()).toMatchObject({ ok: true, count: 8 });
    await expect(admin.query(`UPDATE log.events SET case_id = 'x' WHERE position = 1`)).rejects.toThrow(
      /append-only/,
    );
  });
});
