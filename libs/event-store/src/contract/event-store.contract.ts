import { randomUUID } from 'node:crypto';
import { requestContext, type RequestContext } from '@aftersales/kernel';
import type { AuditableEventStore } from '../auditable-event-store';
import { DuplicateEventId } from '../errors';
import { ERASED, WrongExpectedVersion, type NewEvent, type RecordedEvent } from '../event-store.port';

export interface ContractAdapter {
  open(): Promise<AuditableEventStore>;
  close(store: AuditableEventStore): Promise<void>;
  /** Event ids are unique per stream everywhere; the in-memory log also refuses them across streams. */
  readonly eventIdsUniqueAcrossStreams?: boolean;
  /** A page that found fewer events than asked says it looked through to the end of the log. */
  readonly pagesScanToTheEnd?: boolean;
  /** Checks an append's conditions on other streams in the same write (EventStoreDB cannot). */
  readonly checksConditions?: boolean;
}

const ctx: RequestContext = {
  actor: { userId: 'u-17', role: 'quality-engineer' },
  branch: 'br-sh',
  correlationId: randomUUID(),
  causationId: randomUUID(),
};

const ev = (type: string, data: unknown = {}, extra: Partial<NewEvent> = {}): NewEvent => ({
  type,
  data,
  ...extra,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(10);
  }
}

/** The behaviour every adapter of the EventStore port must show (run per adapter). */
export function eventStoreContract(adapter: ContractAdapter): void {
  let store: AuditableEventStore;
  // Each test uses its own category so tests never see each other's streams.
  const category = () => `c${randomUUID().replace(/-/g, '').slice(0, 12)}`;

  beforeAll(async () => {
    store = await adapter.open();
  });
  afterAll(async () => {
    await adapter.close(store);
  });

  if (!adapter.checksConditions)
    it('refuses an append conditional on other streams, writing nothing', async () => {
      const c = category();
      await expect(
        store.appendToStream(`${c}-a`, [ev('x')], {
          conditions: [{ streamId: `${c}-gate`, expectedVersion: 'no-stream' }],
        }),
      ).rejects.toThrow(/conditions on other streams/);
      expect(await store.readStream(`${c}-a`)).toEqual([]);
      expect(store.checksConditions).toBe(false);
    });

  // Skipped for an adapter that cannot check another stream in the same write (EventStoreDB): it refuses conditions.
  (adapter.checksConditions ? describe : describe.skip)('an append conditional on other streams', () => {
    it('appends while the other stream is as the decision read it, and fails once it has moved', async () => {
      const c = category();
      const [gate, a, b] = [`${c}-gate`, `${c}-a`, `${c}-b`];
      await store.appendToStream(a, [ev('x')], {
        conditions: [{ streamId: gate, expectedVersion: 'no-stream' }],
      });
      await store.appendToStream(gate, [ev('closed')]);
      await expect(
        store.appendToStream(b, [ev('x')], {
          conditions: [{ streamId: gate, expectedVersion: 'no-stream' }],
        }),
      ).rejects.toMatchObject({ name: 'WrongExpectedVersion', streamId: gate, actual: 1 });
      expect(await store.readStream(b)).toEqual([]);
      await store.appendToStream(b, [ev('x')], { conditions: [{ streamId: gate, expectedVersion: 1 }] });
      expect(await store.readStream(b)).toHaveLength(1);
    });

    it('a write to the other stream sent at the same moment wins or loses as a whole, never both', async () => {
      const c = category();
      const gate = `${c}-gate`;
      const conditional = Array.from({ length: 40 }, (_, i) =>
        store
          .appendToStream(`${c}-${i}`, [ev('x')], {
            conditions: [{ streamId: gate, expectedVersion: 'no-stream' }],
          })
          .then(
            (r) => r.lastPosition,
            (error: unknown) => {
              if (!(error instanceof WrongExpectedVersion)) throw error;
              return undefined;
            },
          ),
      );
      const closed = store.appendToStream(gate, [ev('closed')]);
      const positions = await Promise.all(conditional);
      const { lastPosition: gateAt } = await closed;
      for (const position of positions) if (position !== undefined) expect(position).toBeLessThan(gateAt);
      for (let i = 0; i < positions.length; i++)
        expect(await store.readStream(`${c}-${i}`)).toHaveLength(positions[i] === undefined ? 0 : 1);
    });
  });

  describe('append and read a stream', () => {
    it('AUD-1: fills the envelope from the ambient request context', async () => {
      const stream = `${category()}-1`;
      const occurredAt = new Date('2026-03-01T08:00:00.000Z');
      await requestContext.run(ctx, () =>
        store.appendToStream(stream, [ev('case-registered', { n: 1 }, { occurredAt, schemaVersion: 2 })]),
      );
      const [e] = await store.readStream(stream);
      expect(e).toMatchObject({
        streamId: stream,
        streamVersion: 1,
        type: 'case-registered',
        data: { n: 1 },
      });
      expect(e.metadata).toMatchObject({
        type: 'case-registered',
        schemaVersion: 2,
        occurredAt: occurredAt.toISOString(),
        actor: ctx.actor,
        branch: 'br-sh',
        correlationId: ctx.correlationId,
        causationId: ctx.causationId,
      });
      expect(e.metadata.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(e.metadata.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('AUD-1: options.context wins over the ambient context; without either the actor is system', async () => {
      const stream = `${category()}-1`;
      const other = { ...ctx, actor: { userId: 'u-2', role: 'finance' }, correlationId: randomUUID() };
      await requestContext.run(ctx, () => store.appendToStream(stream, [ev('a')], { context: other }));
      await store.appendToStream(stream, [ev('b')]);
      const [a, b] = await store.readStream(stream);
      expect(a.metadata.actor).toEqual(other.actor);
      expect(a.metadata.correlationId).toBe(other.correlationId);
      expect(b.metadata.actor).toEqual({ userId: 'system', role: 'system' });
      expect(b.metadata.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(b.metadata.occurredAt).toBe(b.metadata.recordedAt);
    });

    it('stores awkward text verbatim: quotes, backslashes, dollar quotes, unicode', async () => {
      const stream = `${category()}-o'brien\\"$q$`;
      const data = { note: `it's "quoted" \\ back\\slash $q$ $$ {a,b} 维修 \u0000 \n`, list: [1, 'x'] };
      await store.appendToStream(stream, [ev("type-with-'quote'", data)]);
      const [e] = await store.readStream(stream);
      expect([e.streamId, e.type, e.data]).toEqual([stream, "type-with-'quote'", data]);
    });

    it('appends a batch atomically with consecutive versions and positions', async () => {
      const stream = `${category()}-1`;
      const result = await store.appendToStream(stream, [ev('a'), ev('b'), ev('c')], {
        expectedVersion: 'no-stream',
      });
      expect(result.nextExpectedVersion).toBe(3);
      const events = await store.readStream(stream);
      expect(events.map((e) => [e.type, e.streamVersion])).toEqual([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]);
      const positions = events.map((e) => e.globalPosition);
      expect(positions[2]).toBe(result.lastPosition);
      expect(positions[1]).toBeGreaterThan(positions[0]);
      expect(positions[2]).toBeGreaterThan(positions[1]);
    });

    it('reads backwards, from a version, at most maxCount; an unknown stream is empty', async () => {
      const stream = `${category()}-1`;
      await store.appendToStream(
        stream,
        [1, 2, 3, 4, 5].map((n) => ev('n', { n })),
      );
      const versions = (es: RecordedEvent[]) => es.map((e) => e.streamVersion);
      expect(versions(await store.readStream(stream, { fromVersion: 2, maxCount: 2 }))).toEqual([2, 3]);
      expect(versions(await store.readStream(stream, { direction: 'backwards' }))).toEqual([5, 4, 3, 2, 1]);
      expect(
        versions(await store.readStream(stream, { direction: 'backwards', fromVersion: 3, maxCount: 2 })),
      ).toEqual([3, 2]);
      expect(await store.readStream(`${category()}-none`)).toEqual([]);
    });

    it('AUD-2: reads a stream as of a point in time', async () => {
      const stream = `${category()}-1`;
      await store.appendToStream(stream, [ev('first')]);
      const [first] = await store.readStream(stream);
      await sleep(20);
      await store.appendToStream(stream, [ev('second')]);
      const asOf = new Date(first.metadata.recordedAt);
      expect((await store.readStream(stream, { asOf })).map((e) => e.type)).toEqual(['first']);
      expect((await store.readStream(stream, { asOf: new Date(asOf.getTime() - 1) })).length).toBe(0);
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['first', 'second']);
    });
  });

  describe('expected version', () => {
    it('accepts no-stream, exact and stream-exists when they hold', async () => {
      const stream = `${category()}-1`;
      await store.appendToStream(stream, [ev('a')], { expectedVersion: 'no-stream' });
      await store.appendToStream(stream, [ev('b')], { expectedVersion: 1 });
      await store.appendToStream(stream, [ev('c')], { expectedVersion: 'stream-exists' });
      const result = await store.appendToStream(stream, [ev('d')], { expectedVersion: 'any' });
      expect(result.nextExpectedVersion).toBe(4);
    });

    it('refuses a stale version, no-stream on an existing stream, stream-exists on a missing one', async () => {
      const stream = `${category()}-1`;
      await store.appendToStream(stream, [ev('a'), ev('b')]);
      await expect(store.appendToStream(stream, [ev('x')], { expectedVersion: 1 })).rejects.toMatchObject({
        name: 'WrongExpectedVersion',
        actual: 2,
        expected: 1,
      });
      await expect(
        store.appendToStream(stream, [ev('x')], { expectedVersion: 'no-stream' }),
      ).rejects.toBeInstanceOf(WrongExpectedVersion);
      await expect(
        store.appendToStream(`${category()}-2`, [ev('x')], { expectedVersion: 'stream-exists' }),
      ).rejects.toBeInstanceOf(WrongExpectedVersion);
      await expect(
        store.appendToStream(`${category()}-3`, [ev('x')], { expectedVersion: 3 }),
      ).rejects.toBeInstanceOf(WrongExpectedVersion);
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['a', 'b']);
    });

    it('of concurrent appends at the same version exactly one wins, the others conflict alone', async () => {
      const stream = `${category()}-1`;
      const bystander = `${category()}-1`;
      await store.appendToStream(stream, [ev('a')]);
      const results = await Promise.allSettled([
        ...[1, 2, 3, 4, 5].map((n) =>
          store.appendToStream(stream, [ev('b', { n }), ev('c')], { expectedVersion: 1 }),
        ),
        store.appendToStream(bystander, [ev('z')], { expectedVersion: 'no-stream' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      expect(
        results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
      ).toEqual(Array(4).fill(expect.any(WrongExpectedVersion)));
      expect(await store.readStream(stream)).toHaveLength(3);
      expect(await store.readStream(bystander)).toHaveLength(1);
    });
  });

  describe('idempotent repeats', () => {
    it('an append whose event ids are already in the stream writes nothing and says so', async () => {
      const stream = `${category()}-1`;
      const batch = [ev('a', {}, { id: randomUUID() }), ev('b', {}, { id: randomUUID() })];
      const first = await store.appendToStream(stream, batch, { expectedVersion: 'no-stream' });
      const again = await store.appendToStream(stream, batch, { expectedVersion: 'no-stream' });
      expect(first.alreadyAppended).toBeFalsy();
      expect(again).toEqual({ ...first, alreadyAppended: true });
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('concurrent repeats of one append write it once', async () => {
      const stream = `${category()}-1`;
      const batch = [ev('a', {}, { id: randomUUID() })];
      const results = await Promise.all([1, 2, 3].map(() => store.appendToStream(stream, batch)));
      expect(results.filter((r) => !r.alreadyAppended)).toHaveLength(1);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('refuses a batch only partly repeated (and, where ids are global, an id used in another stream)', async () => {
      const id = randomUUID();
      const stream = `${category()}-1`;
      await store.appendToStream(stream, [ev('a', {}, { id })]);
      if (adapter.eventIdsUniqueAcrossStreams) {
        await expect(store.appendToStream(`${category()}-2`, [ev('a', {}, { id })])).rejects.toBeInstanceOf(
          DuplicateEventId,
        );
      }
      await expect(store.appendToStream(stream, [ev('a', {}, { id }), ev('b')])).rejects.toBeInstanceOf(
        DuplicateEventId,
      );
      expect(await store.readStream(stream)).toHaveLength(1);
    });
  });

  describe('the global log', () => {
    it('reads after a position (exclusive), in order, filtered by stream prefix', async () => {
      const a = category();
      const b = category();
      await store.appendToStream(`${a}-1`, [ev('a1')]);
      await store.appendToStream(`${b}-1`, [ev('b1')]);
      await store.appendToStream(`${a}-2`, [ev('a2'), ev('a3')]);
      const mine = await store.readAll({ streamPrefixes: [`${a}-`, `${b}-`] });
      expect(mine.map((e) => e.type)).toEqual(['a1', 'b1', 'a2', 'a3']);
      const positions = mine.map((e) => e.globalPosition);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
      const after = await store.readAll({
        fromPosition: positions[1],
        streamPrefixes: [`${a}-`],
        maxCount: 1,
      });
      expect(after.map((e) => e.type)).toEqual(['a2']);
      const unfiltered = await store.readAll({ fromPosition: positions[0], maxCount: 1 });
      expect(unfiltered[0].globalPosition).toBeGreaterThan(positions[0]);
    });

    it('has its head at the last event: at or past every answered append, nothing after it', async () => {
      const c = category();
      const { lastPosition } = await store.appendToStream(`${c}-1`, [ev('h1'), ev('h2')]);
      const head = await store.headPosition();
      expect(head).toBeGreaterThanOrEqual(lastPosition);
      const [last] = await store.readStream(`${c}-1`, { direction: 'backwards', maxCount: 1 });
      expect(last.globalPosition).toBe(lastPosition);
      expect(await store.readAll({ fromPosition: head })).toEqual([]);
    });

    it('a filtered read finds matches far apart in a long log, at most maxCount, in order', async () => {
      const a = category();
      const noise = category();
      const first = await store.appendToStream(`${a}-1`, [ev('a1')]);
      // Thousands of other events between the matches, and after the last one.
      await store.appendToStream(
        `${noise}-1`,
        Array.from({ length: 4_500 }, (_, i) => ev(`n${i}`)),
      );
      await store.appendToStream(`${a}-2`, [ev('a2'), ev('a3')]);
      await store.appendToStream(
        `${noise}-2`,
        Array.from({ length: 4_500 }, (_, i) => ev(`m${i}`)),
      );
      await store.appendToStream(`${a}-3`, [ev('a4')]);
      await store.appendToStream(
        `${noise}-3`,
        Array.from({ length: 100 }, (_, i) => ev(`o${i}`)),
      );
      const from = first.lastPosition - 1;
      const all = await store.readAll({ fromPosition: from, streamPrefixes: [`${a}-`], maxCount: 10 });
      expect(all.map((e) => e.type)).toEqual(['a1', 'a2', 'a3', 'a4']);
      const two = await store.readAll({ fromPosition: from, streamPrefixes: [`${a}-`], maxCount: 2 });
      expect(two.map((e) => e.type)).toEqual(['a1', 'a2']);
      const rest = await store.readAll({
        fromPosition: two[1].globalPosition,
        streamPrefixes: [`${a}-`],
        maxCount: 2,
      });
      expect(rest.map((e) => e.type)).toEqual(['a3', 'a4']);
      const none = await store.readAll({
        fromPosition: rest[1].globalPosition,
        streamPrefixes: [`${a}-`],
        maxCount: 2,
      });
      expect(none).toEqual([]);
    });

    it('filters by event type, and a page says how far it looked through the log', async () => {
      const a = category();
      const b = category();
      const first = await store.appendToStream(`${a}-1`, [ev('opened'), ev('noted')]);
      await store.appendToStream(`${b}-1`, [ev('opened')]);
      await store.appendToStream(`${a}-2`, [ev('opened', { n: 2 })]);
      const last = await store.appendToStream(`${b}-2`, [ev('noted')]);
      const from = first.lastPosition - 2;
      const opened = await store.readAll({
        fromPosition: from,
        streamPrefixes: [`${a}-`],
        eventTypes: ['opened'],
      });
      expect(opened.map((e) => [e.streamId, e.type])).toEqual([
        [`${a}-1`, 'opened'],
        [`${a}-2`, 'opened'],
      ]);
      const anyStream = await store.readAll({ fromPosition: from, eventTypes: ['noted'] });
      expect(anyStream.map((e) => e.streamId)).toEqual([`${a}-1`, `${b}-2`]);

      const full = await store.readPage({ fromPosition: from, eventTypes: ['opened'], maxCount: 2 });
      expect(full.events).toHaveLength(2);
      expect(full.scannedTo).toBe(full.events[1].globalPosition);
      const nothing = await store.readPage({
        fromPosition: from,
        streamPrefixes: [`${a}-`],
        eventTypes: ['closed'],
      });
      expect(nothing.events).toEqual([]);
      expect(nothing.scannedTo).toBeGreaterThanOrEqual(from);
      expect(nothing.scannedTo).toBeLessThanOrEqual(last.lastPosition);
      if (adapter.pagesScanToTheEnd) {
        expect(nothing.scannedTo).toBeGreaterThanOrEqual(last.lastPosition);
        const short = await store.readPage({ fromPosition: from, eventTypes: ['opened'], maxCount: 10 });
        expect(short.events).toHaveLength(3);
        expect(short.scannedTo).toBeGreaterThanOrEqual(last.lastPosition);
      }
    });

    it('a subscription delivers from its checkpoint in order, one handler call at a time', async () => {
      const a = category();
      await store.appendToStream(`${a}-1`, [ev('before')]);
      const [before] = await store.readAll({ streamPrefixes: [`${a}-`] });
      const seen: string[] = [];
      let inFlight = 0;
      let overlapped = false;
      const subscription = store.subscribeToAll({
        fromPosition: before.globalPosition,
        streamPrefixes: [`${a}-`],
        batchSize: 2,
        handler: async (e) => {
          overlapped ||= inFlight++ > 0;
          await sleep(2);
          seen.push(e.type);
          inFlight--;
        },
      });
      try {
        await store.appendToStream(`${a}-1`, [ev('e1'), ev('e2')]);
        await store.appendToStream(`${category()}-1`, [ev('other')]);
        await store.appendToStream(`${a}-2`, [ev('e3')]);
        await until(() => (seen.length >= 3 ? true : undefined));
        expect(seen).toEqual(['e1', 'e2', 'e3']);
        expect(overlapped).toBe(false);
        const [last] = await store.readStream(`${a}-2`);
        await until(() => (subscription.position === last.globalPosition ? true : undefined));
      } finally {
        await subscription.stop();
      }
    });

    it('a failing handler stops the subscription and reports the error', async () => {
      const a = category();
      await store.appendToStream(`${a}-1`, [ev('boom'), ev('after')]);
      const errors: unknown[] = [];
      const handled: string[] = [];
      const subscription = store.subscribeToAll({
        streamPrefixes: [`${a}-`],
        handler: async (e) => {
          handled.push(e.type);
          if (e.type === 'boom') throw new Error('handler failed');
        },
        onError: (error) => errors.push(error),
      });
      await until(() => errors[0]);
      await subscription.stop();
      expect(handled).toEqual(['boom']);
      expect(subscription.position).toBe(0);
    });
  });

  describe('personal data', () => {
    it('AUD-4: reads personal fields back; after forget they read ERASED and the rest is intact', async () => {
      const stream = `${category()}-1`;
      const subject = `customer-${randomUUID()}`;
      const other = `customer-${randomUUID()}`;
      const data = { customer: { name: 'Li Wei', phone: '+86 138 0000 0000' }, product: 'WM-220', qty: 2 };
      await store.appendToStream(stream, [
        ev('case-registered', data, {
          personal: { subjectId: subject, paths: ['customer.name', 'customer.phone'] },
        }),
        ev(
          'case-registered',
          { customer: { name: 'Zhang' } },
          { personal: { subjectId: other, paths: ['customer.name'] } },
        ),
      ]);
      expect((await store.readStream(stream))[0].data).toEqual(data);
      await store.forget(subject);
      const [forgotten, kept] = await store.readStream(stream);
      expect(forgotten.data).toEqual({
        customer: { name: ERASED, phone: ERASED },
        product: 'WM-220',
        qty: 2,
      });
      // The seal stays in the log; without the key it is unreadable (crypto-shredding).
      expect(forgotten.metadata.personal).toEqual({
        subjectId: subject,
        paths: ['customer.name', 'customer.phone'],
        sealed: expect.stringMatching(/^[0-9a-f-]{36}:[A-Za-z0-9+/=]+$/),
      });
      expect(kept.data).toEqual({ customer: { name: 'Zhang' } });
    });

    it('AUD-4: a forgotten subject who comes back gets a new key; the old data stays erased', async () => {
      const stream = `${category()}-1`;
      const personal = { subjectId: `customer-${randomUUID()}`, paths: ['name'] };
      await store.appendToStream(stream, [ev('registered', { name: 'Old Name' }, { personal })]);
      await store.forget(personal.subjectId);
      await store.appendToStream(stream, [ev('registered', { name: 'New Name' }, { personal })]);
      expect((await store.readStream(stream)).map((e) => e.data)).toEqual([
        { name: ERASED },
        { name: 'New Name' },
      ]);
    });
  });
}
