// Event store throughput on a throwaway database: npm run bench:event-store
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS (per append run),
// BENCH_READ_EVENTS (log size for the read run, at least 200k).
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@aftersales/testing';
import { PostgresEventStore, type NewEvent } from '@aftersales/event-store';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
/** BENCH_ONLY=single runs just the single-event run (quick comparisons). */
const only = process.env.BENCH_ONLY;
const readEvents = Math.max(200_000, Number(process.env.BENCH_READ_EVENTS ?? 200_000));

const context = {
  actor: { userId: 'u-bench', role: 'engineer' },
  branch: 'br-sh',
  correlationId: randomUUID(),
  causationId: randomUUID(),
};
const event = (n: number): NewEvent => ({
  type: 'dispatch.engineer-assigned.v1',
  data: {
    visitId: `visit-${n}`,
    engineerId: 'eng-42',
    slot: '2026-11-22T09:00:00Z',
    note: 'bring spare pump',
  },
});

interface Row {
  run: string;
  events: number;
  seconds: number;
  rate: number;
  p50?: number;
  p99?: number;
}

async function appendRun(
  store: PostgresEventStore,
  run: string,
  writers: number,
  batch: number,
): Promise<Row> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  let events = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const stream = `bench-${randomUUID()}`;
      let version = 0;
      while (Date.now() < end) {
        const t0 = process.hrtime.bigint();
        const result = await store.appendToStream(
          stream,
          Array.from({ length: batch }, (_, i) => event(version + i)),
          { expectedVersion: version === 0 ? 'no-stream' : version, context },
        );
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        version = result.nextExpectedVersion;
        events += batch;
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { run, events, seconds: elapsed, rate: events / elapsed, p50: pct(0.5), p99: pct(0.99) };
}

async function fill(store: PostgresEventStore, total: number): Promise<void> {
  let stream = 0;
  for (let have = (await store.readAll({ maxCount: 1, fromPosition: total - 1 })).length; have === 0;) {
    await Promise.all(
      Array.from({ length: 8 }, () =>
        store.appendToStream(
          `fill-${stream++}`,
          Array.from({ length: 500 }, (_, i) => event(i)),
          { context },
        ),
      ),
    );
    have = (await store.readAll({ maxCount: 1, fromPosition: total - 1 })).length;
  }
}

async function main() {
  const db = await createTestDatabase('bench_es');
  const store = new PostgresEventStore({ connectionString: db.url, poolSize: 4 });
  const rows: Row[] = [];
  try {
    await store.migrate();
    await appendRun(store, 'warm-up', 4, 1); // plans, pool, JIT
    rows.push(await appendRun(store, 'single events, 16 writers', 16, 1));
    if (only === 'single') return;
    rows.push(await appendRun(store, 'batches of 10, 16 writers', 16, 10));
    rows.push(await appendRun(store, 'batches of 100, 16 writers', 16, 100));
    rows.push(await appendRun(store, 'batches of 100, 1 writer', 1, 100));
    await fill(store, readEvents);
    const started = process.hrtime.bigint();
    const all = await store.readAll();
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    rows.push({
      run: `full-log read (readAll)`,
      events: all.length,
      seconds: elapsed,
      rate: all.length / elapsed,
    });
    const vStarted = process.hrtime.bigint();
    const verdict = await store.verify();
    const vElapsed = Number(process.hrtime.bigint() - vStarted) / 1e9;
    if (!verdict.ok) throw new Error(`chain broken: ${verdict.reason}`);
    rows.push({
      run: 'AUD-3 verify (full chain)',
      events: verdict.count,
      seconds: vElapsed,
      rate: verdict.count / vElapsed,
    });
  } finally {
    await store.close();
    await db.drop();
    print(rows);
  }
}

function print(rows: Row[]): void {
  const ms = (v?: number) => (v === undefined ? '' : v.toFixed(2));
  console.log('\nevent store (PostgreSQL adapter, hash chain on)');
  console.log(
    [
      'run'.padEnd(30),
      'events'.padStart(8),
      'ev/s'.padStart(9),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
    ].join(' '),
  );
  for (const r of rows) {
    console.log(
      [
        r.run.padEnd(30),
        String(r.events).padStart(8),
        Math.round(r.rate).toString().padStart(9),
        ms(r.p50).padStart(8),
        ms(r.p99).padStart(8),
      ].join(' '),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
