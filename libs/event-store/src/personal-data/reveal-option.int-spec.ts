import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { ERASED, type EventStore } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { PostgresEventStore } from '../postgres/postgres-event-store';

describe.each([
  ['in-memory', async () => ({ store: new InMemoryEventStore() as EventStore, done: async () => undefined })],
  [
    'PostgreSQL',
    async () => {
      const db: TestDatabase = await createTestDatabase('reveal');
      const store = new PostgresEventStore({ connectionString: db.url });
      await store.migrate();
      return { store: store as EventStore, done: async () => (await store.close(), await db.drop()) };
    },
  ],
])('%s: reading the log without personal data (AUD-4)', (_name, open) => {
  it('AUD-4: a reader of the log or of a stream that asks for no personal data gets it as erased, other fields intact', async () => {
    const { store, done } = await open();
    try {
      await store.appendToStream('case-1', [
        {
          type: 'CaseRegistered',
          data: { customer: { name: '王芳', id: 'c-1' }, model: 'M' },
          personal: { subjectId: 'c-1', paths: ['customer.name'] },
        },
      ]);
      const [plain] = await store.readAll();
      expect(plain.data).toEqual({ customer: { name: '王芳', id: 'c-1' }, model: 'M' });
      const [withheld] = await store.readAll({ revealPersonalData: false });
      expect(withheld.data).toEqual({ customer: { name: ERASED, id: 'c-1' }, model: 'M' });
      const [streamPlain] = await store.readStream('case-1');
      expect(streamPlain.data).toEqual(plain.data);
      const [streamWithheld] = await store.readStream('case-1', { revealPersonalData: false });
      expect(streamWithheld.data).toEqual(withheld.data);
    } finally {
      await done();
    }
  });
});
