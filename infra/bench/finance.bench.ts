// Finance (issue 26): cost postings/s with their p99 through the real path (decide, append to the
// case ledger with its period condition, group commit; then the journal projection applying them),
// and the trial balance's query time over a ledger of 1 M entries (--quick: 50,000;
// FINANCE_BENCH_ENTRIES sets it). Targets: ≥ 2,000 postings/s; trial balance ≤ 200 ms at 1 M.
// In process on the real PostgreSQL, no Kafka.
//
// The seed is a shortcut, on purpose: the trial balance reads only the journal read model, so the
// 1 M entries (two lines each, as a cost's approval posts them) are bulk-inserted into it with
// one INSERT … SELECT of generate_series (seconds, where the log path would take many minutes on
// two shared cores), then ANALYZEd. The postings measured before it go the whole real way.
import { startRuntimeFromEnv } from '@aftersales/platform';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { financeService } from '../../services/finance/src/finance.service';
import {
  GetTrialBalance,
  GetTrialBalanceHandler,
} from '../../services/finance/src/ledger/journal-read/finance.queries';
import {
  benchDatabase,
  coresMeter,
  cpuSeconds,
  pooled,
  postgresCpuSeconds,
  quick,
  record,
} from './bench-kit';

const ENTRIES = Number(process.env.FINANCE_BENCH_ENTRIES ?? (quick ? 50_000 : 1_000_000));
const POSTINGS = Number(process.env.FINANCE_BENCH_POSTINGS ?? (quick ? 4_000 : 20_000));
const IN_FLIGHT = 64;
const QUERY_RUNS = quick ? 5 : 10;
const BRANCHES = 20;
const OFFICER = { userId: 'bench-fin', role: 'finance-officer' };

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

const load = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .trim()
    .replace(/^.*load average: /, '');

async function main() {
  const db = await benchDatabase('finance');
  const runtime = await startRuntimeFromEnv(financeService, { DATABASE_URL: db.url, KAFKA_BROKERS: '' });
  const { ledgers } = runtime.parts;
  try {
    // Postings: a warranty cost recorded on its own case, then approved (the approval posts the entry).
    const cases = Array.from({ length: POSTINGS }, () => randomUUID());
    const cost = (i: number) => ({
      type: 'RecordCost' as const,
      caseId: cases[i],
      costId: 'k-1',
      branch: `B${i % BRANCHES}`,
      kind: 'parts' as const,
      amount: { amountMinor: 1_000 + (i % 9_000), currency: 'CNY' },
      bearer: 'by-attribution' as const,
      description: 'breaker coil',
      source: { kind: 'manual' as const, userId: OFFICER.userId },
    });
    await pooled(Math.min(500, POSTINGS), IN_FLIGHT, (i) => ledgers.execute(cost(i))); // warm-up of the same path
    await pooled(POSTINGS - Math.min(500, POSTINGS), IN_FLIGHT, (i) =>
      ledgers.execute(cost(i + Math.min(500, POSTINGS))),
    );
    await runtime.projections.catchUp();
    const loadBefore = load();
    const cores = coresMeter({ process: () => cpuSeconds(process.pid), postgres: postgresCpuSeconds });
    const postStart = performance.now();
    const latencies = await pooled(POSTINGS, IN_FLIGHT, (i) =>
      ledgers.execute({ type: 'ApproveCost', caseId: cases[i], costId: 'k-1', by: OFFICER }),
    );
    const postSeconds = (performance.now() - postStart) / 1000;
    const postingCores = cores();
    const projectStart = performance.now();
    await runtime.projections.catchUp();
    const projectedAfterMs = performance.now() - projectStart;
    const loadDuring = load();

    // The seed: ENTRIES entries of two lines each, over BRANCHES branches, 24 months, and the
    // accounts an approval and an allocation post to.
    const seedStart = performance.now();
    await runtime.pool.query(
      `INSERT INTO finance.journal_line
         (entry_id, line_no, case_id, branch, account, debit_minor, credit_minor, currency, cause_kind,
          cost_id, period, posted_at, position)
       SELECT 'seed-' || n || ':1', side, 'seed-' || (n / 4), 'B' || (n % ${BRANCHES}),
              CASE WHEN side = 0 THEN (ARRAY['manufacturing-cost', 'branch-cost:B' || (n % ${BRANCHES}),
                     'department-cost:d' || (n % 40), 'supplier-recoverable:s' || (n % 200)])[1 + n % 4]
                   ELSE 'costs-payable' END,
              CASE WHEN side = 0 THEN 100 + n % 10000 ELSE 0 END,
              CASE WHEN side = 1 THEN 100 + n % 10000 ELSE 0 END,
              'CNY', 'cost-approved', 'k-1',
              to_char(date '2025-01-01' + ((n % 24) * interval '1 month'), 'YYYY-MM'),
              timestamptz '2025-01-01' + (n % 24) * interval '1 month', 1000000000 + n
         FROM generate_series(1, $1::int) AS n, (VALUES (0), (1)) AS s(side)`,
      [ENTRIES],
    );
    // The balances the journal projection keeps beside its lines, for the seeded lines.
    await runtime.pool.query(
      `INSERT INTO finance.account_balance (currency, account, period, debit_minor, credit_minor)
       SELECT currency, account, period, sum(debit_minor), sum(credit_minor) FROM finance.journal_line
        WHERE entry_id LIKE 'seed-%' GROUP BY currency, account, period
       ON CONFLICT (currency, account, period) DO UPDATE
         SET debit_minor = account_balance.debit_minor + EXCLUDED.debit_minor,
             credit_minor = account_balance.credit_minor + EXCLUDED.credit_minor`,
    );
    await runtime.pool.query('ANALYZE finance.journal_line');
    await runtime.pool.query('ANALYZE finance.account_balance');
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const handler = new GetTrialBalanceHandler(runtime as never);
    const timed = async (filter: { period?: string }) => {
      const runs: number[] = [];
      for (let k = 0; k < QUERY_RUNS; k++) {
        const t = performance.now();
        const result = await handler.execute(new GetTrialBalance(filter));
        runs.push(performance.now() - t);
        if (!result.balanced) throw new Error('the seeded trial balance does not balance');
      }
      return { medianMs: +quantile(runs, 0.5).toFixed(1), maxMs: +Math.max(...runs).toFixed(1) };
    };
    const whole = await timed({});
    const upTo = await timed({ period: '2025-12' });
    // What the same trial balance costs summed from every line (before the account balances).
    const scans: number[] = [];
    for (let k = 0; k < Math.min(3, QUERY_RUNS); k++) {
      const t = performance.now();
      await runtime.pool.query(
        `SELECT account, currency, sum(debit_minor), sum(credit_minor) FROM finance.journal_line
          GROUP BY account, currency ORDER BY currency, account`,
      );
      scans.push(performance.now() - t);
    }
    const plan = (
      await runtime.pool.query(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT)
         SELECT account, currency, sum(debit_minor), sum(credit_minor) FROM finance.account_balance
          WHERE ($1::text IS NULL OR period <= $1) GROUP BY account, currency ORDER BY currency, account`,
        [null],
      )
    ).rows.map((r: Record<string, string>) => r['QUERY PLAN']);
    const loadAfter = load();

    const figures = {
      postings: POSTINGS,
      postingsPerSecond: Math.round(POSTINGS / postSeconds),
      postingP50Ms: +quantile(latencies, 0.5).toFixed(1),
      postingP99Ms: +quantile(latencies, 0.99).toFixed(1),
      projectionCaughtUpAfterMs: Math.round(projectedAfterMs),
      postingsTarget: 2_000,
      postingCpuCoresUsed: postingCores,
      cpuMsPerPosting: {
        process: +((postingCores.process * postSeconds * 1000) / POSTINGS).toFixed(2),
        postgres: +((postingCores.postgres * postSeconds * 1000) / POSTINGS).toFixed(2),
      },
      inFlight: IN_FLIGHT,
      ledgerEntries: ENTRIES + POSTINGS,
      seedSeconds: +seedSeconds.toFixed(1),
      trialBalanceMs: whole,
      trialBalanceUpToPeriodMs: upTo,
      trialBalanceTargetMs: 200,
      trialBalanceFromEveryLineMs: +quantile(scans, 0.5).toFixed(1),
      load: { beforePostings: loadBefore, afterPostings: loadDuring, afterQueries: loadAfter },
    };
    console.table({
      postings: {
        'per second': figures.postingsPerSecond,
        'p50 ms': figures.postingP50Ms,
        'p99 ms': figures.postingP99Ms,
      },
      'trial balance': { 'median ms': whole.medianMs, 'max ms': whole.maxMs },
      'trial balance ≤ period': { 'median ms': upTo.medianMs, 'max ms': upTo.maxMs },
      'summed from every line': { 'median ms': figures.trialBalanceFromEveryLineMs },
    });
    console.log(
      `posting CPU ms each ${JSON.stringify(figures.cpuMsPerPosting)}; cores ${JSON.stringify(postingCores)}`,
    );
    console.log(
      `entries ${figures.ledgerEntries}, seeded in ${figures.seedSeconds} s; load ${JSON.stringify(figures.load)}`,
    );
    console.log(plan.join('\n'));
    record('finance', { ...figures, trialBalancePlan: plan });
  } finally {
    await runtime.stop();
    if (!process.env.BENCH_KEEP_DB) await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
