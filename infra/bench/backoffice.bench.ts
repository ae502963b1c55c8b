// The back office as it runs: intake and dispatch as their own processes (compiled), talking
// through the real Kafka, on the real PostgreSQL, driven over HTTP with JWTs by a mix of case
// lives across eight branches. Measures commands/s and latency per service, the end-to-end time
// from intake's acceptance to dispatch's read model (at a fixed offered load and at saturation),
// memory and CPU of each process.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { signDevToken } from '@aftersales/platform';
import { deriveEventId } from '@aftersales/messaging';
import {
  benchDatabase,
  cpuSeconds,
  postgresCpuSeconds,
  quick,
  record,
  rssMb,
  startService,
} from './bench-kit';

const BRANCHES = ['HZ', 'NB', 'SH', 'BJ', 'GZ', 'CD', 'WH', 'XA'];
const ENGINEERS_PER_BRANCH = 6;
const MODELS = ['KYN28-12', 'ZW32-12', 'VS1-12'];
const SYMPTOMS = ['TRIP', 'NO-CLOSE', 'LEAK', 'OVERHEAT', 'NOISE', 'ARC', 'CORROSION', 'DISPLAY'];
const FIXED_RATE = 40; // accepted repair cases per second offered in the fixed-load phase
const FIXED_SECONDS = quick ? 8 : 30;
const SATURATION_SECONDS = quick ? 15 : 60;
const WORKERS = 32;

type Service = 'intake' | 'dispatch';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

function call(base: string, method: string, path: string, token: string, body?: unknown): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Latencies and outcomes of one service's commands. */
class Tally {
  readonly ms: number[] = [];
  errors = 0;
  readonly failures = new Map<string, number>();
  record(ms: number, reply: Reply, what: string): void {
    this.ms.push(ms);
    if (reply.status >= 300) {
      this.errors++;
      const key = `${what} ${reply.status}`;
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    }
  }
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/** Watches dispatch's read model for visits to appear; one query per tick for all awaited visits. */
class VisitWatcher {
  private readonly waiting = new Map<string, { since: number; resolve: (ms: number) => void }>();
  private timer?: NodeJS.Timeout;
  constructor(private readonly pool: Pool) {}

  start(): void {
    const tick = async () => {
      if (this.waiting.size) {
        const ids = [...this.waiting.keys()];
        const { rows } = await this.pool.query<{ visit_id: string }>(
          `SELECT visit_id FROM dispatch.visit_list WHERE visit_id = ANY($1)`,
          [ids],
        );
        const now = performance.now();
        for (const { visit_id } of rows) {
          const w = this.waiting.get(visit_id);
          this.waiting.delete(visit_id);
          w?.resolve(now - w.since);
        }
      }
      this.timer = setTimeout(() => void tick().catch((e) => console.error(e)), 5);
    };
    void tick();
  }

  /** Milliseconds from `since` until the visit is in the read model. */
  wait(visitId: string, since: number, timeoutMs = 60_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        this.waiting.delete(visitId);
        reject(new Error(`visit ${visitId} did not open within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(visitId, {
        since,
        resolve: (ms) => {
          clearTimeout(timeout);
          resolve(ms);
        },
      });
    });
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

/** CPU seconds of the Kafka broker (the java process listening for us), 0 when not found. */
function kafkaCpuSeconds(): number {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.startsWith('java') && cmd.includes('kafka')) return cpuSeconds(Number(pid));
    } catch {
      /* gone */
    }
  }
  return 0;
}

async function main() {
  const db = await benchDatabase('backoffice');
  const run = randomBytes(3).toString('hex');
  const topics = { intake: `bench.${run}.intake.events`, dispatch: `bench.${run}.dispatch.events` };
  const common = {
    DATABASE_URL: db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    INTAKE_EVENTS_TOPIC: topics.intake,
    DISPATCH_EVENTS_TOPIC: topics.dispatch,
    KAFKA_PARTITIONS: '6',
  };
  const intake = await startService('intake', {
    ...common,
    DOWNSTREAM_TOPICS: topics.dispatch,
    DOWNSTREAM_CONSUMER_GROUP: `bench.${run}.intake`,
    BRANCH_TIME_ZONES: BRANCHES.map((b) => `${b}=Asia/Shanghai`).join(','),
  });
  const dispatch = await startService('dispatch', {
    ...common,
    DISPATCH_BRANCHES: BRANCHES.join(','),
    DISPATCH_CONSUMER_GROUP: `bench.${run}.dispatch`,
  });
  const pids = { intake: intake.child.pid!, dispatch: dispatch.child.pid! };
  const pool = new Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => undefined);
  const watcher = new VisitWatcher(pool);
  try {
    const clerks = await Promise.all(
      BRANCHES.map((b) =>
        signDevToken({ sub: `clerk-${b}`, name: b, roles: ['intake-clerk'], branches: [b] }, { ttl: '2h' }),
      ),
    );
    const dispatchers = await Promise.all(
      BRANCHES.map((b) =>
        signDevToken({ sub: `disp-${b}`, name: b, roles: ['dispatcher'], branches: [b] }, { ttl: '2h' }),
      ),
    );
    const engineers = await Promise.all(
      BRANCHES.flatMap((b) =>
        Array.from({ length: ENGINEERS_PER_BRANCH }, (_, n) =>
          signDevToken(
            { sub: `eng-${b}-${n}`, name: `eng-${b}-${n}`, roles: ['engineer'], branches: [b] },
            { ttl: '2h' },
          ),
        ),
      ),
    );
    for (const [i, branch] of BRANCHES.entries()) {
      for (let n = 0; n < ENGINEERS_PER_BRANCH; n++) {
        const res = await call(dispatch.url, 'POST', '/dispatch/engineers', dispatchers[i], {
          engineerId: `eng-${branch}-${n}`,
          branch,
          home: n === 0 ? 'head-office' : 'branch',
          skills: MODELS,
          baseZone: n % 2 ? 'city' : 'suburbs',
        });
        if (res.status !== 201)
          throw new Error(`engineer not registered: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    const rest = { intake: rssMb(pids.intake), dispatch: rssMb(pids.dispatch) };
    watcher.start();

    let seq = 0;
    const tallies = { intake: new Tally(), dispatch: new Tally() };
    const timed = async (service: Service, what: string, send: () => Promise<Reply>): Promise<Reply> => {
      const t = performance.now();
      const reply = await send();
      tallies[service].record(performance.now() - t, reply, what);
      return reply;
    };
    const intakeCall = (what: string, branch: number, path: string, body?: unknown) =>
      timed('intake', what, () => call(intake.url, 'POST', `/intake${path}`, clerks[branch], body));
    const dispatchCall = (what: string, token: string, path: string, body?: unknown) =>
      timed('dispatch', what, () => call(dispatch.url, 'POST', `/dispatch${path}`, token, body));

    const register = async (branch: number, kind: string, severity: string) => {
      const n = ++seq;
      const reply = await intakeCall('register', branch, '/cases', {
        branch: BRANCHES[branch],
        channel: n % 3 ? 'hotline' : 'online',
        kind,
        severity,
        customer: { customerId: `cust-${n % 5000}`, name: '客户', phone: '13800000000', address: '地址' },
        product: { model: MODELS[n % MODELS.length], serialNumber: `SN-${run}-${n}` },
        problem: { description: '合闸后立即跳闸', symptomCode: SYMPTOMS[n % SYMPTOMS.length] },
      });
      if (reply.status !== 201) throw new Error(`register: ${reply.status} ${JSON.stringify(reply.body)}`);
      return String(reply.body.caseId);
    };

    /** Register and accept a case needing on-site work; resolves with the ms until dispatch shows its visit. */
    const acceptRepair = async (branch: number, n: number) => {
      const repairRequest = n % 2 === 0;
      const caseId = await register(
        branch,
        repairRequest ? 'repair-request' : 'quality-complaint',
        n % 10 === 0 ? 'major' : 'general',
      );
      const reviewed = await intakeCall(
        'review',
        branch,
        `/cases/${caseId}/review`,
        repairRequest ? { founded: true } : { founded: true, remedy: 'repair' },
      );
      if (reviewed.status !== 200)
        throw new Error(`review: ${reviewed.status} ${JSON.stringify(reviewed.body)}`);
      const visitId = deriveEventId(caseId, 'dispatch.visit');
      const e2eMs = await watcher.wait(visitId, performance.now());
      return { caseId, visitId, e2eMs };
    };

    /** Offers accepted repairs at a fixed rate; the end-to-end latency of each. */
    const offer = async (rate: number, seconds: number): Promise<number[]> => {
      const e2e: number[] = [];
      const started = performance.now();
      const inFlight: Promise<void>[] = [];
      let failed = false;
      for (let i = 0; performance.now() - started < seconds * 1000 && !failed; i++) {
        const wait = started + (i * 1000) / rate - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const one = acceptRepair(i % BRANCHES.length, i).then((r) => void e2e.push(r.e2eMs));
        // Stop offering at the first failure instead of piling up unhandled ones.
        one.catch(() => (failed = true));
        inFlight.push(one);
      }
      await Promise.all(inFlight);
      return e2e;
    };
    const cpuNow = () => ({
      intake: cpuSeconds(pids.intake),
      dispatch: cpuSeconds(pids.dispatch),
      postgres: postgresCpuSeconds(),
      kafka: kafkaCpuSeconds(),
      at: performance.now(),
    });
    const coresSince = (before: ReturnType<typeof cpuNow>) => {
      const now = cpuNow();
      const wall = (now.at - before.at) / 1000;
      const share = (k: 'intake' | 'dispatch' | 'postgres' | 'kafka') =>
        +((now[k] - before[k]) / wall).toFixed(2);
      return {
        intake: share('intake'),
        dispatch: share('dispatch'),
        postgres: share('postgres'),
        kafka: share('kafka'),
      };
    };

    // Warm-up (JIT, pools, caches), then a fixed offered load: end-to-end latency without saturation.
    await offer(FIXED_RATE / 2, quick ? 4 : 10);
    const fixedCpu = cpuNow();
    const fixedE2e = await offer(FIXED_RATE, FIXED_SECONDS);
    const fixed = {
      offeredAcceptancesPerSecond: FIXED_RATE,
      seconds: FIXED_SECONDS,
      cases: fixedE2e.length,
      acceptanceToDispatchReadModelMs: percentiles(fixedE2e),
      cpuCores: coresSince(fixedCpu),
    };
    console.table({
      'fixed load: intake acceptance → dispatch read model (ms)': fixed.acceptanceToDispatchReadModelMs,
    });
    console.table({ 'fixed load: CPU cores': fixed.cpuCores });
    tallies.intake.ms.length = 0;
    tallies.dispatch.ms.length = 0;

    // Phase 2: saturation. Each worker walks case lives: 6 in 10 repairs across both services
    // (register, review → visit opens via Kafka → assign, depart, arrive, findings, work done,
    // labour, complete, then intake's response), the rest intake-only lives of every kind.
    const satE2e: number[] = [];
    let cases = 0;
    let stopAt = 0;
    const cpu0 = {
      intake: cpuSeconds(pids.intake),
      dispatch: cpuSeconds(pids.dispatch),
      postgres: postgresCpuSeconds(),
      kafka: kafkaCpuSeconds(),
      bench: process.cpuUsage(),
      at: performance.now(),
    };
    const peak = { intake: 0, dispatch: 0 };
    const sampler = setInterval(() => {
      peak.intake = Math.max(peak.intake, rssMb(pids.intake));
      peak.dispatch = Math.max(peak.dispatch, rssMb(pids.dispatch));
    }, 250);
    const signature = () => ({ signedBy: '客户', signedAt: new Date().toISOString(), method: 'e-signature' });
    const worker = async (w: number) => {
      for (let n = w; performance.now() < stopAt; n += WORKERS) {
        const branch = n % BRANCHES.length;
        if (n % 10 < 6) {
          const { caseId, visitId, e2eMs } = await acceptRepair(branch, n);
          satE2e.push(e2eMs);
          const engineerNo = (n >> 3) % ENGINEERS_PER_BRANCH;
          const engineerId = `eng-${BRANCHES[branch]}-${engineerNo}`;
          const eng = engineers[branch * ENGINEERS_PER_BRANCH + engineerNo];
          const visit = (what: string, token: string, path: string, body?: unknown) =>
            dispatchCall(what, token, `/visits/${visitId}${path}`, body);
          await visit('assign', dispatchers[branch], '/assignment', { engineerId });
          await visit('depart', eng, '/departure');
          await visit('arrive', eng, '/arrival');
          await visit('findings', eng, '/findings', { findings: '操作机构卡滞' });
          await visit('work-done', eng, '/work-done', { workDone: '更换操作机构' });
          await visit('labour', eng, '/labour', { workKind: 'on-site-repair', minutes: 45 });
          await visit('complete', eng, '/completion', {
            voucherNo: `V-${n}`,
            firstTimeFix: true,
            signature: signature(),
          });
          await intakeCall('respond', branch, `/cases/${caseId}/responses`, { response: '已上门修复' });
        } else {
          const kind = ['consultation', 'non-quality-complaint', 'return-request', 'quality-complaint'][
            n % 4
          ];
          const caseId = await register(branch, kind, 'general');
          await intakeCall('review', branch, `/cases/${caseId}/review`, {
            founded: true,
            ...(kind === 'quality-complaint' ? { remedy: 'exchange' } : {}),
          });
          await intakeCall('respond', branch, `/cases/${caseId}/responses`, { response: '已答复客户' });
          await intakeCall('resolve', branch, `/cases/${caseId}/resolution`, { outcome: '已处理' });
          await intakeCall('close', branch, `/cases/${caseId}/closure`, {
            outcome: '客户确认',
            confirmation: signature(),
          });
        }
        cases++;
      }
    };
    stopAt = performance.now() + SATURATION_SECONDS * 1000;
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    clearInterval(sampler);
    const wall = (performance.now() - cpu0.at) / 1000;
    const benchCpu = process.cpuUsage(cpu0.bench);
    const cores = (now: number, before: number) => +((now - before) / wall).toFixed(2);
    const perService = (s: Service) => ({
      commandsPerSecond: Math.round(tallies[s].ms.length / wall),
      commands: tallies[s].ms.length,
      non2xx: tallies[s].errors,
      ...(tallies[s].failures.size ? { failures: Object.fromEntries(tallies[s].failures) } : {}),
      latencyMs: percentiles(tallies[s].ms),
      rssMb: { atRest: rest[s], underLoadPeak: peak[s] },
      cpuCores: cores(cpuSeconds(pids[s]), cpu0[s]),
    });
    const saturation = {
      workers: WORKERS,
      seconds: Math.round(wall),
      caseLives: cases,
      commandsPerSecondTotal: Math.round((tallies.intake.ms.length + tallies.dispatch.ms.length) / wall),
      intake: perService('intake'),
      dispatch: perService('dispatch'),
      acceptanceToDispatchReadModelMs: percentiles(satE2e),
      cpuCores: {
        postgres: cores(postgresCpuSeconds(), cpu0.postgres),
        kafka: cores(kafkaCpuSeconds(), cpu0.kafka),
        benchDriver: +((benchCpu.user + benchCpu.system) / 1e6 / wall).toFixed(2),
      },
    };
    const row = (s: Service) => ({
      'cmd/s': saturation[s].commandsPerSecond,
      'p50 ms': saturation[s].latencyMs.p50,
      'p95 ms': saturation[s].latencyMs.p95,
      'p99 ms': saturation[s].latencyMs.p99,
      non2xx: saturation[s].non2xx,
      'RSS rest MB': saturation[s].rssMb.atRest,
      'RSS peak MB': saturation[s].rssMb.underLoadPeak,
      cores: saturation[s].cpuCores,
    });
    console.table({ intake: row('intake'), dispatch: row('dispatch') });
    console.table({
      saturation: {
        'total cmd/s': saturation.commandsPerSecondTotal,
        'case lives': cases,
        'e2e p50 ms': saturation.acceptanceToDispatchReadModelMs.p50,
        'e2e p99 ms': saturation.acceptanceToDispatchReadModelMs.p99,
        'postgres cores': saturation.cpuCores.postgres,
        'kafka cores': saturation.cpuCores.kafka,
        'driver cores': saturation.cpuCores.benchDriver,
      },
    });
    for (const s of ['intake', 'dispatch'] as const) {
      if (tallies[s].failures.size) console.warn(`${s} refusals:`, Object.fromEntries(tallies[s].failures));
    }
    record('backoffice', { fixedLoad: fixed, saturation });
  } finally {
    watcher.stop();
    await pool.end();
    await intake.stop();
    await dispatch.stop();
    agent.destroy();
    if (process.env.BENCH_KEEP_DB) console.log(`kept database ${db.url}`);
    else await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
