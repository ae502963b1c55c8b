// Quality inspection: responsibility attributions over HTTP (issue 23). Each attribution is the
// first of its own inspection (opened with a finding beforehand), as a day's inspections are.
// Offered at a rate beyond saturation (completed/s is the saturation) and at 500/s (latency).
// Target on the 2-core machine: ≥ 1,000 attributions/s, p99 ≤ 50 ms at 500/s.
import { signDevToken } from '@aftersales/platform';
import { createHash } from 'node:crypto';
import {
  benchDatabase,
  coresMeter,
  cpuSeconds,
  postgresCpuSeconds,
  quick,
  record,
  rssMb,
  startService,
} from './bench-kit';
import { openLoop, type OpenLoopRequest } from './open-loop';

const SECONDS = quick ? 6 : 20;
const SATURATION_RATE = 2_500;
const MEASURED_RATE = 500;

async function prepare(url: string, token: string, count: number): Promise<OpenLoopRequest[]> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${url}/quality-inspection${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, string>;
  };
  const requests: OpenLoopRequest[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const { inspectionId } = await post('/inspections', {
        branch: ['HZ', 'NB'][i % 2],
        product: { model: ['KYN28-12', 'VS1-12', 'ZN63-12'][i % 3], serialNumber: `BENCH-${i}` },
        origin: 'quality-return',
        originRef: `RMA-${i}`,
      });
      const sha256 = createHash('sha256').update(inspectionId).digest('hex');
      const { findingId } = await post(`/inspections/${inspectionId}/findings`, {
        failureMode: 'contacts overheated',
        rootCause: 'purchased-part',
        evidence: [{ kind: 'photo', ref: `dms://bench/${i}.jpg`, sha256 }],
      });
      requests.push({
        method: 'POST',
        path: `/quality-inspection/inspections/${inspectionId}/attributions`,
        headers,
        body: JSON.stringify({
          basis: [findingId],
          shares: [
            { party: { kind: 'department', department: 'production' }, shareBp: 4_000 },
            { party: { kind: 'supplier', supplierId: `SUP-${i % 50}` }, shareBp: 6_000 },
          ],
        }),
      });
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return requests;
}

async function main() {
  const db = await benchDatabase('qc');
  const service = await startService('quality-inspection', {
    DATABASE_URL: db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  });
  const token = await signDevToken({
    sub: 'bench-qc',
    name: 'Bench',
    roles: ['qc-inspector'],
    branches: ['HZ', 'NB'],
  });
  try {
    const warmup = await prepare(service.url, token, 1_000);
    const saturation = await prepare(service.url, token, SATURATION_RATE * SECONDS);
    const measured = await prepare(service.url, token, MEASURED_RATE * SECONDS);
    await openLoop({ url: service.url, rate: 300, seconds: 3, requests: warmup });
    const rows: Record<string, unknown> = {};
    const figures: Record<string, unknown> = {};
    for (const [label, rate, requests] of [
      ['saturation', SATURATION_RATE, saturation],
      [`offered ${MEASURED_RATE}/s`, MEASURED_RATE, measured],
    ] as const) {
      await new Promise((r) => setTimeout(r, 2_000)); // the read models catch up from the set-up
      const meter = coresMeter({
        service: () => cpuSeconds(service.child.pid!),
        postgres: postgresCpuSeconds,
      });
      const result = await openLoop({ url: service.url, rate, seconds: SECONDS, requests });
      const cores = meter();
      figures[label] = { ...result, cpuCoresUsed: cores, rssMb: rssMb(service.child.pid!) };
      rows[label] = {
        'offered/s': rate,
        'done/s': Math.round(result.completedPerSecond),
        'p50 ms': +result.latencyMs.p50.toFixed(1),
        'p99 ms': +result.latencyMs.p99.toFixed(1),
        'non2xx+errors': result.non2xx + result.errors,
        'service cores': cores.service,
        'postgres cores': cores.postgres,
      };
    }
    console.table(rows);
    record('qualityInspectionAttributions', {
      seconds: SECONDS,
      targets: { perSecond: 1_000, p99MsAt500: 50 },
      ...figures,
    });
  } finally {
    await service.stop();
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
