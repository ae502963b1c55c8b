// Side by side on the same PostgreSQL, in the same process: our event store against a
// well-known TypeScript one (@event-driven-io/emmett-postgresql), same workloads (issue 8).
import { PostgresEventStore } from '@aftersales/event-store';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { randomUUID } from 'node:crypto';
import { benchDatabase, quick, record } from './bench-kit';

const SECONDS = quick ? 4 : 15;
const WRITERS = 16;
const READ_EVENTS = quick ? 50_000 : 200_000;
const payload = (n: number) => ({
  visitId: `visit-${n}`,
  engineerId: 'eng-42',
  slot: '2026-11-22T09:00:00Z',
  note: 'bring spare pump',
});

interface Store {
  append(stream: string, count: number): Promise<void>;
  readAll(): Promise<number>;
  close(): Promise<void>;
}

async function ours(url: string): Promise<Store> {
  const store = new PostgresEventStore({ connectionString: url, poolSize: 20 });
  await store.migrate();
  return {
    append: async (stream, count) => {
      await store.appendToStream(
        stream,
        Array.from({ length: count }, (_, i) => ({ type: 'EngineerAssigned', data: payload(i) })),
        { expectedVersion: 'no-stream' },
      );
    },
    readAll: async () => {
      let from = 0;
      let n = 0;
      for (;;) {
        const page = await store.readAll({ fromPosition: from, maxCount: 5_000 });
        if (page.length === 0) return n;
        n += page.length;
        from = page[page.length - 1].globalPosition;
      }
    },
    close: () => store.close(),
  };
}

async function emmett(url: string): Promise<Store> {
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pooled: true } } as never);
  await store.schema.migrate();
  const pool = dumbo({ connectionString: url });
  return {
    append: async (stream, count) => {
      await store.appendToStream(
        stream,
        Array.from({ length: count }, (_, i) => ({ type: 'EngineerAssigned', data: payload(i) })),
        { expectedStreamVersion: 'STREAM_DOES_NOT_EXIST' as never },
      );
    },
    readAll: async () => {
      let after = 0n;
      let n = 0;
      for (;;) {
        const batch = await readMessagesBatch(pool.execute, { after, batchSize: 5_000 });
        if (batch.messages.length === 0) return n;
        n += batch.messages.length;
        after = batch.currentGlobalPosition;
        if (!batch.areMessagesLeft) return n;
      }
    },
    close: async () => {
      await store.close();
      await pool.close();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function singleAppends(store: Store) {
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        await store.append(`bench-${randomUUID()}`, 1);
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    perSecond: Math.round(latencies.length / ((Date.now() - start) / 1000)),
    p50: +percentile(latencies, 50).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
  };
}

async function batchAppends(store: Store) {
  let events = 0;
  const until = Date.now() + SECONDS * 1000;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (Date.now() < until) {
        await store.append(`batch-${randomUUID()}`, 100);
        events += 100;
      }
    }),
  );
  return { eventsPerSecond: Math.round(events / ((Date.now() - start) / 1000)) };
}

async function fullRead(store: Store) {
  for (let written = 0; written < READ_EVENTS; written += 1_000) {
    await Promise.all(Array.from({ length: 10 }, () => store.append(`read-${randomUUID()}`, 100)));
  }
  const start = performance.now();
  const n = await store.readAll();
  return { events: n, eventsPerSecond: Math.round(n / ((performance.now() - start) / 1000)) };
}

async function measure(name: string, open: (url: string) => Promise<Store>) {
  const db = await benchDatabase(name);
  const store = await open(db.url);
  try {
    const single = await singleAppends(store);
    const batch = await batchAppends(store);
    const read = await fullRead(store);
    return { single, batch, read };
  } finally {
    await store.close();
    await db.drop();
  }
}

async function main() {
  const a = await measure('ours', ours);
  const b = await measure('emmett', emmett);
  const ratio = (x: number, y: number) => +(x / y).toFixed(2);
  const figures = {
    seconds: SECONDS,
    writers: WRITERS,
    ours: a,
    emmett: b,
    ratio: {
      singleAppends: ratio(a.single.perSecond, b.single.perSecond),
      batchAppends: ratio(a.batch.eventsPerSecond, b.batch.eventsPerSecond),
      fullRead: ratio(a.read.eventsPerSecond, b.read.eventsPerSecond),
    },
  };
  console.table({
    [`single appends/s (${WRITERS} writers)`]: {
      ours: a.single.perSecond,
      emmett: b.single.perSecond,
      ratio: figures.ratio.singleAppends,
    },
    'single append p99 ms': {
      ours: a.single.p99,
      emmett: b.single.p99,
      ratio: ratio(b.single.p99, a.single.p99),
    },
    'batched (100) events/s': {
      ours: a.batch.eventsPerSecond,
      emmett: b.batch.eventsPerSecond,
      ratio: figures.ratio.batchAppends,
    },
    [`full-log read events/s (${a.read.events})`]: {
      ours: a.read.eventsPerSecond,
      emmett: b.read.eventsPerSecond,
      ratio: figures.ratio.fullRead,
    },
  });
  record('referenceStore', figures);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
