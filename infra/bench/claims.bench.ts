// Claims (issue 25): registry import rate and warranty assessments/s with their p99, from a
// registry of 1 M serials (--quick: 20,000; CLAIMS_BENCH_SERIALS sets it). Targets: import
// ≥ 20,000 rows/s, assessments ≥ 5,000/s. In process on the real PostgreSQL, no Kafka.
import { startRuntimeFromEnv } from '@aftersales/platform';
import { randomUUID } from 'node:crypto';
import { claimsService } from '../../services/claims/src/claims.service';
import { importProducts } from '../../services/claims/src/import/import-products';
import { parseImport } from '../../services/claims/src/import/product-import';
import {
  benchDatabase,
  coresMeter,
  cpuSeconds,
  pooled,
  postgresCpuSeconds,
  quick,
  record,
} from './bench-kit';

const SERIALS = Number(process.env.CLAIMS_BENCH_SERIALS ?? (quick ? 20_000 : 1_000_000));
const CASES = Math.min(SERIALS, quick ? 5_000 : 50_000);
const IN_FLIGHT = 64;
const ROWS_PER_FILE = 10_000;

const serialOf = (n: number) => `BN-${String(n).padStart(8, '0')}`;
const csv = (from: number, to: number) => {
  const lines = ['serial,model,customerId,branch,deliveryDate,commissioningDate'];
  for (let n = from; n < to; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    lines.push(
      `${serialOf(n)},KYN28-${n % 40},cust-${n % 5000},${n % 2 ? 'HZ' : 'NB'},2024-03-${day},2024-04-${day}`,
    );
  }
  return lines.join('\n');
};

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)];

async function main() {
  const db = await benchDatabase('claims');
  const runtime = await startRuntimeFromEnv(claimsService, { DATABASE_URL: db.url, KAFKA_BROKERS: '' });
  try {
    // Import as the endpoint does: parse and validate each row, register them a chunk at a time.
    // Where the CPU goes (this process with its projections, and PostgreSQL): what bounds each rate.
    const meter = () => coresMeter({ process: () => cpuSeconds(process.pid), postgres: postgresCpuSeconds });
    const importCores = meter();
    const importStart = performance.now();
    for (let from = 0; from < SERIALS; from += ROWS_PER_FILE) {
      const report = await importProducts(
        runtime,
        parseImport('csv', csv(from, Math.min(SERIALS, from + ROWS_PER_FILE))),
        () => undefined,
        IN_FLIGHT,
      );
      if (report.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(report.rejected[0])}`);
    }
    const importSeconds = (performance.now() - importStart) / 1000;
    const importCoresUsed = importCores();
    // The read models catch up before the assessments are timed (apart from the import's answer).
    await runtime.projections.catchUp();
    const readModelsSeconds = (performance.now() - importStart) / 1000 - importSeconds;

    // One accepted case per sampled serial; the assessment is what is measured.
    const cases = Array.from({ length: CASES }, (_, i) => ({
      caseId: randomUUID(),
      n: Math.floor((i * SERIALS) / CASES),
    }));
    await pooled(CASES, IN_FLIGHT, (i) =>
      runtime.warranties.execute({
        type: 'NoteCase',
        caseId: cases[i].caseId,
        branch: cases[i].n % 2 ? 'HZ' : 'NB',
        serial: serialOf(cases[i].n),
        model: `KYN28-${cases[i].n % 40}`,
        kind: 'quality-complaint',
        problem: 'breaker trips',
        registeredAt: '2027-03-20T02:00:00.000Z',
        customerDamage: false,
      }),
    );
    const assessCores = meter();
    const assessStart = performance.now();
    const latencies = await pooled(CASES, IN_FLIGHT, (i) =>
      runtime.caseClaims.reassess(cases[i].caseId, randomUUID(), { force: true }),
    );
    const assessSeconds = (performance.now() - assessStart) / 1000;
    const assessCoresUsed = assessCores();
    /** CPU ms per item, by process, from the cores used over the phase. */
    const msEach = (cores: Record<'process' | 'postgres', number>, seconds: number, count: number) => ({
      process: +((cores.process * seconds * 1000) / count).toFixed(3),
      postgres: +((cores.postgres * seconds * 1000) / count).toFixed(3),
    });

    const figures = {
      serials: SERIALS,
      importRowsPerSecond: Math.round(SERIALS / importSeconds),
      importTarget: 20_000,
      readModelsCaughtUpAfterImportS: Number(readModelsSeconds.toFixed(1)),
      importCoresUsed,
      importCpuMsPerRow: msEach(importCoresUsed, importSeconds, SERIALS),
      assessments: CASES,
      assessmentsPerSecond: Math.round(CASES / assessSeconds),
      assessmentP99Ms: Number(p99(latencies).toFixed(1)),
      assessmentTarget: 5_000,
      assessmentCoresUsed: assessCoresUsed,
      assessmentCpuMsEach: msEach(assessCoresUsed, assessSeconds, CASES),
      inFlight: IN_FLIGHT,
    };
    console.table(figures);
    record('claims', figures);
  } finally {
    await runtime.stop();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
