// npm run bench [-- --quick]: every benchmark in turn, each in its own process on the real local
// PostgreSQL and Kafka; figures printed as tables and collected in infra/bench/results/<date>.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { machine, quick, record, ROOT } from './bench-kit';

const BENCHES: Array<{ name: string; file: string; env?: Record<string, string> }> = [
  { name: 'event store', file: 'event-store.bench.ts', env: quick ? { BENCH_SECONDS: '3' } : {} },
  { name: 'relay, consumer, end-to-end', file: 'messaging.bench.ts' },
  { name: 'reference store (emmett)', file: 'reference.bench.ts' },
  { name: 'intake HTTP', file: 'intake-http.bench.ts' },
  { name: 'back office (intake + dispatch over Kafka)', file: 'backoffice.bench.ts' },
  { name: 'read-model rebuild', file: 'rebuild.bench.ts' },
  { name: 'restart after a crash', file: 'restart.bench.ts' },
  { name: 'quality inspection: attributions', file: 'quality-inspection.bench.ts' },
  { name: 'claims registry and assessments', file: 'claims.bench.ts' },
  { name: 'the six-service back office: complete case lives', file: 'story.bench.ts' },
  { name: 'finance: postings and the trial balance', file: 'finance.bench.ts' },
  { name: 'warehouse returns: request to stock-in', file: 'warehouse-returns.bench.ts' },
];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const started = Date.now();
const outcomes: Record<string, string> = {};
console.log(`machine: ${JSON.stringify(machine())}${quick ? ' (quick run)' : ''}`);
for (const bench of BENCHES) {
  if (only && !bench.file.includes(only)) continue;
  const file = path.join(__dirname, bench.file);
  if (!existsSync(file)) {
    outcomes[bench.name] = 'missing';
    continue;
  }
  console.log(`\n== ${bench.name}`);
  const t = Date.now();
  const res = spawnSync(process.execPath, ['-r', '@swc-node/register', file, ...(quick ? ['--quick'] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...bench.env },
  });
  outcomes[bench.name] =
    res.status === 0 ? `ok in ${Math.round((Date.now() - t) / 1000)} s` : `failed (${res.status})`;
}
record('run', { outcomes, seconds: Math.round((Date.now() - started) / 1000) });
console.log(
  `\n${JSON.stringify(outcomes, null, 2)}\nall benchmarks: ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(Object.values(outcomes).some((o) => o.startsWith('failed')) ? 1 : 0);
