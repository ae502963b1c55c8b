import { randomUUID } from 'node:crypto';
import {
  ALWAYS_OPEN,
  startDispatch,
  tokenFor,
  writePolicyFile,
  type DispatchUnderTest,
} from './dispatch-app';

/** What a client of dispatch sees over HTTP: headers included. */
async function send(
  app: DispatchUnderTest,
  method: string,
  path: string,
  token: string,
  json?: unknown,
  headers = {},
) {
  const res = await fetch(`${app.service.url}/dispatch${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : undefined,
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

describe('dispatch as a client meets it (issue 31)', () => {
  let app: DispatchUnderTest;
  let dispatcher: string;

  beforeAll(async () => {
    app = await startDispatch({
      DISPATCH_POLICY_FILE: writePolicyFile({
        branches: { HZ: { calendar: ALWAYS_OPEN } },
        productLines: { 'KYN28-12': 'switchgear' },
      }),
    });
    dispatcher = await tokenFor('u-disp', ['dispatcher'], ['HZ']);
  });
  afterAll(() => app.stop());

  it('201 Created says where the new engineer is; the roster read with its log position includes them', async () => {
    const created = await send(app, 'POST', '/engineers', dispatcher, {
      engineerId: 'e-client-1',
      branch: 'HZ',
      home: 'branch',
      skills: ['switchgear'],
      baseZone: 'city',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/dispatch/engineers/e-client-1');
    const position = created.headers.get('x-log-position');
    expect(Number(position)).toBeGreaterThan(0);
    const roster = await send(app, 'GET', '/engineers?branch=HZ', dispatcher, undefined, {
      'x-min-position': position,
    });
    expect(roster.body.items.map((e: { engineerId: string }) => e.engineerId)).toContain('e-client-1');
  });

  it('201 Created says where the new visit is; the visit list read with its log position includes it', async () => {
    const caseId = randomUUID();
    await app.runtime.pool.query(
      `INSERT INTO dispatch.case_copy (case_id, case_number, branch, kind, severity, customer_id, product_model, serial_number, problem)
       VALUES ($1, 'HZ-2026-000901', 'HZ', 'repair-request', 'general', 'cust-1', 'KYN28-12', 'SN-1', '{"description":"trips"}')`,
      [caseId],
    );
    const opened = await send(app, 'POST', '/visits', dispatcher, { caseId, zone: 'city' });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('location')).toBe(`/dispatch/visits/${opened.body.visitId}`);
    const list = await send(app, 'GET', '/visits?branch=HZ', dispatcher, undefined, {
      'x-min-position': opened.headers.get('x-log-position'),
    });
    expect(list.body.items.map((v: { visitId: string }) => v.visitId)).toContain(opened.body.visitId);
  });

  it('a visit id that is not a UUID is reported as visitId', async () => {
    const res = await send(app, 'POST', '/visits/nope/arrival', dispatcher, {});
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'visitId', reason: 'visitId must be a UUID' }]);
  });
});
