import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

const registration = {
  branch: 'HZ',
  channel: 'hotline',
  kind: 'non-quality-complaint',
  severity: 'general',
  customer: {
    customerId: 'cust-client-1',
    name: '李娜',
    phone: '+86 571 1234 5678',
    address: '杭州市上城区 2 号',
  },
  product: { model: 'KYN28-12', serialNumber: 'SN-C1' },
  problem: { description: '柜门无法关闭' },
};

/** What a client of intake sees over HTTP: headers included. */
async function send(
  intake: IntakeUnderTest,
  method: string,
  path: string,
  token: string,
  options: { json?: unknown; body?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${intake.service.url}/intake${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are asserted field by field
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

describe('intake as a client meets it (issue 31)', () => {
  let intake: IntakeUnderTest;
  let clerk: string;
  let manager: string;
  let otherManager: string;

  beforeAll(async () => {
    intake = await startIntake({ READ_MODEL_WAIT_MS: '3000' });
    clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    manager = await tokenFor('u-wang', ['branch-manager'], ['HZ']);
    otherManager = await tokenFor('u-zhou', ['branch-manager'], ['HZ']);
  });
  afterAll(() => intake.stop());

  describe('read-your-writes', () => {
    it('a registration answers the log position it produced; the register read with it includes the new case', async () => {
      const reg = await send(intake, 'POST', '/cases', clerk, { json: registration });
      expect(reg.status).toBe(201);
      const position = reg.headers.get('x-log-position');
      expect(Number(position)).toBeGreaterThan(0);
      const list = await send(intake, 'GET', '/cases?branch=HZ', clerk, {
        headers: { 'x-min-position': position! },
      });
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { caseId: string }) => c.caseId)).toContain(reg.body.caseId);
    });

    it('a rejection answered 200 is in the register at once for a read with its position', async () => {
      const reg = await send(intake, 'POST', '/cases', clerk, { json: registration });
      const rejected = await send(intake, 'POST', `/cases/${reg.body.caseId}/review`, clerk, {
        json: { founded: false, explanation: 'damage from misuse, not a defect' },
      });
      expect(rejected.status).toBe(200);
      const position = rejected.headers.get('x-log-position')!;
      expect(Number(position)).toBeGreaterThan(Number(reg.headers.get('x-log-position')));
      const list = await send(intake, 'GET', '/cases?branch=HZ&status=rejected', clerk, {
        headers: { 'x-min-position': position },
      });
      expect(list.body.items.map((c: { caseId: string }) => c.caseId)).toContain(reg.body.caseId);
    });

    it('a malformed x-min-position is a 400 naming it', async () => {
      const list = await send(intake, 'GET', '/cases?branch=HZ', clerk, {
        headers: { 'x-min-position': 'soon' },
      });
      expect(list.status).toBe(400);
      expect(list.body.details).toEqual([
        { field: 'x-min-position', reason: expect.stringContaining('log position') },
      ]);
    });

    it('a read model that does not reach the position in time answers 425 with Retry-After', async () => {
      await intake.runtime.projections.stop();
      try {
        const reg = await send(intake, 'POST', '/cases', clerk, { json: registration });
        const started = Date.now();
        const list = await send(intake, 'GET', '/cases?branch=HZ', clerk, {
          headers: { 'x-min-position': reg.headers.get('x-log-position')! },
        });
        expect(list.status).toBe(425);
        expect(Date.now() - started).toBeGreaterThanOrEqual(2_900); // READ_MODEL_WAIT_MS
        expect(Number(list.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(list.body).toMatchObject({
          error: 'not_yet_consistent',
          behind: ['intake.complaint-register'],
        });
      } finally {
        intake.runtime.projections.start();
      }
    });
  });

  describe('AUD-4: a customer erased before registers again', () => {
    it('is registered under a new pseudonymous customer id, with a warning naming AUD-4; the erased case stays erased', async () => {
      const executive = await tokenFor('u-boss', ['executive'], []);
      const customer = { ...registration.customer, customerId: 'cust-erased-1' };
      const first = await send(intake, 'POST', '/cases', clerk, { json: { ...registration, customer } });
      expect((await send(intake, 'POST', '/customers/cust-erased-1/forget', executive)).status).toBe(200);

      const again = await send(intake, 'POST', '/cases', clerk, {
        json: { ...registration, customer: { ...customer, name: '李娜 (new)' } },
      });
      expect(again.status).toBe(201);
      expect(again.body.customerId).toEqual(expect.any(String));
      expect(again.body.customerId).not.toBe('cust-erased-1');
      expect(again.body.warnings).toEqual([
        {
          rule: 'AUD-4',
          message: expect.stringContaining(`customer cust-erased-1 was erased on`),
        },
      ]);
      const renewed = await send(intake, 'GET', `/cases/${again.body.caseId}`, clerk);
      expect(renewed.body.registration.customer).toMatchObject({
        customerId: again.body.customerId,
        name: '李娜 (new)',
      });
      const erased = await send(intake, 'GET', `/cases/${first.body.caseId}`, clerk);
      expect(erased.body.registration.customer.name).toBe('[erased]');

      // A customer never erased gets no warning and keeps their id.
      const plain = await send(intake, 'POST', '/cases', clerk, { json: registration });
      expect(plain.body.warnings).toBeUndefined();
    });
  });

  describe('messages that do not confuse', () => {
    it('a missing serialNumber is one reason: required', async () => {
      const { serialNumber: _, ...product } = registration.product;
      const reg = await send(intake, 'POST', '/cases', clerk, { json: { ...registration, product } });
      expect(reg.status).toBe(400);
      expect(reg.body.details).toEqual([
        { field: 'product.serialNumber', reason: 'serialNumber is required' },
      ]);
    });

    it('a serialNumber of the wrong type is its type alone, not its length too', async () => {
      const reg = await send(intake, 'POST', '/cases', clerk, {
        json: { ...registration, product: { ...registration.product, serialNumber: 42 } },
      });
      expect(reg.body.details).toEqual([
        { field: 'product.serialNumber', reason: 'serialNumber must be a string' },
      ]);
    });

    it('a case id that is not a UUID is reported as caseId', async () => {
      const read = await send(intake, 'GET', '/cases/not-a-uuid', clerk);
      const write = await send(intake, 'POST', '/cases/not-a-uuid/review', clerk, {
        json: { founded: true },
      });
      for (const res of [read, write]) {
        expect(res.status).toBe(400);
        expect(res.body.details).toEqual([{ field: 'caseId', reason: 'caseId must be a UUID' }]);
      }
    });

    it('a text/plain body is 415, not 400 listing every field; nothing is registered', async () => {
      const before = await intake.runtime.store.readAll({ maxCount: 10_000 });
      const reg = await send(intake, 'POST', '/cases', clerk, {
        body: JSON.stringify(registration),
        headers: { 'content-type': 'text/plain' },
      });
      expect(reg.status).toBe(415);
      expect(reg.body).toMatchObject({ error: 'unsupported_media_type' });
      expect((await intake.runtime.store.readAll({ maxCount: 10_000 })).length).toBe(before.length);
    });

    it('201 Created says where the new case is', async () => {
      const reg = await send(intake, 'POST', '/cases', clerk, { json: registration });
      expect(reg.headers.get('location')).toBe(`/intake/cases/${reg.body.caseId}`);
      const there = await fetch(`${intake.service.url}${reg.headers.get('location')}`, {
        headers: { authorization: `Bearer ${clerk}` },
      });
      expect(there.status).toBe(200);
    });

    it('ORG-2: two managers deciding at once: the loser is told the winning decision and the overturn route', async () => {
      const reg = await send(intake, 'POST', '/cases', clerk, { json: registration });
      const id = reg.body.caseId;
      const [a, b] = await Promise.all([
        send(intake, 'POST', `/cases/${id}/review`, manager, { json: { founded: true } }),
        send(intake, 'POST', `/cases/${id}/review`, otherManager, {
          json: { founded: false, explanation: 'not our fault' },
        }),
      ]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(winner.status).toBe(200);
      // A write between its read and its append: 409; one decided after the winner's: 422.
      expect([409, 422]).toContain(loser.status);
      expect(loser.body.rule).toBe('ORG-2');
      expect(loser.body.message).toContain(`was already ${winner.body.status}`);
      expect(loser.body.message).toContain(`POST /intake/cases/${id}/review/overturn`);
      expect(loser.body.message).not.toContain('only the branch manager');
    });
  });
});
