// Event store throughput on a throwaway database: npm run bench:event-store
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS (per append run),
// BENCH_READ_EVENTS (log size for the read run, at least 200k).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createTestDatabase } from '@aftersales/testing';
import { PostgresEventStore, type NewEvent } from '@aftersales/event-store';
import { record } from './bench-kit';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
/** BENCH_ONLY=<part of a run name> (e.g. single, 'of 100') runs just those append runs. */
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
  /** CPU microseconds per event, this process + its PostgreSQL backends: independent of other load. */
  cpu?: number;
}

/** CPU ms used so far by this process and the PostgreSQL backends serving the bench database. */
async function cpuMs(store: PostgresEventStore, db: string): Promise<number> {
  const { rows } = await store.pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`,
    [db],
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // not on this machine (remote server) or the backend just exited
    }
  }
  const own = process.cpuUsage();
  if (process.env.BENCH_CPU_SPLIT)
    console.log(`pg ${ticks * 10} ms, node ${(own.user + own.system) / 1000} ms`);
  return ticks * 10 + (own.user + own.system) / 1000;
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

/**
 * BENCH_PG_SOCKET=/var/run/postgresql: reach the co-located server over its Unix socket, which
 * costs far less CPU per round trip than loopback TCP.
 */
function viaSocket(url: string): string {
  const dir = process.env.BENCH_PG_SOCKET;
  if (!dir) return url;
  const u = new URL(url);
  u.searchParams.set('host', dir);
  return u.toString();
}

async function main() {
  const db = await createTestDatabase('bench_es');
  const store = new PostgresEventStore({ connectionString: viaSocket(db.url), poolSize: 4 });
  const rows: Row[] = [];
  try {
    await store.migrate();
    await appendRun(store, 'warm-up', 4, 1); // plans, pool, JIT
    const measured = async (run: () => Promise<Row>) => {
      const before = await cpuMs(store, db.name);
      const row = await run();
      rows.push({ ...row, cpu: ((await cpuMs(store, db.name)) - before) * (1000 / row.events) });
    };
    const runs: Array<[string, number, number]> = [
      ['single events, 16 writers', 16, 1],
      ['batches of 10, 16 writers', 16, 10],
      ['batches of 100, 16 writers', 16, 100],
      ['batches of 100, 1 writer', 1, 100],
    ];
    for (const [name, writers, batch] of runs) {
      if (!only || name.includes(only)) await measured(() => appendRun(store, name, writers, batch));
    }
    if (only) return;
    await fill(store, readEvents);
    await measured(async () => {
      const started = process.hrtime.bigint();
      const all = await store.readAll();
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      return {
        run: 'full-log read (readAll)',
        events: all.length,
        seconds: elapsed,
        rate: all.length / elapsed,
      };
    });
    await measured(async () => {
      const started = process.hrtime.bigint();
      const verdict = await store.verify();
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      if (!verdict.ok) throw new Error(`chain broken: ${verdict.reason}`);
      return {
        run: 'AUD-3 verify (full chain)',
        events: verdict.count,
        seconds: elapsed,
        rate: verdict.count / elapsed,
      };
    });
  } finally {
    await store.close();
    await db.drop();
    print(rows);
  }
}

function print(rows: Row[]): void {
  const ms = (v?: number) => (v === undefined ? '' : v.toFixed(2));
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `\nevent store (PostgreSQL adapter, hash chain on); load average ${load} on ${cpus().length} cores`,
  );
  console.log(
    [
      'run'.padEnd(30),
      'events'.padStart(8),
      'ev/s'.padStart(9),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'cpu µs/ev'.padStart(10),
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
        (r.cpu === undefined ? '' : r.cpu.toFixed(1)).padStart(10),
      ].join(' '),
    );
  }
  record('eventStore', {
    loadAverageBefore: load,
    rows: rows.map((r) => ({
      run: r.run,
      events: r.events,
      eventsPerSecond: Math.round(r.rate),
      p50Ms: r.p50,
      p99Ms: r.p99,
      cpuMicrosPerEvent: r.cpu === undefined ? undefined : +r.cpu.toFixed(1),
    })),
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
