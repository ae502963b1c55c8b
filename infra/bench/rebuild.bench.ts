// Read-model rebuild rate: the complaint register replayed from logs of growing size (issue 8, KPI-3).
import { PostgresEventStore } from '@aftersales/event-store';
import { ProjectionRunner } from '@aftersales/projections';
import { randomUUID } from 'node:crypto';
import { caseStreamId } from '../../services/intake/src/case/case.decider';
import { toNewEvent } from '../../services/intake/src/case/case-commands';
import { caseDecider } from '../../services/intake/src/case/case.decider';
import { registerCommand } from '../../services/intake/src/case/case.fixtures';
import type { CaseEvent } from '../../services/intake/src/case/case.events';
import { DEFAULT_INTAKE_POLICY } from '../../services/intake/src/case/intake-policy';
import { ComplaintRegisterProjection } from '../../services/intake/src/case/complaint-register/complaint-register.projection';
import { readModelDataSource } from '@aftersales/platform';
import { intakeService } from '../../services/intake/src/intake.service';
import { benchDatabase, quick, record } from './bench-kit';

const SIZES = quick ? [20_000, 100_000] : [100_000, 1_000_000];

/** One case's life as events, decided by the real decider (4 events a case). */
function caseEvents(n: number): { caseId: string; events: CaseEvent[] } {
  const caseId = randomUUID();
  const now = new Date(Date.UTC(2026, n % 12, 1 + (n % 28), 2));
  const ctx = { now, policy: DEFAULT_INTAKE_POLICY };
  const branch = ['HZ', 'NB', 'SH', 'BJ'][n % 4];
  let state = caseDecider.initialState;
  const events: CaseEvent[] = [];
  const apply = (command: Parameters<typeof caseDecider.decide>[0]) => {
    const decided = caseDecider.decide(command, state, ctx);
    state = decided.reduce(caseDecider.evolve, state);
    events.push(...decided);
  };
  apply(
    registerCommand({
      caseId,
      caseNumber: `${branch}-2026-${String(n).padStart(6, '0')}`,
      branch,
      customer: {
        customerId: `cust-${n % 500}`,
        name: '客户',
        phone: '13800000000',
        address: '地址',
        vip: false,
      },
    }),
  );
  apply({ type: 'ReviewValidity', caseId, founded: true, remedy: 'repair' });
  apply({ type: 'RespondToCustomer', caseId, response: 'on our way' });
  apply({ type: 'ResolveCase', caseId, outcome: 'fixed' });
  return { caseId, events };
}

async function rebuildAt(size: number) {
  const db = await benchDatabase(`rebuild${size}`);
  const store = new PostgresEventStore({ connectionString: db.url, poolSize: 16 });
  await store.migrate();
  const ds = readModelDataSource(intakeService, db.url, 4);
  await ds.initialize();
  await ds.runMigrations();
  try {
    let written = 0;
    let n = 0;
    const fill = Date.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (written < size) {
          const { caseId, events } = caseEvents(n++);
          written += events.length;
          await store.appendToStream(
            caseStreamId(caseId),
            events.map((e) => toNewEvent(e)),
            { expectedVersion: 'no-stream' },
          );
        }
      }),
    );
    const fillSeconds = (Date.now() - fill) / 1000;
    const projection = new ComplaintRegisterProjection({ zoneOf: () => 'Asia/Shanghai' });
    const runner = new ProjectionRunner({
      store,
      dataSource: ds,
      schema: 'intake',
      projections: [projection],
      batchSize: 2_000,
    });
    await runner.migrate();
    const start = performance.now();
    await runner.rebuild(projection.name);
    const seconds = (performance.now() - start) / 1000;
    const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM intake.complaint_register');
    return {
      events: written,
      cases: count,
      rebuildSeconds: +seconds.toFixed(1),
      eventsPerSecond: Math.round(written / seconds),
      fillSeconds: +fillSeconds.toFixed(1),
    };
  } finally {
    await store.close();
    await ds.destroy();
    await db.drop();
  }
}

async function main() {
  const rows = [];
  for (const size of SIZES) rows.push(await rebuildAt(size));
  const growth = +(
    rows[1].rebuildSeconds /
    rows[0].rebuildSeconds /
    (rows[1].events / rows[0].events)
  ).toFixed(2);
  console.table(Object.fromEntries(rows.map((r) => [`${r.events} events`, r])));
  console.log(`cost growth vs linear (1.0 = linear): ${growth}`);
  record('readModelRebuild', { rows, growthVsLinear: growth });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
