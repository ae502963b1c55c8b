import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import { startRuntimeFromEnv } from '@aftersales/platform';
import type { DispatchRuntime } from '../../dispatch.runtime';
import { dispatchService } from '../../dispatch.service';
import { defaultCalendar, dispatchSettings } from '../../dispatch-settings';

describe('dispatch read models (visit list, roster, report events)', () => {
  let db: TestDatabase;
  let runtime: DispatchRuntime;

  beforeAll(async () => {
    db = await createTestDatabase('dispatch_visit_list');
    runtime = await startRuntimeFromEnv(
      dispatchService,
      { DATABASE_URL: db.url },
      { settings: dispatchSettings({ branches: { HZ: { calendar: defaultCalendar('Asia/Shanghai') } } }) },
    );
  });
  afterAll(async () => {
    await runtime.stop();
    await db.drop();
  });

  const snapshot = async () => ({
    visits: await runtime.dataSource.query(
      `SELECT visit_id, status, engineer_id, arrived_at, receipt_no, last_position FROM dispatch.visit_list ORDER BY visit_id`,
    ),
    roster: await runtime.dataSource.query(`SELECT * FROM dispatch.engineer_roster ORDER BY engineer_id`),
    report: await runtime.dataSource.query(
      `SELECT position, type FROM dispatch.report_event ORDER BY position`,
    ),
  });

  it('follows the visit and engineer streams, and a rebuild from the log gives the same rows', async () => {
    const c = runtime.commands;
    await c.engineer({
      type: 'RegisterEngineer',
      engineerId: 'e1',
      branch: 'HZ',
      home: 'branch',
      skills: ['sg'],
      baseZone: 'city',
    });
    const visitIds = [randomUUID(), randomUUID()];
    for (const visitId of visitIds) {
      await c.visit({
        type: 'OpenVisit',
        visitId,
        caseId: randomUUID(),
        caseNumber: 'HZ-2026-000001',
        branch: 'HZ',
        customer: { customerId: 'c', addressRef: 'ref', zone: 'city' },
        product: { model: 'M', serialNumber: 'S', productLine: 'sg' },
        problem: { description: 'p' },
        urgency: 'standard',
        acceptedAt: new Date().toISOString(),
      });
    }
    await c.visit({
      type: 'AssignEngineer',
      visitId: visitIds[0],
      engineerId: 'e1',
      assignedBy: 'dispatcher',
    });
    await c.visit({ type: 'RecordDeparture', visitId: visitIds[0] });
    await c.visit({ type: 'RecordArrival', visitId: visitIds[0] });
    await c.visit({ type: 'RecordFindings', visitId: visitIds[0], findings: 'f' });
    await c.visit({
      type: 'TakeBackProduct',
      visitId: visitIds[0],
      receiptNo: 'R-1',
      registerEntryNo: 'I-1',
      repairCardNo: 'C-1',
    });
    await runtime.projections.catchUp();

    const before = await snapshot();
    expect(before.visits.map((v: { status: string }) => v.status).sort()).toEqual([
      'in-repair',
      'unassigned',
    ]);
    expect(before.visits.find((v: { status: string }) => v.status === 'in-repair')).toMatchObject({
      engineer_id: 'e1',
      receipt_no: 'R-1',
    });
    expect(before.roster).toEqual([
      expect.objectContaining({ engineer_id: 'e1', branch: 'HZ', active: true }),
    ]);
    // Every visit event that names its branch (findings do not; the report does not count them).
    expect(before.report).toHaveLength(6);

    await runtime.projections.rebuild('dispatch.visit-list');
    expect(await snapshot()).toEqual(before);
  });
});
