import { eventually } from '@aftersales/testing';
import {
  ALWAYS_OPEN,
  startDispatch,
  tokenFor,
  writePolicyFile,
  type DispatchUnderTest,
} from './dispatch-app';

const engineer = (engineerId: string, skills = ['switchgear']) => ({
  engineerId,
  branch: 'HZ',
  home: 'branch',
  skills,
  baseZone: 'city',
});

/** Issues 22 and 32: hostile and careless input never reaches a 500, and never stops the visit list. */
describe('dispatch: input it refuses at the edge, and an event its visit list cannot apply', () => {
  let app: DispatchUnderTest;
  let hz: string;

  const head = async (): Promise<number> =>
    Number(
      (await app.runtime.dataSource.query('SELECT max(position) AS p FROM event_store.events'))[0].p ?? 0,
    );

  beforeAll(async () => {
    app = await startDispatch({
      DISPATCH_POLICY_FILE: writePolicyFile({
        branches: { HZ: { calendar: ALWAYS_OPEN } },
        productLines: { 'KYN28-12': 'switchgear' },
      }),
    });
    hz = await tokenFor('u-disp', ['dispatcher'], ['HZ']);
    expect((await app.call('POST', '/engineers', hz, engineer('e-1'))).status).toBe(201);
  });
  afterAll(() => app.stop());

  it('a NUL in an engineer id (path) or a query value is a 400 naming it, not a 500', async () => {
    for (const [method, path, body] of [
      ['GET', '/engineers/%00', undefined],
      ['POST', '/engineers/%00/availability', {}],
    ] as const) {
      const res = await app.call(method, path, hz, body);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'engineerId', reason: 'engineerId must not contain a NUL character' },
      ]);
    }
    // One who reads every branch: no guard stands between the value and the store.
    const executive = await tokenFor('u-boss', ['executive'], []);
    const visits = await app.call('GET', '/visits?branch=%00', executive);
    expect(visits.status).toBe(400);
    expect(visits.body.details).toEqual([
      { field: 'branch', reason: 'branch must not contain a NUL character' },
    ]);
  });

  it('an unpaired surrogate in a skill or a reason is a 400 naming it, and nothing is appended', async () => {
    const before = await head();
    const skills = await app.call('POST', '/engineers', hz, engineer('e-2', ['x\udfffy']));
    expect(skills.status).toBe(400);
    expect(skills.body.details).toEqual([
      { field: 'skills.0', reason: '0 must not contain an unpaired surrogate (not valid Unicode)' },
    ]);
    const changed = await app.call('POST', '/engineers/e-1/skills', hz, {
      skills: ['ok'],
      reason: 'x\udfffy',
    });
    expect(changed.status).toBe(400);
    expect(changed.body.details[0].field).toBe('reason');
    expect(await head()).toBe(before);
  });

  it.each([[1e308], [2 ** 53]])(
    'a parts quantity of %s is a 400, and the stock is unchanged',
    async (qty) => {
      const res = await app.call('POST', '/engineers/e-1/parts', hz, {
        lines: [{ partNo: 'FUSE', qty }],
        reference: 'ISS-1',
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        {
          field: 'lines.0.qty',
          reason: 'qty must be a number between -9007199254740991 and 9007199254740991',
        },
      ]);
      expect((await app.call('GET', '/engineers/e-1', hz)).body.stock).toEqual({});
    },
  );

  it('an event the visit list cannot apply is parked: engineers registered later are still listed, readiness says so', async () => {
    const poison = await app.runtime.store.appendToStream('engineer-e-bad', [
      {
        type: 'EngineerRegistered',
        data: {
          engineerId: 'e-bad',
          branch: 'HZ',
          home: 'branch',
          skills: ['x\udfffy'],
          baseZone: 'city',
          registeredAt: new Date().toISOString(),
        },
      },
    ]);
    app.runtime.projections.poke();
    expect((await app.call('POST', '/engineers', hz, engineer('e-3'))).status).toBe(201);
    await eventually(
      async () => {
        const list = await app.call('GET', '/engineers?branch=HZ', hz);
        return (list.body.items ?? list.body).some((e: { engineerId: string }) => e.engineerId === 'e-3');
      },
      'the engineer registered after the poison is listed',
      15_000,
    );
    const ready = await fetch(`${app.service.url}/dispatch/health/ready`);
    expect(ready.status).toBe(200);
    const checks = ((await ready.json()) as { checks: Record<string, string> }).checks;
    expect(checks.projections).toMatch(
      new RegExp(`dispatch.visit-list has 1 parked event\\(s\\), first at position ${poison.lastPosition}`),
    );
  });
});
