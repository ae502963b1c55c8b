// HTTP registration throughput and latency of the intake service as its own process (issue 6).
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { signDevToken } from '@aftersales/platform';
import {
  benchDatabase,
  coresMeter,
  cpuSeconds,
  postgresCpuSeconds,
  quick,
  ROOT,
  record,
  rssMb,
  startService,
} from './bench-kit';
import { openLoop, type OpenLoopRequest } from './open-loop';

const BRANCHES = ['HZ', 'NB', 'SH', 'BJ', 'GZ', 'CD', 'WH', 'XA'];
const KINDS = [
  'quality-complaint',
  'non-quality-complaint',
  'repair-request',
  'consultation',
  'return-request',
];

/** Eight branches × every kind, each request with its branch clerk's real JWT. */
async function registrations() {
  const tokens = await Promise.all(
    BRANCHES.map((b) =>
      signDevToken({ sub: `clerk-${b}`, name: b, roles: ['intake-clerk'], branches: [b] }, { ttl: '2h' }),
    ),
  );
  const requests = BRANCHES.flatMap((branch, i) =>
    KINDS.map((kind, k) => ({
      method: 'POST' as const,
      path: '/intake/cases',
      headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        branch,
        channel: 'hotline',
        kind,
        severity: k % 7 === 0 ? 'major' : 'general',
        customer: {
          customerId: `cust-${branch}-${k}`,
          name: '客户',
          phone: '13800000000',
          address: '地址',
        },
        product: { model: `M-${k}`, serialNumber: `SN-${i}-${k}` },
        problem: { description: '客户描述的问题', symptomCode: `S${k}` },
      }),
    })),
  );
  return { tokens, requests };
}

type Service = Awaited<ReturnType<typeof startService>>;
type Requests = NonNullable<Parameters<typeof autocannon>[0]['requests']>;

/** Registrations at 32 connections after a warm-up: req/s, latency, CPU cores, resident memory. */
async function measureRegistration(service: Service, requests: Requests, label: string) {
  const restMb = rssMb(service.child.pid!);
  // Warm-up: JIT, pools, caches.
  await autocannon({ url: service.url, connections: 8, duration: 3, requests });
  const meter = serviceCores(service);
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(service.child.pid!))), 250);
  const result = await autocannon({
    url: service.url,
    connections: 32,
    pipelining: 1,
    duration: quick ? 8 : 30,
    requests,
  });
  clearInterval(sampler);
  const cpuShare = meter();
  const figures = {
    cpuCoresUsed: cpuShare,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    connections: 32,
    rssMb: { atRest: restMb, underLoadPeak: peakMb },
  };
  console.table({
    [label]: {
      'req/s': figures.requestsPerSecond,
      'p50 ms': figures.latencyMs.p50,
      'p99 ms': figures.latencyMs.p99,
      non2xx: figures.non2xx,
      'RSS rest MB': restMb,
      'RSS peak MB': peakMb,
      'service cores': cpuShare.service,
      'postgres cores': cpuShare.postgres,
    },
  });
  return figures;
}

/**
 * The issue's target is a rate held with a latency bound, so registrations are also offered at
 * fixed rates (open loop, 64 keep-alive connections as a proxy would hold): each latency counts
 * from the moment its request was due, so a stall is charged to every request it held back.
 */
async function measureAtRates(service: Service, requests: readonly OpenLoopRequest[], dbUrl: string) {
  const rows: Record<string, unknown> = {};
  const figures = [];
  for (const { rate, round } of offeredRuns()) {
    // Each rate starts from a service at rest: the read models caught up with what came before.
    const waited = await caughtUp(dbUrl);
    if (waited >= 1) console.log(`read models caught up ${waited.toFixed(1)} s after the previous run`);
    let peakMb = 0;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(service.child.pid!))), 250);
    const meter = serviceCores(service);
    const scrapedBefore = await scrapeService(service.url);
    const result = await openLoop({ url: service.url, rate, seconds: quick ? 6 : 20, requests });
    clearInterval(sampler);
    const cores = meter();
    const seen = serviceFigures(scrapedBefore, await scrapeService(service.url), quick ? 6 : 20);
    figures.push({ ...result, round, rssPeakMb: peakMb, cpuCoresUsed: cores, seenByService: seen });
    rows[runLabel(rate, round)] = {
      ...latencyColumns(result),
      'RSS peak MB': peakMb,
      'service cores': cores.service,
      'postgres cores': cores.postgres,
      'service µs/req': microsPerRequest(cores.service, result.completedPerSecond),
      'postgres µs/req': microsPerRequest(cores.postgres, result.completedPerSecond),
      'commits/s': seen.perSecond,
      'events/commit': seen.eventsPerCommit,
      'commit p50 ≤ ms': seen.p50Ms,
      'commit p99 ≤ ms': seen.p99Ms,
      'append p50 / p99 ≤ ms': `${seen.appendP50Ms} / ${seen.appendP99Ms}`,
      'served p99 ≤ ms': seen.servedP99Ms,
      'loop delay p99 / max ms': `${seen.loopDelayMs.p99} / ${seen.loopDelayMs.max}`,
      'generator delay p99 / max ms': `${result.generatorDelayMs.p99} / ${result.generatorDelayMs.max}`,
    };
  }
  console.table(rows);
  summariseRounds(figures);
  return figures;
}

/**
 * The offered rates (`BENCH_RATES`), swept `BENCH_REPEAT` times (default once): on this VM a
 * single run can fall into a slow minute, so decisions take the median of several sweeps.
 */
/** The service's and PostgreSQL's cores from now on. */
function serviceCores(service: Service) {
  return coresMeter({ service: () => cpuSeconds(service.child.pid!), postgres: postgresCpuSeconds });
}

/** What the service's /metrics shows now: group commits (all paths together), appends, registrations, its event loop. */
async function scrapeService(url: string) {
  const text = await (await fetch(`${url}/intake/metrics`)).text();
  const events = Number(/^eventstore_flush_events_sum\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);
  // prom-client's event-loop delay, reset at every scrape (so: since the one before). It times a
  // 10-ms timer; what it took beyond those 10 ms is what the loop was held up.
  const loop = (q: string) => {
    const seconds = Number(
      new RegExp(`^nodejs_eventloop_lag_${q}_seconds(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)?.[1],
    );
    return Math.max(0, Math.round(seconds * 1000 - 10));
  };
  return {
    buckets: histogram(text, 'eventstore_flush_seconds'),
    events,
    appends: histogram(text, 'eventstore_append_seconds'),
    // Registrations as the service timed them (from reading the request to the response's end).
    served: histogram(text, 'http_request_duration_seconds', ['method="POST"', 'route="/intake/cases"']),
    loopDelayMs: { p99: loop('p99'), max: loop('max') },
  };
}

/** A histogram's cumulative bucket counts by upper bound, summed over the series carrying every given label. */
function histogram(text: string, name: string, labels: readonly string[] = []): Map<number, number> {
  const buckets = new Map<number, number>();
  for (const [, series, count] of text.matchAll(new RegExp(`^${name}_bucket\\{([^}]*)\\} (\\d+)`, 'gm'))) {
    if (!labels.every((label) => series.includes(label))) continue;
    const le = /le="([^"]+)"/.exec(series)![1];
    const bound = le === '+Inf' ? Infinity : Number(le);
    buckets.set(bound, (buckets.get(bound) ?? 0) + Number(count));
  }
  return buckets;
}

/**
 * A run as the service saw it, from two scrapes: group commits (per second, events in each, the
 * histogram buckets holding their p50 and p99: upper bounds, as Prometheus would estimate them),
 * appends' waits for the log, registrations' own duration and the event loop's delay.
 */
function serviceFigures(
  before: Awaited<ReturnType<typeof scrapeService>>,
  after: Awaited<ReturnType<typeof scrapeService>>,
  seconds: number,
) {
  const total = (after.buckets.get(Infinity) ?? 0) - (before.buckets.get(Infinity) ?? 0);
  const quantile = (q: number) => bucketQuantile(before.buckets, after.buckets, q);
  return {
    perSecond: Math.round(total / seconds),
    eventsPerCommit: total > 0 ? +((after.events - before.events) / total).toFixed(1) : 0,
    p50Ms: quantile(0.5) * 1000,
    p99Ms: quantile(0.99) * 1000,
    loopDelayMs: after.loopDelayMs,
    appendP50Ms: bucketQuantile(before.appends, after.appends, 0.5) * 1000,
    appendP99Ms: bucketQuantile(before.appends, after.appends, 0.99) * 1000,
    servedP99Ms: bucketQuantile(before.served, after.served, 0.99) * 1000,
  };
}

/** The upper bound of the histogram bucket holding quantile q of what was observed between two scrapes. */
function bucketQuantile(before: Map<number, number>, after: Map<number, number>, q: number): number {
  const les = [...after.keys()].sort((a, b) => a - b);
  const count = (le: number) => (after.get(le) ?? 0) - (before.get(le) ?? 0);
  return les.find((le) => count(le) >= q * count(Infinity)) ?? Infinity;
}

/** The columns every open-loop row shows first: what was done, how long it took, what failed. */
function latencyColumns(result: Awaited<ReturnType<typeof openLoop>>) {
  return {
    'done/s': result.completedPerSecond,
    'p50 ms': result.latencyMs.p50,
    'p90 ms': result.latencyMs.p90,
    'p99 ms': result.latencyMs.p99,
    'max ms': result.latencyMs.max,
    'non2xx+errors': result.non2xx + result.errors + result.unanswered,
  };
}

function microsPerRequest(cores: number, perSecond: number): number {
  return Math.round((cores * 1e6) / perSecond);
}

function offeredRuns(): Array<{ rate: number; round: number }> {
  const rates = (process.env.BENCH_RATES ?? '500,1000,1500,2000').split(',').map(Number);
  const rounds = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
  return Array.from({ length: rounds }, (_, round) =>
    rates.map((rate) => ({ rate, round: round + 1 })),
  ).flat();
}

function runLabel(rate: number, round: number): string {
  return Number(process.env.BENCH_REPEAT ?? 1) > 1
    ? `offered ${rate}/s, round ${round}`
    : `offered ${rate}/s`;
}

/** Median and range of p50 and p99 per rate, when the rates were swept more than once. */
function summariseRounds(
  figures: ReadonlyArray<
    { offeredPerSecond: number; round: number } & Pick<Awaited<ReturnType<typeof openLoop>>, 'latencyMs'>
  >,
  label = '',
) {
  if (!figures.some((f) => f.round > 1)) return;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rows: Record<string, unknown> = {};
  for (const rate of new Set(figures.map((f) => f.offeredPerSecond))) {
    const runs = figures.filter((f) => f.offeredPerSecond === rate);
    const p50 = runs.map((f) => f.latencyMs.p50);
    const p99 = runs.map((f) => f.latencyMs.p99);
    rows[`offered ${rate}/s, ${runs.length} rounds${label}`] = {
      'p50 median': +median(p50).toFixed(1),
      'p99 median': +median(p99).toFixed(1),
      'p99 min': Math.min(...p99),
      'p99 max': Math.max(...p99),
    };
  }
  console.table(rows);
}

const FLOOR_SERVERS = {
  noop: 'node:http, answers at once',
  commit: 'node:http + group commit',
  'nest-commit': 'NestJS/Fastify + group commit',
} as const;
type FloorServer = keyof typeof FLOOR_SERVERS;

/**
 * What the machine allows any registration service, measured with the same generator, rates and
 * requests (`floor-server.ts`): a node:http server that answers 201 and does nothing else (what
 * the machine and the generator add to every latency); the same server answering once the body
 * is durably in PostgreSQL by group commit, as the event log does; and that commit behind NestJS
 * on Fastify, the framework the services run on. Everything a registration does beyond these
 * (JWT, validation, case number, AUD-3/AUD-4, read models) comes on top.
 */
async function measureFloors(requests: readonly OpenLoopRequest[], dbUrl: string) {
  const rows: Record<string, unknown> = {};
  const servers: Partial<Record<FloorServer, unknown[]>> = {};
  for (const kind of Object.keys(FLOOR_SERVERS) as FloorServer[]) {
    const server = spawn(
      process.execPath,
      ['-r', '@swc-node/register', path.join(__dirname, 'floor-server.ts'), kind, dbUrl],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, FLOOR_SPIN_US: process.env.BENCH_FLOOR_SPIN_US ?? '0' },
      },
    );
    const kill = () => server.kill('SIGKILL');
    process.once('exit', kill);
    try {
      // Printed once it listens.
      const port = Number(
        await new Promise<string>((resolve, reject) => {
          server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
          server.once('exit', () => reject(new Error(`floor server ${kind} exited`)));
        }),
      );
      const url = `http://127.0.0.1:${port}`;
      await openLoop({ url, rate: 500, seconds: 3, requests }); // warm-up
      const spin = kind !== 'noop' && Number(process.env.BENCH_FLOOR_SPIN_US ?? 0);
      const label = `, ${FLOOR_SERVERS[kind]}${spin ? ` + ${spin} µs CPU` : ''}`;
      const figures = [];
      // Quick runs: the durable floors at the highest rate only (the one the target names).
      const top = Math.max(...offeredRuns().map((r) => r.rate));
      const runs = offeredRuns().filter((r) => !quick || kind === 'noop' || r.rate === top);
      for (const { rate, round } of runs) {
        const meter = coresMeter({ server: () => cpuSeconds(server.pid!), postgres: postgresCpuSeconds });
        const result = await openLoop({ url, rate, seconds: quick ? 6 : 20, requests });
        const cores = meter();
        figures.push({ ...result, round, serverCores: cores.server, postgresCores: cores.postgres });
        rows[`${runLabel(rate, round)}${label}`] = {
          ...latencyColumns(result),
          'server µs/req': microsPerRequest(cores.server, result.completedPerSecond),
          'postgres µs/req': microsPerRequest(cores.postgres, result.completedPerSecond),
          'generator delay p99 / max ms': `${result.generatorDelayMs.p99} / ${result.generatorDelayMs.max}`,
        };
      }
      servers[kind] = figures;
      summariseRounds(figures, label);
    } finally {
      kill();
      process.off('exit', kill);
    }
  }
  console.table(rows);
  return servers;
}

/**
 * Waits until the projections' checkpoints have stood still for a second (at most a minute):
 * after a saturating run they are still working through its events, and that work would be
 * charged to the next measurement.
 */
async function caughtUp(dbUrl: string): Promise<number> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const start = Date.now();
    const deadline = start + 60_000;
    let last = '';
    let stillSince = Date.now();
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ at: string | null }>(
        `SELECT string_agg(name || ':' || position, ',' ORDER BY name) AS at FROM intake.projection_checkpoint`,
      );
      const at = rows[0].at ?? '';
      if (at !== last) [last, stillSince] = [at, Date.now()];
      else if (Date.now() - stillSince >= 1_000) return (stillSince - start) / 1000;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('projections did not catch up within a minute');
  } finally {
    await client.end();
  }
}

async function measureService() {
  const db = await benchDatabase('intake');
  const service = await startService('intake', {
    DATABASE_URL: db.url,
    BRANCH_TIME_ZONES: BRANCHES.map((b) => `${b}=Asia/Shanghai`).join(','),
  });
  try {
    const { tokens, requests } = await registrations();
    const figures = await measureRegistration(service, requests, 'intake POST /cases');
    record('intakeHttpRegistration', figures);
    record('intakeHttpRegistrationAtRates', {
      connections: 64,
      rates: await measureAtRates(service, requests, db.url),
    });

    // A realistic mix: each connection walks cases through their life (register, review,
    // respond, resolve, close), every kind and severity, eight branches.
    const flows = BRANCHES.map((_branch, i) => {
      const auth = { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' };
      const step = (suffix: string, body: unknown) => ({
        method: 'POST' as const,
        headers: auth,
        body: JSON.stringify(body),
        setupRequest: (req: { path?: string }, ctx: Record<string, unknown>) => ({
          ...req,
          path: `/intake/cases/${String(ctx.caseId)}/${suffix}`,
        }),
      });
      return [
        {
          ...requests[i * KINDS.length],
          onResponse: (status: number, body: string, ctx: Record<string, unknown>) => {
            if (status === 201) ctx.caseId = JSON.parse(body).caseId;
          },
        },
        step('review', { founded: true, remedy: 'repair' }),
        step('responses', { response: '已安排工程师' }),
        step('resolution', { outcome: '已修复' }),
        step('closure', {
          outcome: '客户确认',
          confirmation: { signedBy: '客户', signedAt: new Date().toISOString(), method: 'e-signature' },
        }),
      ];
    });
    // BENCH_SKIP_MIX=1: registration only.
    if (!process.env.BENCH_SKIP_MIX) {
      await caughtUp(db.url);
      const mixResults = [];
      for (const flow of flows.slice(0, 4)) {
        mixResults.push(
          autocannon({ url: service.url, connections: 8, duration: quick ? 8 : 30, requests: flow }),
        );
      }
      const mixes = await Promise.all(mixResults);
      const mix = {
        commandsPerSecond: Math.round(mixes.reduce((sum, r) => sum + r.requests.average, 0)),
        latencyMsP99Worst: Math.max(...mixes.map((r) => r.latency.p99)),
        latencyMsP50: Math.round(mixes.reduce((sum, r) => sum + r.latency.p50, 0) / mixes.length),
        non2xx: mixes.reduce((sum, r) => sum + r.non2xx, 0),
        total: mixes.reduce((sum, r) => sum + r.requests.total, 0),
      };
      console.table({ 'intake case-life mix (5 commands)': mix });
      record('intakeHttpMix', mix);
    }
  } finally {
    await service.stop();
    if (process.env.BENCH_KEEP_DB) console.log(`kept database ${db.url}`);
    else await db.drop();
  }
}

/** With the service stopped, so that nothing of it runs beside the floors. */
async function measureFloorsOnOwnDatabase() {
  const floorDb = await benchDatabase('intake_floor');
  try {
    const { requests } = await registrations();
    record('intakeHttpFloor', {
      connections: 64,
      spinMicrosPerRequest: Number(process.env.BENCH_FLOOR_SPIN_US ?? 0),
      servers: await measureFloors(requests, floorDb.url),
    });
  } finally {
    await floorDb.drop();
  }
}

/** As deployed: the same service also relaying its public events to the real Kafka. */
async function measureRelaying() {
  const relayed = await benchDatabase('intake_relay');
  const withRelay = await startService('intake', {
    DATABASE_URL: relayed.url,
    BRANCH_TIME_ZONES: BRANCHES.map((b) => `${b}=Asia/Shanghai`).join(','),
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  });
  try {
    const { requests } = await registrations();
    record(
      'intakeHttpRegistrationWithRelay',
      await measureRegistration(withRelay, requests, 'intake POST /cases, relaying to Kafka'),
    );
  } finally {
    await withRelay.stop();
    await relayed.drop();
  }
}

async function main() {
  // BENCH_FLOORS_ONLY=1: the floors alone (e.g. a sweep of BENCH_FLOOR_SPIN_US).
  if (!process.env.BENCH_FLOORS_ONLY) await measureService();
  await measureFloorsOnOwnDatabase();
  if (!process.env.BENCH_FLOORS_ONLY) await measureRelaying();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
