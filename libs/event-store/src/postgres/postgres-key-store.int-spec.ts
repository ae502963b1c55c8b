import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { Pool } from 'pg';
import { ERASED, WrongExpectedVersion, type RecordedEvent } from '../event-store.port';
import { revealPersonalData } from '../personal-data/field-cipher';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresKeyStore } from './postgres-key-store';
import { migrate, tables } from './schema';

/** AUD-4 data keys: outside the log, per subject, gone for good when the subject is forgotten. */
describe('PostgreSQL subject keys', () => {
  let db: TestDatabase;
  let pool: Pool;
  let keys: PostgresKeyStore;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_keys');
    pool = new Pool({ connectionString: db.url, max: 3 });
    await migrate(pool, 'event_store');
    keys = new PostgresKeyStore(pool, tables('event_store'));
    store = new PostgresEventStore({ connectionString: db.url, poolSize: 3 });
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await db.drop();
  });

  const count = async (subject: string) =>
    Number(
      (await pool.query('SELECT count(*) FROM event_store.subject_keys WHERE subject_id = $1', [subject]))
        .rows[0].count,
    );

  it('AUD-4: keys asked for together are stored together, each its own, all found again', async () => {
    const asked = await Promise.all(Array.from({ length: 30 }, (_, i) => keys.keyFor(`customer-${i % 10}`)));
    expect(new Set(asked.map((k) => k.keyId)).size).toBe(30);
    const found = await keys.findKeys(['customer-3', 'customer-none']);
    expect(found.has('customer-none')).toBe(false);
    expect(
      found
        .get('customer-3')!
        .map((k) => k.keyId)
        .sort(),
    ).toEqual([asked[3], asked[13], asked[23]].map((k) => k.keyId).sort());
    expect(found.get('customer-3')![0].key).toHaveLength(32);
  });

  it('AUD-4: forgetting a subject destroys every key it had', async () => {
    await keys.keyFor('customer-forgotten');
    await keys.keyFor('customer-forgotten');
    await keys.forget('customer-forgotten');
    expect(await count('customer-forgotten')).toBe(0);
    expect(await keys.findKeys(['customer-forgotten'])).toEqual(new Map());
  });

  it('AUD-4: the erasure is remembered, when and under a hash of the id only; forgetting twice keeps the first date', async () => {
    expect(await keys.forgottenAt('customer-remembered')).toBeUndefined();
    await keys.keyFor('customer-remembered');
    await keys.forget('customer-remembered');
    const at = await keys.forgottenAt('customer-remembered');
    expect(at).toBeInstanceOf(Date);
    await keys.forget('customer-remembered');
    expect(await keys.forgottenAt('customer-remembered')).toEqual(at);
    const { rows } = await pool.query('SELECT subject_hash FROM event_store.forgotten_subjects');
    expect(JSON.stringify(rows)).not.toContain('customer-remembered');
    expect(await store.forgottenAt('customer-remembered')).toEqual(at);
  });

  it('AUD-4: erasure checks asked together go in one query and each answers for its own subject', async () => {
    await keys.forget('customer-gone-1');
    await keys.forget('customer-gone-2');
    const query = jest.spyOn(pool, 'query');
    try {
      const subjects = Array.from({ length: 40 }, (_, i) =>
        i % 20 === 1 ? `customer-gone-${(i - 1) / 20 + 1}` : `customer-kept-${i}`,
      );
      const answers = await Promise.all(subjects.map((s) => keys.forgottenAt(s)));
      expect(subjects.filter((_, i) => answers[i] !== undefined)).toEqual([
        'customer-gone-1',
        'customer-gone-2',
      ]);
      expect(answers.filter((a) => a !== undefined).every((a) => a instanceof Date)).toBe(true);
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
  });

  it('AUD-4: the event store writes an append’s key in the same transaction, and none for a refused append', async () => {
    const personal = (name: string) => ({
      type: 'Registered',
      data: { customer: { name } },
      personal: { subjectId: 'customer-tx', paths: ['customer.name'] },
    });
    await store.appendToStream('case-tx', [personal('张三')], { expectedVersion: 'no-stream' });
    expect(await count('customer-tx')).toBe(1);
    await expect(
      store.appendToStream('case-tx', [personal('李四')], { expectedVersion: 'no-stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedVersion);
    expect(await count('customer-tx')).toBe(1);
    await store.appendToStream('case-tx', [personal('王五')], { expectedVersion: 1 });
    const names = (await store.readStream('case-tx')).map(
      (e) => (e.data as { customer: { name: string } }).customer.name,
    );
    expect(names).toEqual(['张三', '王五']); // each readable with its own key
    await store.forget('customer-tx');
    const erased = await store.readStream('case-tx');
    expect(erased.map((e) => (e.data as { customer: { name: string } }).customer.name)).not.toContain('张三');
  });

  it('a failed insert fails its callers and the next ones still work', async () => {
    const broken = new PostgresKeyStore(pool, tables('no_such_schema'));
    await expect(Promise.all([broken.keyFor('x'), broken.keyFor('y')])).rejects.toThrow(/no_such_schema/);
    await expect(broken.keyFor('x')).rejects.toThrow(/no_such_schema/);
    await expect(keys.keyFor('x')).resolves.toMatchObject({ key: expect.any(Buffer) });
  });

  it('a store made when subjects had one key each is migrated to several, keeping its keys', async () => {
    await pool.query(`CREATE SCHEMA legacy;
      CREATE TABLE legacy.subject_keys (subject_id text PRIMARY KEY, key_id uuid NOT NULL,
        data_key bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
      INSERT INTO legacy.subject_keys VALUES ('customer-old', gen_random_uuid(), '\\x00', now())`);
    await migrate(pool, 'legacy');
    await migrate(pool, 'legacy');
    const { rows } = await pool.query(
      `SELECT array_length(indkey, 1) AS columns FROM pg_index
       WHERE indrelid = 'legacy.subject_keys'::regclass AND indisprimary`,
    );
    expect(rows).toEqual([{ columns: 2 }]);
    const legacy = new PostgresKeyStore(pool, tables('legacy'));
    await legacy.keyFor('customer-old');
    expect((await legacy.findKeys(['customer-old'])).get('customer-old')).toHaveLength(2);
  });

  it('AUD-4: a reader fetches only the keys its fields name, however many the customer has', async () => {
    const asked = await Promise.all(Array.from({ length: 50 }, () => keys.keyFor('customer-frequent')));
    const one = await keys.findKeys(['customer-frequent'], [asked[7].keyId]);
    expect(one.get('customer-frequent')!.map((k) => k.keyId)).toEqual([asked[7].keyId]);
    expect((await keys.findKeys(['customer-frequent'])).get('customer-frequent')).toHaveLength(50);

    const spec = { subjectId: 'customer-frequent', paths: ['customer.name', 'customer.phone'] };
    const forged: RecordedEvent = {
      streamId: 'case-forged',
      streamVersion: 1,
      globalPosition: 1,
      type: 'Registered',
      data: { customer: { name: 'enc:v1:not-a-key:AAAA', phone: 'enc:v1::' } },
      metadata: { personal: spec } as unknown as RecordedEvent['metadata'],
    };
    const forgedSeal: RecordedEvent = {
      ...forged,
      data: { customer: { name: 'enc:v2:not-a-key', phone: 'enc:v2:' } },
      metadata: {
        eventId: 'e-1',
        personal: { ...spec, sealed: 'not-a-key:AAAA' },
      } as unknown as RecordedEvent['metadata'],
    };
    await revealPersonalData([forged, forgedSeal], keys);
    expect(forged.data).toEqual({ customer: { name: ERASED, phone: ERASED } });
    expect(forgedSeal.data).toEqual({ customer: { name: ERASED, phone: ERASED } });
  });
});
