import { rebuildFromEnv } from '@aftersales/platform';
import { intakeService } from '../src/intake.service';
import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

describe('rebuilding intake read models from the log (SERVICE-CHECKLIST 7, KPI-3)', () => {
  let intake: IntakeUnderTest;

  beforeAll(async () => {
    intake = await startIntake();
  });
  afterAll(() => intake.stop());

  it('KPI-3: the complaint register emptied by accident comes back identical from the log, while the service runs', async () => {
    const clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    for (const serial of ['R-1', 'R-2', 'R-3']) {
      const res = await intake.call('POST', '/cases', clerk, {
        branch: 'HZ',
        channel: 'hotline',
        kind: 'consultation',
        severity: 'general',
        customer: { customerId: `cust-${serial}`, name: '赵敏', phone: '13700000000', address: '杭州' },
        product: { model: 'KYN28-12', serialNumber: serial },
        problem: { description: '咨询保修期' },
      });
      expect(res.status).toBe(201);
    }
    await intake.runtime.projections.catchUp();
    const before = (await intake.call('GET', '/cases?limit=50', clerk)).body;
    expect(before.total).toBe(3);

    await intake.runtime.dataSource.query('DELETE FROM intake.complaint_register');
    expect((await intake.call('GET', '/cases', clerk)).body.total).toBe(0);

    const done = await rebuildFromEnv(intakeService, [], {
      DATABASE_URL: intake.db.url,
      BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai,NB=Asia/Shanghai',
    });
    expect(done.map((d) => d.name)).toEqual(['intake.complaint-register']);
    expect((await intake.call('GET', '/cases?limit=50', clerk)).body).toEqual(before);
  });

  it('an unknown read model is refused by name, and nothing is touched', async () => {
    await expect(
      rebuildFromEnv(intakeService, ['intake.nope'], { DATABASE_URL: intake.db.url }),
    ).rejects.toThrow(/no read model named intake\.nope; known: intake\.complaint-register/);
  });
});
