import { eventually } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import {
  ALWAYS_OPEN,
  startDispatch,
  tokenFor,
  writePolicyFile,
  type DispatchUnderTest,
} from './dispatch-app';

/** Seeds dispatch's copy of a case as the intake consumer would (the Kafka path has its own spec). */
async function seedCase(app: DispatchUnderTest, branch: string) {
  const caseId = randomUUID();
  await app.runtime.pool.query(
    `INSERT INTO dispatch.case_copy (case_id, case_number, branch, kind, severity, customer_id, product_model, serial_number, problem)
     VALUES ($1, $2, $3, 'repair-request', 'general', 'cust-1', 'KYN28-12', 'SN-1', '{"description":"trips"}')`,
    [caseId, `${branch}-2026-000001`, branch],
  );
  return caseId;
}

describe('dispatch over HTTP (DSP-1, DSP-3, ORG-1)', () => {
  let app: DispatchUnderTest;

  beforeAll(async () => {
    app = await startDispatch({
      DISPATCH_POLICY_FILE: writePolicyFile({
        branches: { HZ: { calendar: ALWAYS_OPEN }, NB: { calendar: ALWAYS_OPEN } },
        productLines: { 'KYN28-12': 'switchgear' },
      }),
    });
  });
  afterAll(() => app.stop());

  it('engineers, a dispatcher-opened visit, auto-assignment, parts from stock, 422 with the rule, 403 on another branch, paged list', async () => {
    const hz = await tokenFor('u-disp', ['dispatcher'], ['HZ']);
    const nb = await tokenFor('u-nb', ['dispatcher'], ['NB']);
    const eng = await tokenFor('e-1', ['engineer'], ['HZ']);

    expect(
      (
        await app.call('POST', '/engineers', hz, {
          branch: 'NB',
          home: 'branch',
          skills: ['x'],
          baseZone: 'city',
        })
      ).status,
    ).toBe(403);
    const e1 = await app.call('POST', '/engineers', hz, {
      engineerId: 'e-1',
      branch: 'HZ',
      home: 'branch',
      skills: ['switchgear'],
      baseZone: 'city',
    });
    expect(e1.status).toBe(201);
    await app.call('POST', '/engineers', hz, {
      engineerId: 'e-2',
      branch: 'HZ',
      home: 'branch',
      skills: ['transformers'],
      baseZone: 'city',
    });
    expect(
      (
        await app.call('POST', '/engineers/e-1/parts', hz, {
          lines: [{ partNo: 'FUSE', qty: 2 }],
          reference: 'ISS-1',
        })
      ).status,
    ).toBe(200);
    expect((await app.call('POST', '/engineers/e-1/skills', nb, { skills: ['x'], reason: 'r' })).status).toBe(
      403,
    );
    expect(
      (
        await app.call('POST', '/engineers', hz, {
          branch: 'HZ',
          home: 'branch',
          skills: ['x'],
          baseZone: 'moon',
        })
      ).status,
    ).toBe(400);

    const caseId = await seedCase(app, 'HZ');
    const opened = await app.call('POST', '/visits', hz, { caseId, zone: 'suburbs' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'unassigned', zone: 'suburbs', branch: 'HZ' });
    const visitId = opened.body.visitId;
    await app.runtime.projections.catchUp();

    expect((await app.call('POST', `/visits/${visitId}/auto-assignment`, nb, {})).status).toBe(403);
    const auto = await app.call('POST', `/visits/${visitId}/auto-assignment`, hz, {});
    expect(auto.status).toBe(200);
    expect(auto.body).toMatchObject({ engineerId: 'e-1', status: 'assigned', events: ['EngineerAssigned'] });

    const early = await app.call('POST', `/visits/${visitId}/findings`, eng, { findings: 'x' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ error: 'rule_violation', rule: 'DSP-3' });

    await app.call('POST', `/visits/${visitId}/departure`, eng);
    await app.call('POST', `/visits/${visitId}/arrival`, eng);
    const tooMany = await app.call('POST', `/visits/${visitId}/parts-used`, eng, {
      usageId: 'u-1',
      parts: [{ partNo: 'FUSE', qty: 3, unitCost: { amountMinor: 100, currency: 'CNY' } }],
    });
    expect(tooMany.status).toBe(422);
    const used = await app.call('POST', `/visits/${visitId}/parts-used`, eng, {
      usageId: 'u-1',
      parts: [{ partNo: 'FUSE', qty: 2, unitCost: { amountMinor: 100, currency: 'CNY' } }],
    });
    expect(used.status).toBe(200);
    expect((await app.call('GET', '/engineers/e-1', hz)).body.stock).toEqual({ FUSE: 0 });

    await eventually(
      async () => (await app.call('GET', '/visits?status=on-site', hz)).body.total === 1,
      'the list shows the visit on site',
    );
    expect((await app.call('GET', '/visits', nb)).body.total).toBe(0);
    expect((await app.call('GET', '/visits?branch=HZ', nb)).status).toBe(403);
    expect((await app.call('GET', '/visits?limit=201', hz)).status).toBe(400);
    expect((await app.call('GET', `/visits/${visitId}`, nb)).status).toBe(403);
    const timeline = await app.call('GET', `/visits/${visitId}`, hz);
    expect(timeline.body.timeline.map((e: { type: string }) => e.type)).toContain('PartsUsedOnVisit');
  });

  it('DSP-1: auto-assignment sees an engineer registered just before it, however far the roster lags (issue 32)', async () => {
    const hz = await tokenFor('u-disp', ['dispatcher'], ['HZ']);
    const caseId = await seedCase(app, 'HZ');
    const opened = await app.call('POST', '/visits', hz, { caseId, zone: 'city' });
    await app.runtime.projections.catchUp();
    // The roster's read model lags: its projection cannot commit a batch while this holds its checkpoint.
    const holder = await app.runtime.pool.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM dispatch.projection_checkpoint WHERE name = $1 FOR UPDATE`, [
      'dispatch.visit-list',
    ]);
    try {
      const engineerId = `e-${randomUUID()}`;
      const registered = await app.call('POST', '/engineers', hz, {
        engineerId,
        branch: 'HZ',
        home: 'branch',
        skills: ['switchgear'],
        baseZone: 'city',
      });
      expect(registered.status).toBe(201);
      const assigned = app.call('POST', `/visits/${opened.body.visitId}/auto-assignment`, hz, {});
      await new Promise((r) => setTimeout(r, 300));
      await holder.query('COMMIT');
      const answer = await assigned;
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ engineerId, status: 'assigned' });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      holder.release();
    }
  });

  it('/metrics shows its group commits and each projection caught up with the log', async () => {
    await app.runtime.projections.catchUp();
    const text = await (await fetch(`${app.service.url}/dispatch/metrics`)).text();
    expect(text).toMatch(/^eventstore_flush_events_count\{service="dispatch"\} [1-9]/m);
    expect(Number(/^eventstore_head_position\{service="dispatch"\} (\d+)/m.exec(text)?.[1])).toBe(
      (await app.runtime.store.readAll()).at(-1)!.globalPosition,
    );
    for (const name of ['visit-list', 'visit-timers'])
      expect(text).toMatch(
        new RegExp(
          `^eventstore_follower_lag_events\\{[^}]*follower="projection:dispatch.${name}"[^}]*\\} 0$`,
          'm',
        ),
      );
  });
});
