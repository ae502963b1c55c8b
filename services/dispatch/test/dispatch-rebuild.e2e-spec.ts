import { rebuildFromEnv } from '@aftersales/platform';
import { dispatchService } from '../src/dispatch.service';
import { startDispatch, tokenFor, type DispatchUnderTest } from './dispatch-app';

describe('rebuilding dispatch read models from the log (SERVICE-CHECKLIST 7, KPI-3)', () => {
  let dispatch: DispatchUnderTest;

  beforeAll(async () => {
    dispatch = await startDispatch({ DISPATCH_BRANCHES: 'HZ' });
  });
  afterAll(() => dispatch.stop());

  it('KPI-3: the engineer roster emptied by accident comes back from the log', async () => {
    const dispatcher = await tokenFor('u-disp', ['dispatcher'], ['HZ']);
    for (const engineerId of ['e-1', 'e-2']) {
      const res = await dispatch.call('POST', '/engineers', dispatcher, {
        engineerId,
        branch: 'HZ',
        home: 'branch',
        skills: ['switchgear'],
        baseZone: 'city',
      });
      expect(res.status).toBe(201);
    }
    await dispatch.runtime.projections.catchUp();
    const before = (await dispatch.call('GET', '/engineers?branch=HZ', dispatcher)).body;
    await dispatch.runtime.dataSource.query('DELETE FROM dispatch.engineer_roster');

    const done = await rebuildFromEnv(dispatchService, ['dispatch.visit-list'], {
      DATABASE_URL: dispatch.db.url,
    });
    expect(done).toEqual([expect.objectContaining({ name: 'dispatch.visit-list' })]);
    expect((await dispatch.call('GET', '/engineers?branch=HZ', dispatcher)).body).toEqual(before);
    expect(JSON.stringify(before)).toContain('e-2');
  });
});
