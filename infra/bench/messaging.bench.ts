// Messaging throughput and latency on the real broker and PostgreSQL: npm run bench:messaging
// Env: KAFKA_BROKERS (default 127.0.0.1:9092), DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_EVENTS (relay and consumer runs, default 20000), BENCH_RATE (offered ev/s, default 500),
// BENCH_SECONDS (latency run, default 10), BENCH_KAFKA_PID (broker pid, to count its CPU too),
// BENCH_CONCURRENCY (partitions a consumer handles at once, default all 6), BENCH_MAX_WAIT_MS (consumer fetch wait, default 100).
// Each throughput run is preceded by an unmeasured warm-up (JIT, connections, metadata).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ContractRegistry } from '@aftersales/contracts';
import { PostgresEventStore } from '@aftersales/event-store';
import { InboxConsumer, KafkajsBroker, Relay, type ConsumedEvent } from '@aftersales/messaging';
import {
  createTestDatabase,
  createTopics,
  testKafka,
  uniqueTopic,
  type TestDatabase,
} from '@aftersales/testing';
import type { Pool } from 'pg';
import { quick, record } from './bench-kit';

process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const EVENTS = Number(process.env.BENCH_EVENTS ?? (quick ? 5_000 : 20_000));
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? (quick ? 4 : 10));
const PARTITIONS = 6;
const CASES = 200;
const WARMUP = 2_000;

const contracts = new ContractRegistry([
  {
    type: 'bench.noted.v1',
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'bench.noted.v1',
      type: 'object',
      additionalProperties: false,
      required: ['caseId', 'seq', 'sentAt', 'note'],
      properties: {
        caseId: { type: 'string' },
        seq: { type: 'integer' },
        sentAt: { type: 'number' },
        note: { type: 'string' },
      },
    },
  },
]);

const kafka = testKafka('bench-messaging');
const broker = new KafkajsBroker(kafka);
const consumerSettings = {
  sessionTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
  maxWaitMs: Number(process.env.BENCH_MAX_WAIT_MS ?? 100),
  partitionsConsumedConcurrently: Number(process.env.BENCH_CONCURRENCY ?? PARTITIONS),
};

/** CPU ms used so far by this process, the PostgreSQL backends of the bench database and the broker. */
async function cpuMs(pool: Pool, db: string): Promise<number> {
  const { rows } = await pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
    db,
  ]);
  const pids = rows.map((r) => r.pid);
  if (process.env.BENCH_KAFKA_PID) pids.push(Number(process.env.BENCH_KAFKA_PID));
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a backend that just exited, or a server on another machine
    }
  }
  const own = process.cpuUsage();
  return ticks * 10 + (own.user + own.system) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function until(
  check: () => boolean | Promise<boolean>,
  what: string | (() => string),
  ms = 120_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`${typeof what === 'string' ? what : what()}: not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function relayFor(
  store: PostgresEventStore,
  pool: Pool,
  category: string,
  topic: string,
  producer: ReturnType<KafkajsBroker['producer']>,
) {
  return new Relay({
    service: `bench-${category}`,
    categories: [category],
    store,
    pool,
    schema: 'messaging',
    producer,
    mapper: (e) => ({ type: 'bench.noted.v1', payload: e.data }),
    contracts,
    topic,
    batchSize: 2_000,
    idleMs: 10,
  });
}

function consumerFor(pool: Pool, topic: string, onApplied: (events: readonly ConsumedEvent[]) => void) {
  return new InboxConsumer({
    broker,
    groupId: `${topic}.group`,
    topics: [topic],
    pool,
    schema: 'messaging',
    contracts,
    settings: consumerSettings,
    handler: async (event, tx) => {
      const { caseId, seq } = event.payload as { caseId: string; seq: number };
      await tx.query('INSERT INTO effects (case_id, seq) VALUES ($1, $2)', [caseId, seq]);
    },
    onApplied,
    onDeadLetter: (message, error) =>
      console.error(`dead letter at ${message.topic}/${message.offset}: ${String(error)}`),
  });
}

async function appendBacklog(
  store: PostgresEventStore,
  events: number,
): Promise<{ count: number; last: number }> {
  const perCase = Math.ceil(events / CASES);
  let last = 0;
  const cases = Array.from({ length: CASES }, () => randomUUID());
  for (let i = 0; i < cases.length; i += 20) {
    const results = await Promise.all(
      cases.slice(i, i + 20).map((caseId) =>
        store.appendToStream(
          `backlog-${caseId}`,
          Array.from({ length: perCase }, (_, k) => ({
            type: 'Noted',
            data: { caseId, seq: k + 1, sentAt: 0, note: 'customer reports the breaker trips under load' },
          })),
        ),
      ),
    );
    last = Math.max(last, ...results.map((r) => r.lastPosition));
  }
  return { count: perCase * CASES, last };
}

async function main(): Promise<void> {
  const load = loadavg();
  let db: TestDatabase | undefined;
  const rows: Array<Record<string, string | number>> = [];
  try {
    db = await createTestDatabase('benchmsg');
    const store = new PostgresEventStore({ connectionString: db.url, schema: 'event_store' });
    await store.migrate();
    const pool = db.pool({ max: 12 });
    await pool.query('CREATE TABLE effects (case_id text NOT NULL, seq integer NOT NULL)');
    const producer = broker.producer();
    await producer.connect();

    // 1. Relay throughput over a backlog, after a warm-up batch.
    const backlogTopic = uniqueTopic('bench.backlog');
    await createTopics(kafka, [backlogTopic], PARTITIONS);
    const warm = await appendBacklog(store, WARMUP);
    const relay = relayFor(store, pool, 'backlog', backlogTopic, producer);
    await relay.migrate();
    relay.start();
    await until(() => relay.position >= warm.last, 'relay publishes the warm-up');
    await relay.stop();
    const { count, last } = await appendBacklog(store, EVENTS);
    let cpu0 = await cpuMs(pool, db.name);
    let t0 = performance.now();
    relay.start();
    await until(() => relay.position >= last, 'relay publishes the backlog');
    const relaySeconds = (performance.now() - t0) / 1000;
    const relayCpu = (await cpuMs(pool, db.name)) - cpu0;
    await relay.stop();
    rows.push({
      run: 'relay (backlog -> Kafka)',
      events: count,
      seconds: +relaySeconds.toFixed(2),
      'ev/s': Math.round(count / relaySeconds),
      'cpu us/ev': Math.round((relayCpu * 1000) / count),
    });

    // 2. Consumer with inbox over the same topic: the warm-up messages first, then the backlog.
    let applied = 0;
    const consumer = consumerFor(pool, backlogTopic, (events) => (applied += events.length));
    await consumer.migrate();
    await consumer.start();
    await until(() => applied >= warm.count, 'consumer applies the warm-up');
    cpu0 = await cpuMs(pool, db.name);
    t0 = performance.now();
    await until(
      () => applied >= warm.count + count,
      () => `consumer applies the backlog (${applied} of ${warm.count + count})`,
    );
    const consumerSeconds = (performance.now() - t0) / 1000;
    const consumerCpu = (await cpuMs(pool, db.name)) - cpu0;
    await consumer.stop();
    rows.push({
      run: 'consumer with inbox',
      events: count,
      seconds: +consumerSeconds.toFixed(2),
      'ev/s': Math.round(count / consumerSeconds),
      'cpu us/ev': Math.round((consumerCpu * 1000) / count),
    });

    // 3. End-to-end latency append -> consumer effect committed, at an offered rate.
    const liveTopic = uniqueTopic('bench.live');
    await createTopics(kafka, [liveTopic], PARTITIONS);
    const latencies: number[] = [];
    const live = consumerFor(pool, liveTopic, (events) => {
      const now = Date.now();
      for (const e of events) latencies.push(now - (e.payload as { sentAt: number }).sentAt);
    });
    await live.start();
    const acked: number[] = [];
    const appended: number[] = [];
    const liveRelay = relayFor(store, pool, 'live', liveTopic, {
      connect: () => producer.connect(),
      disconnect: () => producer.disconnect(),
      async send(topic, messages) {
        await producer.send(topic, messages);
        const now = Date.now();
        for (const m of messages) acked.push(now - (JSON.parse(m.value) as { sentAt: number }).sentAt);
      },
    });
    liveRelay.start();
    const total = RATE * SECONDS;
    const tickMs = 10;
    const perTick = (RATE * tickMs) / 1000;
    cpu0 = await cpuMs(pool, db.name);
    const cases = Array.from({ length: CASES }, () => randomUUID());
    const versions = new Map<string, number>();
    t0 = performance.now();
    let sent = 0;
    const appends: Promise<unknown>[] = [];
    while (sent < total) {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / tickMs) * perTick) + perTick);
      for (; sent < due; sent++) {
        const caseId = cases[sent % CASES];
        const seq = (versions.get(caseId) ?? 0) + 1;
        versions.set(caseId, seq);
        const sentAt = Date.now();
        appends.push(
          store
            .appendToStream(`live-${caseId}`, [
              { type: 'Noted', data: { caseId, seq, sentAt, note: 'live' } },
            ])
            .then(() => appended.push(Date.now() - sentAt)),
        );
      }
      await new Promise((r) => setTimeout(r, tickMs));
    }
    await Promise.all(appends);
    const offeredSeconds = (performance.now() - t0) / 1000;
    await until(() => latencies.length >= total, 'consumer applies the live events');
    const liveCpu = (await cpuMs(pool, db.name)) - cpu0;
    await liveRelay.stop();
    await live.stop();
    latencies.sort((a, b) => a - b);
    acked.sort((a, b) => a - b);
    appended.sort((a, b) => a - b);
    rows.push({
      run: `  of which append (event store commit)`,
      events: appended.length,
      'p50 ms': percentile(appended, 50),
      'p99 ms': percentile(appended, 99),
      'max ms': appended[appended.length - 1],
    });
    rows.push({
      run: `  of which append -> relay acked`,
      events: acked.length,
      'p50 ms': percentile(acked, 50),
      'p99 ms': percentile(acked, 99),
      'max ms': acked[acked.length - 1],
    });
    rows.push({
      run: `e2e append -> effect @ ${RATE} ev/s offered`,
      events: latencies.length,
      seconds: +offeredSeconds.toFixed(2),
      'ev/s': Math.round(total / offeredSeconds),
      'p50 ms': percentile(latencies, 50),
      'p99 ms': percentile(latencies, 99),
      'max ms': latencies[latencies.length - 1],
      'cpu us/ev': Math.round((liveCpu * 1000) / total),
    });
    await producer.disconnect();
    await store.close();
  } finally {
    await db?.drop();
  }
  console.table(rows);
  console.log(
    `load average before ${load.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (CPU shared with other work on this machine)`,
  );
  record('messaging', { rows, loadAverageBefore: load });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
