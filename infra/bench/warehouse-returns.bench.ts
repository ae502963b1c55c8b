// Warehouse returns (issue 24): request-to-stock-in commands/s and their p99. Each request lives
// its whole way: request (quality return) → after-sales head signs → operations head signs →
// arrival notice → transport order → driver's pick-up → receipt → QC's signature → stock-in
// (RET-1, RET-4 … RET-8), nine commands, one after another, each deciding on the state the one
// before left. At saturation (64 requests in flight) and offered at 500 commands/s (a new request
// every 18 ms). Target on the 2-core machine: ≥ 1,000 commands/s, p99 ≤ 50 ms at 500/s.
//
// In process on the real PostgreSQL (projections, the receipt timer and the relay's log reads
// run as in the service), no HTTP and no Kafka: QC's signature reaches the service as a Kafka
// event whose reaction runs the same command, so every step is driven as that command here.
import { startRuntimeFromEnv } from '@aftersales/platform';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { RmaCommand } from '../../services/warehouse-returns/src/rma/rma.decider';
import { warehouseReturnsService } from '../../services/warehouse-returns/src/warehouse-returns.service';
import { benchDatabase, coresMeter, cpuSeconds, postgresCpuSeconds, quick, record } from './bench-kit';

const LIVES = Number(process.env.RMA_BENCH_LIVES ?? (quick ? 600 : 3_000));
const IN_FLIGHT = 64;
const OFFERED_PER_SECOND = 500;
const OFFERED_SECONDS = quick ? 6 : 20;

const load = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .trim()
    .replace(/^.*load average: /, '');
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

/** The nine commands of one quality return, request to stock-in. */
function life(i: number): RmaCommand[] {
  const rmaId = randomUUID();
  const r = { rmaId };
  return [
    {
      type: 'RequestReturn',
      rmaId,
      branch: ['HZ', 'NB'][i % 2],
      customerId: `cust-${i % 500}`,
      source: 'direct',
      lines: [
        {
          product: { model: 'KYN28-12', productLine: 'switchgear' },
          serialNumber: `SN-B${i}`,
          quantity: 1 + (i % 3),
          unitPrice: { amountMinor: 500_000, currency: 'CNY' },
          reason: 'quality',
          originalOrder: { ref: `SO-${i}`, deliveredOn: '2026-02-01' },
        },
      ],
    },
    { type: 'SignForm', ...r, role: 'after-sales-head', by: 'ash-1' },
    { type: 'SignForm', ...r, role: 'operations-head', by: 'ops-1' },
    { type: 'RecordArrival', ...r, station: 'Hangzhou East freight' },
    { type: 'IssueTransportOrder', ...r, driverId: 'drv-1', driverName: 'Li Wei', vehicle: '浙A-12345' },
    { type: 'RecordPickUp', ...r, by: 'drv-1' },
    { type: 'ReceiveGoods', ...r },
    {
      type: 'RecordQcSignature',
      ...r,
      inspectionId: randomUUID(),
      by: 'qc-1',
      signedAt: new Date().toISOString(),
    },
    { type: 'StockIn', ...r },
  ];
}
const STEPS = life(0).length;

async function main() {
  const db = await benchDatabase('rma');
  const runtime = await startRuntimeFromEnv(warehouseReturnsService, {
    DATABASE_URL: db.url,
    KAFKA_BROKERS: '',
  });
  const { rmas } = runtime.parts;
  const latencies: number[] = [];
  const walk = async (commands: RmaCommand[]) => {
    for (const command of commands) {
      const t = performance.now();
      const { events } = await rmas.execute(command);
      latencies.push(performance.now() - t);
      if (events.length === 0) throw new Error(`${command.type} changed nothing`);
    }
  };
  const meter = () => coresMeter({ process: () => cpuSeconds(process.pid), postgres: postgresCpuSeconds });
  try {
    for (let i = 0; i < 100; i++) await walk(life(i)); // warm-up of the same path

    // Saturation: IN_FLIGHT requests walking at once.
    latencies.length = 0;
    const loadBefore = load();
    const cores = meter();
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let i = next++; i < LIVES; i = next++) await walk(life(i));
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const saturation = {
      lives: LIVES,
      commandsPerSecond: Math.round((LIVES * STEPS) / seconds),
      p50Ms: +quantile(latencies, 0.5).toFixed(1),
      p99Ms: +quantile(latencies, 0.99).toFixed(1),
      cpuCoresUsed: cores(),
      load: loadBefore,
    };
    await runtime.projections.catchUp();

    // Offered: a new request every STEPS / rate seconds, each walking at its own pace.
    latencies.length = 0;
    const offeredLoad = load();
    const offeredCores = meter();
    const lives = Math.round((OFFERED_PER_SECOND * OFFERED_SECONDS) / STEPS);
    const every = (1000 * STEPS) / OFFERED_PER_SECOND;
    const offeredStart = performance.now();
    const walking: Promise<void>[] = [];
    for (let i = 0; i < lives; i++) {
      const due = offeredStart + i * every;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      walking.push(walk(life(LIVES + i)));
    }
    await Promise.all(walking);
    const offeredSeconds = (performance.now() - offeredStart) / 1000;
    const offered = {
      offeredPerSecond: OFFERED_PER_SECOND,
      commandsPerSecond: Math.round((lives * STEPS) / offeredSeconds),
      p50Ms: +quantile(latencies, 0.5).toFixed(1),
      p99Ms: +quantile(latencies, 0.99).toFixed(1),
      maxMs: +Math.max(...latencies).toFixed(1),
      cpuCoresUsed: offeredCores(),
      load: offeredLoad,
    };
    await runtime.projections.catchUp();
    const stockedIn = Number(
      (
        await runtime.pool.query(
          `SELECT count(*) FROM warehouse_returns.rma_list WHERE status = 'stocked-in'`,
        )
      ).rows[0].count,
    );

    console.table({
      saturation: {
        'commands/s': saturation.commandsPerSecond,
        'p50 ms': saturation.p50Ms,
        'p99 ms': saturation.p99Ms,
      },
      [`offered ${OFFERED_PER_SECOND}/s`]: {
        'commands/s': offered.commandsPerSecond,
        'p50 ms': offered.p50Ms,
        'p99 ms': offered.p99Ms,
      },
    });
    console.log(
      `stocked in (read model): ${stockedIn}; cores ${JSON.stringify({ saturation: saturation.cpuCoresUsed, offered: offered.cpuCoresUsed })}; load ${saturation.load} / ${offered.load}; after ${load()}`,
    );
    record('warehouseReturns', {
      stepsPerRequest: STEPS,
      inFlight: IN_FLIGHT,
      targets: { perSecond: 1_000, p99MsAt500: 50 },
      saturation,
      offered,
      stockedIn,
    });
  } finally {
    await runtime.stop();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
