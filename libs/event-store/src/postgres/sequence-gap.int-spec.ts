import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(probe: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(10);
  }
}

/**
 * The sequence-gap problem: with positions from a sequence, a transaction can take position 2,
 * stay open while another commits position 3, and a reader that has passed 3 never sees 2.
 * Here positions are assigned under the head lock held until COMMIT, so a later writer cannot
 * commit ahead of an open one, and readers see the log in position order.
 */
describe('PostgresEventStore sequence gaps', () => {
  let db: TestDatabase;
  let slowWriter: PostgresEventStore;
  let other: PostgresEventStore;
  let release!: () => void;
  let entered!: () => void;
  const holding = new Promise<void>((r) => (entered = r));
  const gate = new Promise<void>((r) => (release = r));
  let held = false;

  beforeAll(async () => {
    db = await createTestDatabase('es_gap');
    // Two stores on one database behave like two processes; the first one's next append stays open.
    slowWriter = new PostgresEventStore({
      connectionString: db.url,
      poolSize: 2,
      beforeCommit: async () => {
        if (held) return;
        held = true;
        entered();
        await gate;
      },
    });
    other = new PostgresEventStore({ connectionString: db.url, poolSize: 4, pollMs: 50 });
    await other.migrate();
  });
  afterAll(async () => {
    release();
    await slowWriter?.close();
    await other?.close();
    await db?.drop();
  });

  it('a reader and a subscriber never pass an open append; they see it once it commits', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = other.subscribeToAll({ handler: async (e) => void seen.push(e) });
    try {
      await other.appendToStream('case-before', [{ type: 'registered', data: {} }]);
      await until(() => seen.length === 1);

      const slow = slowWriter.appendToStream('case-slow', [{ type: 'registered', data: {} }]);
      await holding; // its transaction has inserted position 2 and is not committed
      let fastDone = false;
      const fast = other.appendToStream('case-fast', [{ type: 'registered', data: {} }]).then((r) => {
        fastDone = true;
        return r;
      });
      await sleep(300);

      // The other writer could not commit ahead of the open append, so nothing was there to skip.
      expect(fastDone).toBe(false);
      expect((await other.readAll()).map((e) => e.streamId)).toEqual(['case-before']);
      expect(seen.map((e) => e.streamId)).toEqual(['case-before']);
      expect(subscription.position).toBe(1);

      release();
      const [slowResult, fastResult] = await Promise.all([slow, fast]);
      expect(slowResult.lastPosition).toBe(2);
      expect(fastResult.lastPosition).toBe(3);
      expect((await other.readAll({ fromPosition: 1 })).map((e) => e.streamId)).toEqual([
        'case-slow',
        'case-fast',
      ]);
      await until(() => seen.length === 3);
      expect(seen.map((e) => [e.globalPosition, e.streamId])).toEqual([
        [1, 'case-before'],
        [2, 'case-slow'],
        [3, 'case-fast'],
      ]);
      expect(await other.verify()).toMatchObject({ ok: true, count: 3 });
    } finally {
      await subscription.stop();
    }
  });

  it('AUD-3: many concurrent writers in two processes form one gapless chain', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? slowWriter : other).appendToStream(`visit-${i % 7}`, [
          { type: 'a', data: { i } },
          { type: 'b', data: { i } },
        ]),
      ),
    );
    const all = await other.readAll();
    expect(all.map((e) => e.globalPosition)).toEqual(all.map((_, i) => i + 1));
    expect(await other.verify()).toMatchObject({ ok: true, count: all.length });
  });
});
