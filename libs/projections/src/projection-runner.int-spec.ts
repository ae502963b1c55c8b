import { PostgresEventStore, type RecordedEvent } from '@aftersales/event-store';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { DataSource, type EntityManager } from 'typeorm';
import { HELD } from './parked-events';
import { PoisonEventParked, ProjectionRunner } from './projection-runner';
import type { Projection } from './projection';

/** Counts events per stream: any double-applied or lost event shows in the totals. */
class CountPerStream implements Projection {
  readonly name: string = 'test.count-per-stream';
  readonly streamPrefixes = ['case-'];
  applied = 0;
  constructor(readonly version = 1) {}

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    this.applied += events.length;
    for (const e of events) {
      await em.query(
        `INSERT INTO rm.counts (stream, n) VALUES ($1, 1) ON CONFLICT (stream) DO UPDATE SET n = rm.counts.n + 1`,
        [e.streamId],
      );
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE rm.counts');
  }
}

describe('projection runner', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('projections');
    store = new PostgresEventStore({ connectionString: db.url });
    await store.migrate();
    dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query(
      'CREATE SCHEMA rm; CREATE TABLE rm.counts (stream text PRIMARY KEY, n int NOT NULL)',
    );
    for (let i = 0; i < 30; i++) {
      await store.appendToStream(`case-${i % 3}`, [{ type: 'Noted', data: { i } }]);
      await store.appendToStream(`visit-${i % 3}`, [{ type: 'Ignored', data: { i } }]);
    }
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await db.drop();
  });

  const counts = async () =>
    Object.fromEntries(
      (await dataSource.query('SELECT stream, n FROM rm.counts ORDER BY stream')).map(
        (r: { stream: string; n: number }) => [r.stream, r.n],
      ),
    );

  it('applies each event of its streams once, and a second catch-up applies nothing', async () => {
    const projection = new CountPerStream();
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [projection],
      batchSize: 7,
    });
    await runner.migrate();
    await runner.catchUp();
    expect(await counts()).toEqual({ 'case-0': 10, 'case-1': 10, 'case-2': 10 });
    await runner.catchUp();
    expect(await counts()).toEqual({ 'case-0': 10, 'case-1': 10, 'case-2': 10 });
  });

  it('two runners of one projection never apply an event twice', async () => {
    await dataSource.query(`TRUNCATE rm.counts; DELETE FROM rm.projection_checkpoint`);
    const a = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [new CountPerStream()],
      batchSize: 3,
    });
    const b = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [new CountPerStream()],
      batchSize: 3,
    });
    await Promise.all([a.catchUp(), b.catchUp(), a.catchUp()]);
    expect(await counts()).toEqual({ 'case-0': 10, 'case-1': 10, 'case-2': 10 });
  });

  it('follows new appends while running and rebuilds from the log', async () => {
    const projection = new CountPerStream();
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [projection],
      idleMs: 20,
    });
    runner.start();
    try {
      const { lastPosition } = await store.appendToStream('case-9', [{ type: 'Noted', data: {} }]);
      await runner.waitFor(projection.name, lastPosition);
      expect((await counts())['case-9']).toBe(1);
    } finally {
      await runner.stop();
    }
    await runner.rebuild(projection.name);
    expect(await counts()).toEqual({ 'case-0': 10, 'case-1': 10, 'case-2': 10, 'case-9': 1 });
  });

  it('a new projection version rebuilds the read model on its next run', async () => {
    const v2 = new CountPerStream(2);
    const runner = new ProjectionRunner({ store, dataSource, schema: 'rm', projections: [v2] });
    await runner.catchUp();
    expect(v2.applied).toBe(31);
    expect(await counts()).toEqual({ 'case-0': 10, 'case-1': 10, 'case-2': 10, 'case-9': 1 });
  });

  it('under a stream of appends it gathers them into fuller batches, yet applies the first at once', async () => {
    class Batches extends CountPerStream {
      override readonly name = 'test.batches';
      sizes: number[] = [];
      override async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
        this.sizes.push(events.length);
        await super.apply(events, em);
      }
    }
    const projection = new Batches();
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [projection],
      idleMs: 5_000,
      gatherMs: 400,
    });
    await runner.catchUp();
    projection.sizes = [];
    runner.start();
    try {
      await new Promise((r) => setTimeout(r, 500)); // a quiet spell
      const first = await store.appendToStream('case-g', [{ type: 'Noted', data: {} }]);
      runner.poke();
      const started = Date.now();
      await runner.waitFor(projection.name, first.lastPosition);
      expect(Date.now() - started).toBeLessThan(300); // not held back by the gathering window
      let last = first.lastPosition;
      for (let i = 0; i < 10; i++) {
        last = (await store.appendToStream('case-g', [{ type: 'Noted', data: { i } }])).lastPosition;
        runner.poke();
      }
      await runner.waitFor(projection.name, last);
      expect(projection.sizes).toEqual([1, 10]);
    } finally {
      await runner.stop();
    }
  });

  it('a projection poked by every append, finding nothing for it, looks once per gathering window', async () => {
    class Rare extends CountPerStream {
      override readonly name = 'test.rare';
      readonly eventTypes = ['Rare'];
    }
    let reads = 0;
    const counted = Object.create(store, {
      readPage: {
        value: (options: Parameters<typeof store.readPage>[0]) => {
          reads++;
          return store.readPage(options);
        },
      },
    }) as PostgresEventStore;
    const runner = new ProjectionRunner({
      store: counted,
      dataSource,
      schema: 'rm',
      projections: [new Rare()],
      idleMs: 5_000,
      gatherMs: 200,
    });
    await runner.catchUp();
    runner.start();
    try {
      await new Promise((r) => setTimeout(r, 250));
      reads = 0;
      const started = Date.now();
      for (let i = 0; i < 40; i++) {
        await store.appendToStream('case-r', [{ type: 'Common', data: { i } }]);
        runner.poke();
      }
      const windows = Math.ceil((Date.now() - started) / 200) + 1;
      expect(reads).toBeGreaterThan(0);
      expect(reads).toBeLessThanOrEqual(windows);
    } finally {
      await runner.stop();
    }
  });

  it('applies batches without waiting for their commit to be flushed (the log is the durable copy)', async () => {
    class Durability extends CountPerStream {
      override readonly name = 'test.durability';
      seen: string[] = [];
      override async apply(_events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
        const [row] = await em.query('SHOW synchronous_commit');
        this.seen.push(row.synchronous_commit);
      }
    }
    const projection = new Durability();
    const runner = new ProjectionRunner({ store, dataSource, schema: 'rm', projections: [projection] });
    await runner.catchUp(); // the first batch creates the checkpoint
    await store.appendToStream('case-d', [{ type: 'Noted', data: {} }]);
    await runner.catchUp();
    expect(projection.seen.at(-1)).toBe('off');
    expect((await dataSource.query('SHOW synchronous_commit'))[0].synchronous_commit).toBe('on');
  });

  it('a projection of some event types reads only those, and goes on from where it last looked', async () => {
    class Wanted extends CountPerStream {
      override readonly name = 'test.wanted';
      readonly eventTypes = ['Wanted'];
      types: string[] = [];
      override async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
        this.types.push(...events.map((e) => e.type));
        await super.apply(events, em);
      }
    }
    const froms: number[] = [];
    const watched = Object.create(store, {
      readPage: {
        value: (options: Parameters<typeof store.readPage>[0]) => {
          froms.push(options.fromPosition ?? 0);
          return store.readPage(options);
        },
      },
    }) as PostgresEventStore;
    const projection = new Wanted();
    const runner = new ProjectionRunner({
      store: watched,
      dataSource,
      schema: 'rm',
      projections: [projection],
    });
    const checkpoint = async () =>
      Number(
        (
          await dataSource.query(`SELECT position FROM rm.projection_checkpoint WHERE name = 'test.wanted'`)
        )[0]?.position ?? 0,
      );
    for (let i = 0; i < 40; i++) await store.appendToStream('case-w', [{ type: 'Ignored', data: { i } }]);
    const wanted = await store.appendToStream('case-w', [{ type: 'Wanted', data: {} }]);
    await runner.catchUp();
    expect(projection.types).toEqual(['Wanted']);
    expect(await checkpoint()).toBe(wanted.lastPosition);

    let last = wanted.lastPosition;
    for (let i = 0; i < 30; i++)
      last = (await store.appendToStream('case-w', [{ type: 'Ignored', data: {} }])).lastPosition;
    await runner.catchUp();
    expect(projection.types).toEqual(['Wanted']);
    expect(await checkpoint()).toBe(wanted.lastPosition); // nothing applied, nothing written
    expect(runner.status().find((s) => s.name === 'test.wanted')?.position).toBe(last);
    await runner.waitFor('test.wanted', last, 1_000);

    froms.length = 0;
    const next = await store.appendToStream('case-w', [{ type: 'Wanted', data: { n: 2 } }]);
    await runner.catchUp();
    expect(froms[0]).toBe(last); // not the 30 ignored events again
    expect(projection.types).toEqual(['Wanted', 'Wanted']);
    expect(await checkpoint()).toBe(next.lastPosition);
  });

  it('projections that are up to date share one read and one transaction; a failing one goes alone and holds up none', async () => {
    class Seen implements Projection {
      readonly version = 1;
      broken = false;
      constructor(
        readonly name: string,
        readonly eventTypes?: readonly string[],
        readonly streamPrefixes = ['case-t'],
      ) {}
      async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
        for (const e of events) {
          await em.query('INSERT INTO rm.seen (projection, position, txid) VALUES ($1, $2, txid_current())', [
            this.name,
            e.globalPosition,
          ]);
        }
        if (this.broken) throw new Error(`${this.name} cannot apply`);
      }
      async reset(): Promise<void> {}
    }
    const all = new Seen('test.together-all');
    const wanted = new Seen('test.together-wanted', ['Wanted']);
    const broken = new Seen('test.together-broken', undefined, ['case-t', 'case-x']);
    const reads: Array<Parameters<typeof store.readPage>[0]> = [];
    const counted = Object.create(store, {
      readPage: {
        value: (options: Parameters<typeof store.readPage>[0]) => {
          reads.push(options);
          return store.readPage(options);
        },
      },
    }) as PostgresEventStore;
    await dataSource.query(
      'CREATE TABLE rm.seen (projection text, position bigint, txid bigint, PRIMARY KEY (projection, position))',
    );
    const seen = async (p: Seen): Promise<Array<{ position: number; txid: string }>> =>
      (
        await dataSource.query('SELECT position, txid FROM rm.seen WHERE projection = $1 ORDER BY position', [
          p.name,
        ])
      ).map((r: { position: string; txid: string }) => ({ position: Number(r.position), txid: r.txid }));
    const errors: string[] = [];
    const runner = new ProjectionRunner({
      store: counted,
      dataSource,
      schema: 'rm',
      projections: [all, wanted, broken],
      idleMs: 5_000,
      gatherMs: 0,
      onError: (name) => errors.push(name),
    });
    await store.appendToStream('case-t', [{ type: 'Noted', data: {} }]);
    await runner.catchUp();
    const before = (await seen(broken)).length;
    broken.broken = true;
    runner.start();
    try {
      const appended = await store.appendToStream('case-t', [
        { type: 'Noted', data: { n: 1 } },
        { type: 'Wanted', data: { n: 2 } },
        { type: 'Noted', data: { n: 3 } },
      ]);
      runner.poke();
      await runner.waitFor(all.name, appended.lastPosition, 5_000);
      await runner.waitFor(wanted.name, appended.lastPosition, 5_000);
      const last = appended.lastPosition;
      const recent = (rows: Array<{ position: number; txid: string }>) =>
        rows.filter((r) => r.position > last - 3);
      // Each event once (the primary key would refuse a second), in one transaction for both.
      expect(recent(await seen(all)).map((r) => r.position)).toEqual([last - 2, last - 1, last]);
      expect(recent(await seen(wanted)).map((r) => r.position)).toEqual([last - 1]);
      for (let i = 0; i < 250 && !errors.includes(broken.name); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(errors).toContain(broken.name);
      expect((await seen(broken)).length).toBe(before);

      // The broken one now waits out its backoff alone; the two others go on together.
      reads.length = 0;
      const more = await store.appendToStream('case-t', [{ type: 'Wanted', data: { n: 4 } }]);
      runner.poke();
      await runner.waitFor(wanted.name, more.lastPosition, 5_000);
      await runner.waitFor(all.name, more.lastPosition, 5_000);
      const txOf = async (p: Seen) => (await seen(p)).find((r) => r.position === more.lastPosition)?.txid;
      expect(await txOf(wanted)).toBeDefined();
      expect(await txOf(wanted)).toBe(await txOf(all));
      const together = reads.filter((r) => r.streamPrefixes?.length === 1 && r.eventTypes === undefined);
      expect(together.length).toBeGreaterThan(0);
      expect(reads.filter((r) => r.eventTypes !== undefined)).toEqual([]); // never read for it alone

      broken.broken = false;
      runner.poke();
      await runner.waitFor(broken.name, more.lastPosition, 5_000);
      expect((await seen(broken)).map((r) => r.position).filter((p) => p > last - 3)).toEqual([
        last - 2,
        last - 1,
        last,
        more.lastPosition,
      ]);
    } finally {
      await runner.stop();
    }
  });

  it('a projection far behind (a new version replaying the log) catches up alone, holding up none', async () => {
    class Slow extends CountPerStream {
      override readonly name = 'test.far-behind';
      override readonly streamPrefixes = [] as string[];
      position = 0;
      override async apply(events: readonly RecordedEvent[]): Promise<void> {
        await new Promise((r) => setTimeout(r, 100));
        this.position = events[events.length - 1].globalPosition;
      }
    }
    class Lead extends CountPerStream {
      override readonly name = 'test.lead';
      override readonly streamPrefixes = [] as string[];
      position = 0;
      override async apply(events: readonly RecordedEvent[]): Promise<void> {
        this.position = events[events.length - 1].globalPosition;
      }
    }
    const lead = new Lead();
    await new ProjectionRunner({ store, dataSource, schema: 'rm', projections: [lead] }).catchUp();
    const slow = new Slow();
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [lead, slow],
      batchSize: 5,
      gatherMs: 0,
    });
    runner.start();
    try {
      // Both known to the runner, the slow one replaying from the start of the log.
      while (slow.position < 10) await new Promise((r) => setTimeout(r, 20));
      const head = await store.appendToStream('case-far', [{ type: 'Noted', data: {} }]);
      runner.poke();
      await runner.waitFor(lead.name, head.lastPosition, 2_000);
      expect(lead.position).toBe(head.lastPosition);
      expect(slow.position).toBeLessThan(head.lastPosition - 50); // still replaying, 5 events per 100 ms
    } finally {
      await runner.stop();
    }
  });
});

describe('projection runner: an event a projection cannot apply', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  /** Keeps each stream's last title in a text column: PostgreSQL refuses a NUL in it. */
  class Titles implements Projection {
    readonly version = 1;
    readonly streamPrefixes = ['title-'];
    /** The fix an operator deploys: the text made storable. */
    fixed = false;
    constructor(readonly name: string) {}
    async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
      for (const e of events) {
        const title = (e.data as { title: string }).title;
        await em.query(
          `INSERT INTO rm.titles (projection, stream, title) VALUES ($1, $2, $3)
           ON CONFLICT (projection, stream) DO UPDATE SET title = EXCLUDED.title`,
          [this.name, e.streamId, this.fixed ? title.replace(/\0/g, '') : title],
        );
      }
    }
    async reset(em: EntityManager): Promise<void> {
      await em.query('DELETE FROM rm.titles WHERE projection = $1', [this.name]);
    }
  }

  const titles = async (name: string) =>
    Object.fromEntries(
      (await dataSource.query('SELECT stream, title FROM rm.titles WHERE projection = $1', [name])).map(
        (r: { stream: string; title: string }) => [r.stream, r.title],
      ),
    );

  let poison: number;
  let last: number;

  beforeAll(async () => {
    db = await createTestDatabase('projections_poison');
    store = new PostgresEventStore({ connectionString: db.url });
    await store.migrate();
    dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query(
      'CREATE SCHEMA rm; CREATE TABLE rm.titles (projection text, stream text, title text, PRIMARY KEY (projection, stream))',
    );
    await store.appendToStream('title-a', [{ type: 'Titled', data: { title: 'one' } }]);
    // Accepted by the log (JSON carries it), refused by PostgreSQL text.
    poison = (await store.appendToStream('title-b', [{ type: 'Titled', data: { title: 'a\u0000b' } }]))
      .lastPosition;
    await store.appendToStream('title-b', [{ type: 'Titled', data: { title: 'later' } }]);
    last = (await store.appendToStream('title-c', [{ type: 'Titled', data: { title: 'three' } }]))
      .lastPosition;
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('is parked with its error and its stream held, the read model goes on, and a replay after the fix applies them in order', async () => {
    const projection = new Titles('test.titles-park');
    const errors: unknown[] = [];
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [projection],
      batchSize: 10,
      idleMs: 20,
      gatherMs: 0,
      parkAfterFailures: 2,
      onError: (_name, error) => errors.push(error),
    });
    await runner.migrate();
    runner.start();
    try {
      await runner.waitFor(projection.name, last, 10_000);
    } finally {
      await runner.stop();
    }
    // Every stream but the poisoned one is applied, in the batch the poison came in too.
    expect(await titles(projection.name)).toEqual({ 'title-a': 'one', 'title-c': 'three' });
    const parked = await runner.parkedEvents(projection.name);
    expect(parked).toEqual([
      expect.objectContaining({ position: poison, streamId: 'title-b', type: 'Titled' }),
      expect.objectContaining({ position: poison + 1, streamId: 'title-b', error: HELD }),
    ]);
    expect(parked[0].error).toMatch(/0x00/);
    expect(errors.filter((e) => e instanceof PoisonEventParked)).toHaveLength(1);
    expect(runner.status()[0]).toEqual({ name: projection.name, position: last });

    // A new runner (another replica, a restart) holds the stream back too.
    await store.appendToStream('title-b', [{ type: 'Titled', data: { title: 'newest' } }]);
    const again = new ProjectionRunner({ store, dataSource, schema: 'rm', projections: [projection] });
    await again.catchUp();
    expect((await titles(projection.name))['title-b']).toBeUndefined();
    expect(await again.parkedEvents(projection.name)).toHaveLength(3);

    projection.fixed = true;
    expect(await again.replayParked(projection.name)).toEqual({ replayed: 3, remaining: 0 });
    expect(await titles(projection.name)).toEqual({
      'title-a': 'one',
      'title-b': 'newest',
      'title-c': 'three',
    });
    expect(await again.parkedEvents(projection.name)).toEqual([]);
    const next = await store.appendToStream('title-b', [{ type: 'Titled', data: { title: 'after' } }]);
    await again.catchUp();
    expect((await titles(projection.name))['title-b']).toBe('after');
    expect((await again.status())[0].position).toBe(next.lastPosition);
  });

  it('a rebuild meets the parked events again and clears them', async () => {
    const projection = new Titles('test.titles-rebuild');
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [projection],
      parkAfterFailures: 1,
      idleMs: 20,
      gatherMs: 0,
    });
    runner.start();
    try {
      await runner.waitFor(projection.name, last, 10_000);
    } finally {
      await runner.stop();
    }
    expect(await runner.parkedEvents(projection.name)).not.toEqual([]);
    projection.fixed = true;
    await runner.rebuild(projection.name);
    expect(await runner.parkedEvents(projection.name)).toEqual([]);
    expect((await titles(projection.name))['title-b']).toBe('after');
  });

  it('policy halt: the projection stays at it, and its status says it is stuck, where and why', async () => {
    const projection = new Titles('test.titles-halt');
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'rm',
      projections: [projection],
      poisonPolicy: 'halt',
      parkAfterFailures: 2,
      idleMs: 20,
      gatherMs: 0,
    });
    runner.start();
    try {
      for (let i = 0; i < 250 && !runner.status()[0].stuck; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await runner.stop();
    }
    const [status] = runner.status();
    expect(status).toMatchObject({ name: projection.name, stuck: true, failing: { after: poison - 1 } });
    expect(status.failing!.attempts).toBeGreaterThanOrEqual(2);
    expect(status.failing!.error).toMatch(/0x00/);
    expect(await runner.parkedEvents(projection.name)).toEqual([]);
    expect(await titles(projection.name)).toEqual({ 'title-a': 'one' });
  });
});
