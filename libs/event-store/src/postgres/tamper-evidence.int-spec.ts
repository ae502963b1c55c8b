import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { Pool } from 'pg';
import { runAudit } from '../cli/audit.cli';
import { ERASED } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../../..');

/** Each test gets a log of 12 events in a schema of its own, then tampers with it as a superuser would. */
describe('AUD-3 tamper evidence (PostgreSQL)', () => {
  let db: TestDatabase;
  let admin: Pool;
  let n = 0;
  const stores: PostgresEventStore[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('es_tamper');
    admin = db.pool({ max: 1 });
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await db?.drop();
  });

  async function logOf12(): Promise<{ store: PostgresEventStore; schema: string }> {
    const schema = `log${++n}`;
    const store = new PostgresEventStore({ connectionString: db.url, schema, poolSize: 2 });
    stores.push(store);
    await store.migrate();
    for (let i = 1; i <= 4; i++) {
      await store.appendToStream(`case-${i}`, [
        { type: 'case-registered', data: { i } },
        { type: 'case-classified', data: { i, severity: 'major' } },
        { type: 'case-accepted', data: { i } },
      ]);
    }
    expect(await store.verify()).toMatchObject({ ok: true, count: 12 });
    return { store, schema };
  }

  /** Tampering bypasses the append-only trigger, as an attacker with superuser rights could. */
  async function tamper(sql: string): Promise<void> {
    const client = await admin.connect();
    try {
      await client.query('SET session_replication_role = replica');
      await client.query(sql);
    } finally {
      await client.query('RESET session_replication_role');
      client.release();
    }
  }

  it('AUD-3: the log refuses updates, deletes and truncation through ordinary SQL', async () => {
    const { schema } = await logOf12();
    await expect(admin.query(`UPDATE ${schema}.events SET data = '{}' WHERE position = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(admin.query(`DELETE FROM ${schema}.events WHERE position = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(admin.query(`TRUNCATE ${schema}.events`)).rejects.toThrow(/append-only/);
  });

  it('AUD-3: verifier reports a modified row', async () => {
    const { store, schema } = await logOf12();
    await tamper(`UPDATE ${schema}.events SET data = '{"i":2,"severity":"minor"}' WHERE position = 5`);
    expect(await store.verify()).toMatchObject({
      ok: false,
      position: 5,
      reason: expect.stringMatching(/modified/),
    });
  });

  it('AUD-3: verifier reports changed metadata (who decided)', async () => {
    const { store, schema } = await logOf12();
    await tamper(
      `UPDATE ${schema}.events SET metadata = replace(metadata::text, '"userId":"system"', '"userId":"u-9"')::json
       WHERE position = 8`,
    );
    expect(await store.verify()).toMatchObject({ ok: false, position: 8 });
  });

  it('AUD-3: a modified row whose own hash was recomputed breaks the next link', async () => {
    const { store, schema } = await logOf12();
    // Recompute the tampered row's hash as an attacker would; the following row still links to the old one.
    const [row] = (await store.pool.query(`SELECT * FROM ${schema}.events WHERE position = 4`)).rows;
    const { linkHash } = await import('../chain/hash-chain');
    const [prev] = (await store.pool.query(`SELECT hash FROM ${schema}.events WHERE position = 3`)).rows;
    const dataText = '{"i":2,"forged":true}';
    const hash = linkHash(prev.hash, {
      position: 4,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      eventId: row.event_id,
      type: row.type,
      dataText,
      metadataText: JSON.stringify(row.metadata),
    });
    await tamper(`UPDATE ${schema}.events SET data = '${dataText}', hash = '${hash}' WHERE position = 4`);
    expect(await store.verify()).toMatchObject({ ok: false, position: 5 });
  });

  it('AUD-3: verifier reports a deleted row', async () => {
    const { store, schema } = await logOf12();
    await tamper(`DELETE FROM ${schema}.events WHERE position = 7`);
    expect(await store.verify()).toMatchObject({
      ok: false,
      position: 7,
      reason: expect.stringMatching(/missing/),
    });
  });

  it('AUD-3: verifier reports events removed from the end', async () => {
    const { store, schema } = await logOf12();
    await tamper(`DELETE FROM ${schema}.events WHERE position >= 11`);
    expect(await store.verify()).toMatchObject({
      ok: false,
      position: 11,
      reason: expect.stringMatching(/end/),
    });
  });

  it('AUD-3: verifier reports reordered rows', async () => {
    const { store, schema } = await logOf12();
    await tamper(
      `UPDATE ${schema}.events SET position = -position WHERE position IN (3, 6);
       UPDATE ${schema}.events SET position = CASE position WHEN -3 THEN 6 ELSE 3 END WHERE position IN (-3, -6)`,
    );
    expect(await store.verify()).toMatchObject({ ok: false, position: 3 });
  });

  it('AUD-3: verifier reports a moved recorded-at (time travel would lie)', async () => {
    const { store, schema } = await logOf12();
    await tamper(
      `UPDATE ${schema}.events SET recorded_at = recorded_at - interval '1 day' WHERE position = 9`,
    );
    expect(await store.verify()).toMatchObject({
      ok: false,
      position: 9,
      reason: expect.stringMatching(/recorded-at/),
    });
  });

  it('AUD-4: forget erases personal fields, keeps the rest, and the chain still verifies', async () => {
    const { store, schema } = await logOf12();
    await store.appendToStream('case-5', [
      {
        type: 'case-registered',
        data: { customer: { name: 'Wang Fang', address: 'Pudong 12' }, product: 'AC-7' },
        personal: { subjectId: 'cust-77', paths: ['customer.name', 'customer.address'] },
      },
    ]);
    const [stored] = (await store.pool.query(`SELECT data::text FROM ${schema}.events WHERE position = 13`))
      .rows;
    expect(stored.data).not.toMatch(/Wang|Pudong/); // only ciphertext is in the log
    await store.forget('cust-77');
    const [event] = await store.readStream('case-5');
    expect(event.data).toEqual({ customer: { name: ERASED, address: ERASED }, product: 'AC-7' });
    expect(await store.verify()).toMatchObject({ ok: true, count: 13 });
  });

  it('AUD-3/AUD-4: the audit command verifies, forgets, and exits 1 on a break', async () => {
    const { store, schema } = await logOf12();
    const env = { ...process.env, DATABASE_URL: db.url, EVENT_STORE_SCHEMA: schema };
    const audit = (...args: string[]) =>
      run('npm', ['run', '--silent', 'audit', '--', ...args], { cwd: ROOT, env }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const head = (await store.pool.query(`SELECT hash FROM ${schema}.head`)).rows[0].hash;
    expect(await audit('verify')).toEqual({ code: 0, out: `ok 12 events, head ${head}\n` });
    await tamper(`DELETE FROM ${schema}.events WHERE position = 2`);
    const broken = await audit('verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^broken at position 2: /);
    expect(await audit('forget', 'cust-1')).toMatchObject({ code: 0 });
  });

  it('AUD-3/AUD-4: with the log in EventStoreDB the audit command verifies nothing here, and still forgets', async () => {
    const { store, schema } = await logOf12();
    const env = { DATABASE_URL: db.url, EVENT_STORE_SCHEMA: schema, EVENT_STORE: 'eventstoredb' };
    const said = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runAudit(['verify'], env)).toBe(2);
      expect(await runAudit(['case', 'HZ-2026-000001'], env)).toBe(2);
      expect(said.mock.calls.map(([line]) => String(line))).toEqual([
        expect.stringMatching(/^audit verify reads the PostgreSQL log .* EVENT_STORE=eventstoredb/),
        expect.stringMatching(/^audit case reads the PostgreSQL log/),
      ]);
      // The AUD-4 keys stay in PostgreSQL whichever log the services write.
      expect(await runAudit(['forget', 'cust-2'], env)).toBe(0);
      expect(await store.forgottenAt('cust-2')).toBeInstanceOf(Date);
    } finally {
      said.mockRestore();
      printed.mockRestore();
    }
  });
});
