import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { Pool } from 'pg';
import { PostgresKeyStore } from './postgres-key-store';
import { migrate, tables } from './schema';

/** AUD-4 data keys: one per subject, whoever asks first and however many ask at once. */
describe('PostgreSQL subject keys', () => {
  let db: TestDatabase;
  let pools: Pool[];
  let a: PostgresKeyStore;
  let b: PostgresKeyStore;

  beforeAll(async () => {
    db = await createTestDatabase('es_keys');
    pools = [new Pool({ connectionString: db.url, max: 3 }), new Pool({ connectionString: db.url, max: 3 })];
    await migrate(pools[0], 'event_store');
    a = new PostgresKeyStore(pools[0], tables('event_store'));
    b = new PostgresKeyStore(pools[1], tables('event_store'));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await db.drop();
  });

  it('AUD-4: concurrent first uses from two processes agree on one key per subject', async () => {
    const subjects = Array.from({ length: 20 }, (_, i) => `customer-${i}`);
    const asks = Array.from({ length: 120 }, (_, i) => ({
      subject: subjects[i % subjects.length],
      store: i % 3 === 0 ? b : a,
    }));
    const keys = await Promise.all(asks.map(({ subject, store }) => store.keyFor(subject)));
    for (const subject of subjects) {
      const seen = new Set(
        keys.filter((_, i) => asks[i].subject === subject).map((k) => `${k.keyId}:${k.key.toString('hex')}`),
      );
      expect(seen.size).toBe(1);
    }
    const stored = await a.findKeys(subjects);
    expect(stored.size).toBe(subjects.length);
    expect(stored.get('customer-3')?.keyId).toBe(keys[3].keyId);
    expect(keys[0].key).toHaveLength(32);
  });

  it('AUD-4: after forget, the subject gets a new key and the old one is gone', async () => {
    const before = await a.keyFor('customer-forgotten');
    await b.forget('customer-forgotten');
    expect((await a.findKeys(['customer-forgotten'])).size).toBe(0);
    const after = await a.keyFor('customer-forgotten');
    expect(after.keyId).not.toBe(before.keyId);
    expect(after.key.equals(before.key)).toBe(false);
  });

  it('a failed lookup fails its callers and the next ones still work', async () => {
    const broken = new PostgresKeyStore(pools[0], tables('no_such_schema'));
    await expect(Promise.all([broken.keyFor('x'), broken.keyFor('y')])).rejects.toThrow(/no_such_schema/);
    await expect(broken.keyFor('x')).rejects.toThrow(/no_such_schema/);
  });
});
