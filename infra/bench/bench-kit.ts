import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { restartablePort } from '../e2e/service-process';

export const ROOT = path.resolve(__dirname, '../..');
export const quick = process.argv.includes('--quick');
export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A throwaway database for one benchmark. */
export async function benchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bench_${prefix}_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Starts a service as its own process (as in production) and waits for /health/ready. */
export async function startService(
  name: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; stop(): Promise<void> }> {
  const port = await restartablePort();
  // Measured as it runs in production: compiled JavaScript, no TypeScript loader in the process.
  // BENCH_SKIP_BUILD=1 measures dist as it is (A/B runs of hand-built variants).
  if (!process.env.BENCH_SKIP_BUILD)
    execFileSync(process.execPath, ['infra/build/build.js'], { cwd: ROOT, stdio: 'ignore' });
  // BENCH_CPU_PROFILE=<dir>: each service writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  // As deployed (README): a bounded old space keeps the resident set flat under load; without
  // allocation-site pretenuring V8 stops allocating hot request objects straight into the old
  // space after a stall (a third fewer major GCs, lower p99: BENCHMARKS.md). One V8 worker
  // thread: on two cores shared with PostgreSQL, four GC helpers preempt each other and the
  // main thread waits for the slowest; a fixed growth factor of 1.8 halves the major GCs. 8 MB
  // semi-spaces (16 MB young generation). Without Maglev (Node 26's mid-tier compiler) intake
  // serves more at lower latency and about 20 MB less resident (BENCHMARKS.md, "Node 26").
  const heap = [
    `--max-old-space-size=${process.env.SERVICE_HEAP_MB ?? 128}`,
    '--max-semi-space-size=8',
    '--no-allocation-site-pretenuring',
    '--v8-pool-size=1',
    '--heap-growing-percent=80',
    '--no-maglev',
  ];
  // BENCH_NODE_FLAGS="--trace-gc ...": extra Node/V8 flags for the services (A/B runs, diagnosis).
  const extraFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  // BENCH_NODE=<path>: the services run on that Node binary (e.g. the image's major version).
  const child = spawn(
    process.env.BENCH_NODE ?? process.execPath,
    [...profile, ...heap, ...extraFlags, '--conditions=aftersales-dist', `services/${name}/dist/main.js`],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        AUTH_DEV_KEY: 'true',
        ...env,
      },
      stdio: ['ignore', extraFlags.length > 0 ? 'inherit' : 'ignore', 'inherit'],
    },
  );
  // A benchmark that dies never leaves its services running.
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up (${child.exitCode})`);
    try {
      const res = await fetch(`${url}/${name}/health/ready`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${name} not ready within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

export function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** CPU seconds (user + system) a process has used so far (Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Starts a CPU meter over the given counters (CPU seconds so far); calling the result gives the
 * cores each used since: CPU seconds per wall-clock second.
 */
export function coresMeter<K extends string>(counters: Record<K, () => number>): () => Record<K, number> {
  const at = Date.now();
  const keys = Object.keys(counters) as K[];
  const before = Object.fromEntries(keys.map((k) => [k, counters[k]()])) as Record<K, number>;
  return () => {
    const wall = (Date.now() - at) / 1000;
    return Object.fromEntries(
      keys.map((k) => [k, +((counters[k]() - before[k]) / wall).toFixed(2)]),
    ) as Record<K, number>;
  };
}

/** What each PostgreSQL process had used when last seen, by pid and start time (pids are reused). */
const postgresSeen = new Map<string, number>();

/**
 * CPU seconds used so far by the PostgreSQL processes on this machine (backends, WAL writer,
 * checkpointer), counting a process that has exited with what it had used when last seen: the
 * figure never goes down when a backend ends, so a meter over it is never negative (it misses
 * only what an ended backend used after the previous call).
 */
export function postgresCpuSeconds(): number {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      postgresSeen.set(`${pid}:${fields[19]}`, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      /* gone */
    }
  }
  let total = 0;
  for (const seconds of postgresSeen.values()) total += seconds;
  return total;
}

/** Appends a benchmark's figures to today's results file. */
export function record(section: string, figures: unknown): void {
  const dir = path.join(__dirname, 'results');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  // Quick runs keep their own file, so they never overwrite the figures of a full run.
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}${quick ? '.quick' : ''}.json`);
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { machine: machine() };
  current[section] = { at: new Date().toISOString(), quick, ...(figures as object) };
  writeFileSync(file, JSON.stringify(current, null, 2) + '\n');
}

/** Runs `work(i)` for i in [0, n) with at most `inFlight` at once; each call's latency in ms. */
export async function pooled(
  n: number,
  inFlight: number,
  work: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        await work(i);
        latencies[i] = performance.now() - t;
      }
    }),
  );
  return latencies;
}
