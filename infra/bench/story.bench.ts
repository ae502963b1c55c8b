// The six-service back office (issue 27): the six services as their own compiled processes on
// the real Kafka and PostgreSQL, each on a database of its own, playing complete case lives (the
// story driver's seven steps, ~45 HTTP commands and the waits between services).
//  1. saturation: WORKERS lives at a time for SATURATION_SECONDS; complete lives per second.
//  2. half that rate offered open-loop: the time from an attribution being signed (QC's answer)
//     to finance's allocation of the case's approved repair being queryable, p50/p99.
// CPU per process (six services, PostgreSQL, the Kafka broker) and the machine's load are
// printed with the figures. Targets: ≥ 20 lives/s, attribution → allocation p99 ≤ 1 s.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { startBackOffice, type BackOffice } from '../e2e/back-office-processes';
import { loadEngineers, registerProducts, storyCase } from '../story/organisation';
import { cast, playStory, type StoryCase } from '../story/story';
import { StoryClient, STORY_SERVICES, waitFor } from '../story/story-client';
import { coresMeter, cpuSeconds, postgresCpuSeconds, quick, record } from './bench-kit';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';

const WORKERS = Number(process.env.BENCH_STORY_WORKERS ?? 24);
const SATURATION_SECONDS = quick ? 20 : 60;
const HALF_LOAD_SECONDS = quick ? 20 : 60;
const ENGINEERS = 8;
const TAG = `B${Date.now().toString(36).toUpperCase()}`;

/** The Kafka broker's pid on this machine, if it runs here. */
function kafkaPid(): number | undefined {
  try {
    const out = execFileSync('pgrep', ['-f', 'kafka.Kafka'], { encoding: 'utf8' }).trim().split('\n')[0];
    return out ? Number(out) : undefined;
  } catch {
    return undefined;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

let serial = 0;
function nextCase(): StoryCase {
  const n = ++serial;
  return { ...storyCase(n, 'HZ', TAG), engineerId: `eng-hz-${(n % ENGINEERS) + 1}` };
}

/** Registers the serials of `count` lives ahead of them, in batches. */
async function prepare(office: BackOffice, count: number): Promise<StoryCase[]> {
  const cases = Array.from({ length: count }, nextCase);
  for (let i = 0; i < cases.length; i += 500) await registerProducts(office.urls, cases.slice(i, i + 500));
  return cases;
}

/** One life that also times attribution → allocation: its repair is approved before QC attributes. */
async function timedLife(office: BackOffice, c: StoryCase, latencies: number[]): Promise<void> {
  const http = new StoryClient(office.urls);
  const finance = cast(c.branch, c).finance;
  await playStory(office.urls, c, {
    waitMs: 60_000,
    pollMs: 100,
    between: async (stage, r) => {
      if (stage === 'taken-back') {
        // FIN-1: the visit's costs approved, so the attribution allocates the repair at once (FIN-3).
        const costs = await waitFor(
          async () => {
            const m = await http.call('finance', 'GET', `/cases/${r.caseId}/money`, finance);
            return (
              m.status === 200 && m.body.costs.length >= 2 && (m.body.costs as Array<{ costId: string }>)
            );
          },
          'the visit costs in finance',
          60_000,
          100,
        );
        for (const k of costs)
          await http.must('finance', 'POST', `/cases/${r.caseId}/costs/${k.costId}/approve`, finance);
      }
      if (stage === 'attributed') {
        const signed = performance.now();
        await waitFor(
          async () => {
            const m = await http.call('finance', 'GET', `/cases/${r.caseId}/money`, finance);
            return (
              m.status === 200 &&
              (m.body.entries as Array<{ cause: { kind: string } }>).some(
                (e) => e.cause.kind === 'allocation',
              )
            );
          },
          'the allocation in finance',
          60_000,
          10,
        );
        latencies.push(performance.now() - signed);
      }
    },
  });
}

async function main() {
  // BENCH_CPU_PROFILE=<dir>: each service writes a V8 CPU profile there when it stops;
  // BENCH_NODE_FLAGS: extra Node/V8 flags for the services.
  const nodeFlags = [
    ...(process.env.BENCH_CPU_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
      : []),
    ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  ];
  const office = await startBackOffice({ partitions: 6, nodeFlags });
  const kafka = kafkaPid();
  try {
    await loadEngineers(office.urls, ['HZ']);
    const dispatcher = cast('HZ', { engineerId: 'x', department: 'production' }).dispatcher;
    for (let i = 2; i <= ENGINEERS; i++)
      await new StoryClient(office.urls).must('dispatch', 'POST', '/engineers', dispatcher, {
        engineerId: `eng-hz-${i}`,
        branch: 'HZ',
        home: 'branch',
        skills: ['switchgear', 'KYN28-12', 'VS1-12', 'ZN63-12'],
        baseZone: 'city',
      });
    // Warm-up: a few lives through every path of every process.
    const warm = await prepare(office, 4);
    await Promise.all(
      warm.map((c) =>
        playStory(office.urls, c, { waitMs: 60_000, pollMs: 100 }).catch((error: Error) =>
          console.error(`a warm-up life failed: ${error.message}`),
        ),
      ),
    );

    // 1. Saturation: WORKERS lives at a time.
    const pool = await prepare(office, WORKERS * SATURATION_SECONDS * 2);
    const meter = coresMeter({
      ...Object.fromEntries(STORY_SERVICES.map((s) => [s, () => cpuSeconds(office.processes[s].child.pid!)])),
      postgres: postgresCpuSeconds,
      ...(kafka ? { kafka: () => cpuSeconds(kafka) } : {}),
    } as Record<string, () => number>);
    const load = { before: loadavg().map((l) => +l.toFixed(2)) };
    const started = performance.now();
    const deadline = started + SATURATION_SECONDS * 1000;
    const lifeMs: number[] = [];
    let failed = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (performance.now() < deadline && next < pool.length) {
          const c = pool[next++];
          const t = performance.now();
          try {
            await playStory(office.urls, c, { waitMs: 60_000, pollMs: 100 });
            lifeMs.push(performance.now() - t);
          } catch (error) {
            failed += 1;
            console.error(`a life failed: ${(error as Error).message}`);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cores = meter();
    const livesPerSecond = +(lifeMs.length / seconds).toFixed(2);
    const sortedLives = [...lifeMs].sort((a, b) => a - b);

    // 2. Half that rate, open loop, timing attribution → allocation.
    const rate = Math.max(0.5, livesPerSecond / 2);
    const count = Math.max(4, Math.round(rate * HALF_LOAD_SECONDS));
    const timed = await prepare(office, count);
    const latencies: number[] = [];
    const halfMeter = coresMeter({
      ...Object.fromEntries(STORY_SERVICES.map((s) => [s, () => cpuSeconds(office.processes[s].child.pid!)])),
      postgres: postgresCpuSeconds,
      ...(kafka ? { kafka: () => cpuSeconds(kafka) } : {}),
    } as Record<string, () => number>);
    const lives: Promise<void>[] = [];
    const halfStarted = performance.now();
    for (let i = 0; i < timed.length; i++) {
      const due = halfStarted + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lives.push(
        timedLife(office, timed[i], latencies).catch((error: Error) => {
          failed += 1;
          console.error(`a timed life failed: ${error.message}`);
        }),
      );
    }
    await Promise.all(lives);
    const halfCores = halfMeter();
    const after = loadavg().map((l) => +l.toFixed(2));
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = {
      cores: cpus().length,
      loadAverage: { before: load.before, after },
      workers: WORKERS,
      saturation: {
        seconds: +seconds.toFixed(1),
        lives: lifeMs.length,
        livesPerSecond,
        lifeMs: {
          p50: Math.round(percentile(sortedLives, 50)),
          p99: Math.round(percentile(sortedLives, 99)),
        },
        coresPerProcess: cores,
        // What one complete life costs the six services, PostgreSQL and Kafka together.
        cpuSecondsPerLife: +(
          (Object.values(cores).reduce((a, b) => a + b, 0) * seconds) /
          Math.max(1, lifeMs.length)
        ).toFixed(2),
      },
      halfLoad: {
        offeredLivesPerSecond: +rate.toFixed(2),
        lives: latencies.length,
        attributionToAllocationMs: {
          p50: Math.round(percentile(sorted, 50)),
          p99: Math.round(percentile(sorted, 99)),
          max: Math.round(sorted.at(-1) ?? NaN),
        },
        coresPerProcess: halfCores,
      },
      failed,
      targets: { livesPerSecond: 20, attributionToAllocationP99Ms: 1_000 },
    };
    console.table({
      'complete lives/s (saturation)': { value: livesPerSecond, target: '≥ 20' },
      'life p50 ms': { value: figures.saturation.lifeMs.p50 },
      'life p99 ms': { value: figures.saturation.lifeMs.p99 },
      [`attribution → allocation p50 ms at ${rate.toFixed(1)}/s`]: {
        value: figures.halfLoad.attributionToAllocationMs.p50,
      },
      'attribution → allocation p99 ms': {
        value: figures.halfLoad.attributionToAllocationMs.p99,
        target: '≤ 1000',
      },
    });
    console.log(
      'cores used per process at saturation:',
      cores,
      `— ${figures.saturation.cpuSecondsPerLife} CPU s per life`,
    );
    console.log('cores used per process at half load:', halfCores);
    console.log(
      `load average before/after: ${load.before.join(' ')} / ${after.join(' ')} (${cpus().length} cores)`,
    );
    record('sixServiceStory', figures);
  } finally {
    await office.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
