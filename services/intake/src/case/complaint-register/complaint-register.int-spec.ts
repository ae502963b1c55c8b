import { PostgresEventStore } from '@aftersales/event-store';
import { ProjectionRunner } from '@aftersales/projections';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import type { DataSource } from 'typeorm';
import { readModelDataSource } from '@aftersales/platform';
import { intakeService } from '../../intake.service';
import { caseDecider, caseStreamId, type CaseCommand } from '../case.decider';
import { minutesAfter, registerCommand, T0 } from '../case.fixtures';
import { DEFAULT_INTAKE_POLICY } from '../intake-policy';
import { ComplaintRegisterProjection } from './complaint-register.projection';
import type { IntakeRuntime } from '../../intake.runtime';
import { ListCases, ListCasesHandler } from './complaint-register.queries';
import { listComplaintRegister, monthlySummary } from './complaint-register.query';

describe('complaint register (INT-1, KPI-2)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let ds: DataSource;
  let runner: ProjectionRunner;
  const projection = new ComplaintRegisterProjection({ zoneOf: () => 'Asia/Shanghai' });

  /** Decides against the stored stream and appends with the expected version, as the handlers do. */
  async function handle(caseId: string, command: CaseCommand, now: Date) {
    const history = await store.readStream(caseStreamId(caseId));
    const state = history.reduce((s, e) => caseDecider.evolve(s, e as never), caseDecider.initialState);
    const events = caseDecider.decide(command, state, { now, policy: DEFAULT_INTAKE_POLICY });
    return store.appendToStream(caseStreamId(caseId), events, { expectedVersion: history.length });
  }

  beforeAll(async () => {
    db = await createTestDatabase('intake_register');
    store = new PostgresEventStore({ connectionString: db.url });
    await store.migrate();
    ds = readModelDataSource(intakeService, db.url, 4);
    await ds.initialize();
    await ds.runMigrations();
    runner = new ProjectionRunner({ store, dataSource: ds, schema: 'intake', projections: [projection] });
    await runner.migrate();

    await handle('a', registerCommand({ caseId: 'a', caseNumber: 'HZ-2026-000001' }), T0);
    await handle('a', { type: 'RespondToCustomer', caseId: 'a', response: 'on our way' }, minutesAfter(30));
    await handle(
      'a',
      { type: 'ReviewValidity', caseId: 'a', founded: true, remedy: 'repair' },
      minutesAfter(40),
    );
    await handle(
      'b',
      registerCommand({ caseId: 'b', caseNumber: 'HZ-2026-000002', kind: 'consultation' }),
      T0,
    );
    await handle('b', { type: 'CheckResponseDeadline', caseId: 'b' }, minutesAfter(12 * 60));
    await handle(
      'c',
      registerCommand({ caseId: 'c', caseNumber: 'NB-2026-000001', branch: 'NB', severity: 'major' }),
      T0,
    );
    await runner.catchUp();
  });

  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  it('INT-1: lists each branch’s cases with status, deadlines and response compliance', async () => {
    const page = await listComplaintRegister(
      ds.manager,
      { branches: ['HZ'], limit: 50, offset: 0 },
      minutesAfter(60),
    );
    expect(page.total).toBe(2);
    const a = page.items.find((r) => r.caseId === 'a')!;
    expect(a).toMatchObject({
      status: 'accepted',
      remedy: 'repair',
      respondedInTime: true,
      month: '2026-03',
    });
    const b = page.items.find((r) => r.caseId === 'b')!;
    expect(b).toMatchObject({ status: 'registered', responseMissed: true });
  });

  it('ORG-1: a branch filter never shows another branch’s cases', async () => {
    const page = await listComplaintRegister(ds.manager, { branches: ['NB'], limit: 50, offset: 0 }, T0);
    expect(page.items.map((r) => r.caseNumber)).toEqual(['NB-2026-000001']);
  });

  it('INT-1: a case is found by its number, within the branches the caller may see (ORG-1)', async () => {
    const find = (caseNumber: string, branches: readonly string[] | 'all') =>
      listComplaintRegister(ds.manager, { branches, caseNumber, limit: 50, offset: 0 }, T0).then((p) =>
        p.items.map((r) => r.caseId),
      );
    expect(await find('HZ-2026-000002', 'all')).toEqual(['b']);
    expect(await find('NB-2026-000001', ['HZ'])).toEqual([]);
    expect(await find('HZ-2026-00000', 'all')).toEqual([]);
  });

  it('INT-4: the overdue filter finds cases past their response deadline', async () => {
    const page = await listComplaintRegister(
      ds.manager,
      { branches: 'all', overdue: true, limit: 50, offset: 0 },
      minutesAfter(200),
    );
    expect(page.items.map((r) => r.caseId).sort()).toEqual(['b', 'c']);
  });

  it('INT-4: the register’s overdue filter is past deadlines by the injected clock, not the wall clock', async () => {
    const at = (now: Date) =>
      new ListCasesHandler({
        dataSource: ds,
        commands: { clock: { now: () => now } },
      } as unknown as IntakeRuntime);
    const overdue = new ListCases({ branches: 'all', overdue: true, limit: 50, offset: 0 });
    // b's missed response is on record; c's deadline has not passed at T0.
    expect((await at(T0).execute(overdue)).items.map((r) => r.caseId)).toEqual(['b']);
    expect((await at(minutesAfter(200)).execute(overdue)).items.map((r) => r.caseId).sort()).toEqual([
      'b',
      'c',
    ]);
  });

  it('KPI-2: the monthly summary counts by kind, severity and model, with response compliance', async () => {
    const summary = await monthlySummary(ds.manager, 'HZ', '2026-03', 16);
    expect(summary).toMatchObject({
      total: 2,
      byKind: { consultation: 1, 'quality-complaint': 1 },
      bySeverity: { general: 2 },
      byModel: { 'KYN28-12': 2 },
      responseCompliance: 0.5,
      costsRecoveredFromCustomer: 0,
    });
  });

  it('KPI-3: a rebuild from the log gives the same register', async () => {
    const before = await listComplaintRegister(ds.manager, { branches: 'all', limit: 50, offset: 0 }, T0);
    await runner.rebuild(projection.name);
    const after = await listComplaintRegister(ds.manager, { branches: 'all', limit: 50, offset: 0 }, T0);
    expect(after).toEqual(before);
  });

  it('INT-7, KPI-2: the register shows a non-quality complaint’s costs recovered from the customer, until it is rejected or found to be a quality problem; the summary counts them', async () => {
    const costsOf = async (caseId: string) => {
      await runner.catchUp();
      const page = await listComplaintRegister(ds.manager, { branches: ['SH'], limit: 50, offset: 0 }, T0);
      return page.items.find((r) => r.caseId === caseId)!.costsRecoveredFrom;
    };
    const sh = (caseId: string, caseNumber: string, kind: 'quality-complaint' | 'non-quality-complaint') =>
      handle(caseId, registerCommand({ caseId, caseNumber, branch: 'SH', kind }), T0);

    await sh('d', 'SH-2026-000001', 'non-quality-complaint');
    await handle('d', { type: 'ReviewValidity', caseId: 'd', founded: true }, minutesAfter(5));
    expect(await costsOf('d')).toBe('customer');
    await handle(
      'd',
      { type: 'ReclassifyCase', caseId: 'd', kind: 'quality-complaint', reason: 'weld defect after all' },
      minutesAfter(10),
    );
    expect(await costsOf('d')).toBeNull();

    await sh('e', 'SH-2026-000002', 'quality-complaint');
    expect(await costsOf('e')).toBeNull();
    await handle(
      'e',
      {
        type: 'ReclassifyCase',
        caseId: 'e',
        kind: 'non-quality-complaint',
        reason: 'dropped by the customer',
      },
      minutesAfter(5),
    );
    expect(await costsOf('e')).toBe('customer');
    await handle(
      'e',
      { type: 'ReviewValidity', caseId: 'e', founded: false, explanation: 'no damage found' },
      minutesAfter(10),
    );
    expect(await costsOf('e')).toBeNull();

    await sh('f', 'SH-2026-000003', 'non-quality-complaint');
    await runner.catchUp();
    expect(await monthlySummary(ds.manager, 'SH', '2026-03', 16)).toMatchObject({
      total: 3,
      byKind: { 'quality-complaint': 1, 'non-quality-complaint': 2 },
      costsRecoveredFromCustomer: 1,
    });
  });
});
