// Where one complete case life's CPU goes (issue 27): the six services as their own processes,
// idle first (CPU per second doing nothing), then PROBE_LIVES lives PROBE_CONC at a time for
// each read-model polling interval in PROBE_POLLS (ms): CPU seconds per life of each service,
// PostgreSQL, Kafka and this driver, read from /proc before and after, and the driver's HTTP
// calls per life. A generous poll must cost the services the same: the driver's polling is not
// the system's cost. PROBE_FLAGS: Node flags for the services (`--cpu-prof --cpu-prof-dir=...`).
// `node -r @swc-node/register infra/bench/story-cpu.ts`
import { execFileSync } from 'node:child_process';
import { startBackOffice, type BackOffice } from '../e2e/back-office-processes';
import { loadEngineers, registerProducts, storyCase } from '../story/organisation';
import { playStory, type StoryCase } from '../story/story';
import { STORY_SERVICES } from '../story/story-client';
import { cpuSeconds, postgresCpuSeconds } from './bench-kit';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
const TAG = `P${Date.now().toString(36).toUpperCase()}`;
const N = Number(process.env.PROBE_LIVES ?? 12);
const CONC = Number(process.env.PROBE_CONC ?? 4);
let serial = 0;
const nextCase = (): StoryCase => ({ ...storyCase(++serial, 'HZ', TAG), engineerId: 'eng-hz-1' });
const kafka = Number(
  execFileSync('pgrep', ['-f', 'kafka.Kafka'], { encoding: 'utf8' }).trim().split('\n')[0],
);

const calls: Record<string, number> = {};
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: string, init?: RequestInit) => {
  const u = new URL(String(input));
  const k = `${init?.method ?? 'GET'} ${u.pathname.split('/')[1]}`;
  calls[k] = (calls[k] ?? 0) + 1;
  return realFetch(input, init);
}) as typeof fetch;

function snapshot(office: BackOffice) {
  const s: Record<string, number> = {};
  for (const n of STORY_SERVICES) s[n] = cpuSeconds(office.processes[n].child.pid!);
  s.postgres = postgresCpuSeconds();
  s.kafka = cpuSeconds(kafka);
  s.driver = process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
  return s;
}
const diff = (a: Record<string, number>, b: Record<string, number>, per: number) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, +((b[k] - a[k]) / per).toFixed(3)]));

async function phase(office: BackOffice, label: string, pollMs: number) {
  const cases = Array.from({ length: N }, nextCase);
  await registerProducts(office.urls, cases);
  for (const k of Object.keys(calls)) delete calls[k];
  const before = snapshot(office);
  const t = performance.now();
  let i = 0;
  await Promise.all(
    Array.from({ length: CONC }, async () => {
      while (i < cases.length) await playStory(office.urls, cases[i++], { waitMs: 60_000, pollMs });
    }),
  );
  const wall = (performance.now() - t) / 1000;
  const after = snapshot(office);
  const per = diff(before, after, N);
  const total = Object.entries(per)
    .filter(([k]) => k !== 'driver')
    .reduce((a, [, v]) => a + v, 0);
  console.log(
    JSON.stringify({
      label,
      pollMs,
      lives: N,
      wall: +wall.toFixed(1),
      cpuPerLife: per,
      systemTotal: +total.toFixed(3),
      callsPerLife: Object.fromEntries(Object.entries(calls).map(([k, v]) => [k, +(v / N).toFixed(1)])),
    }),
  );
}

async function main() {
  const office = await startBackOffice({
    partitions: 6,
    nodeFlags: (process.env.PROBE_FLAGS ?? '').split(' ').filter(Boolean),
  });
  try {
    await loadEngineers(office.urls, ['HZ']);
    const warm = Array.from({ length: 4 }, nextCase);
    await registerProducts(office.urls, warm);
    await Promise.all(warm.map((c) => playStory(office.urls, c, { waitMs: 60_000, pollMs: 100 })));
    const idleBefore = snapshot(office);
    await new Promise((r) => setTimeout(r, Number(process.env.PROBE_IDLE_S ?? 20) * 1000));
    console.log(
      JSON.stringify({
        label: 'idle per second',
        cpu: diff(idleBefore, snapshot(office), Number(process.env.PROBE_IDLE_S ?? 20)),
      }),
    );
    for (const p of (process.env.PROBE_POLLS ?? '100,1000').split(',').filter(Boolean))
      await phase(office, `poll ${p}`, Number(p));
  } finally {
    await office.stop();
  }
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
