import { eventually } from '@aftersales/testing';
import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

const registration = {
  branch: 'HZ',
  channel: 'hotline',
  kind: 'quality-complaint',
  severity: 'general',
  customer: { customerId: 'cust-7', name: '李雷', phone: '+86 571 8888 0007', address: '杭州市' },
  product: { model: 'KYN28-12', serialNumber: 'SN-7' },
  problem: { description: '合闸后立即跳闸' },
};

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Issues 22 and 32: hostile and careless input never reaches a 500, and never stops the register. */
describe('intake: input it refuses at the edge, and an event its register cannot apply', () => {
  let intake: IntakeUnderTest;
  let clerk: string;
  let manager: string;
  let executive: string;
  let caseId: string;

  const head = async (): Promise<number> =>
    Number((await intake.runtime.dataSource.query('SELECT max(position) AS p FROM event_store.events'))[0].p);

  beforeAll(async () => {
    intake = await startIntake();
    clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    manager = await tokenFor('u-wang', ['branch-manager'], ['HZ']);
    executive = await tokenFor('u-boss', ['executive'], []);
    caseId = (await intake.call('POST', '/cases', clerk, registration)).body.caseId;
  });
  afterAll(() => intake.stop());

  it('a NUL in a follow-up owner (INT-10) is a 400 naming the field, and nothing is appended', async () => {
    const before = await head();
    const res = await intake.call('POST', `/cases/${caseId}/follow-up-owner`, manager, { ownerId: '\u0000' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { field: 'ownerId', reason: 'ownerId must not contain a NUL character' },
    ]);
    expect(await head()).toBe(before);
  });

  it('a NUL in a path id or a query value is a 400, not a 500', async () => {
    const forget = await intake.call('POST', '/customers/a%00b/forget', executive);
    expect(forget.status).toBe(400);
    expect(forget.body.details).toEqual([
      { field: 'customerId', reason: 'customerId must not contain a NUL character' },
    ]);
    const list = await intake.call('GET', '/cases?status=%00', clerk);
    expect(list.status).toBe(400);
    expect(list.body.details[0].field).toBe('status');
  });

  it.each([['1e21'], ['9223372036854775808']])(
    'an offset of %s is a 400, not bigint out of range',
    async (offset) => {
      const res = await intake.call('GET', `/cases?offset=${encodeURIComponent(offset)}`, clerk);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'offset', reason: 'offset must be a number between -9007199254740991 and 9007199254740991' },
      ]);
    },
  );

  it('a registration without its customer, or with a list for it, is a 400 naming it, and nothing is appended', async () => {
    const before = await head();
    const { customer: _left, ...without } = registration;
    const missing = await intake.call('POST', '/cases', clerk, without);
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([{ field: 'customer', reason: 'customer must be an object' }]);
    const listed = await intake.call('POST', '/cases', clerk, { ...registration, customer: [] });
    expect(listed.status).toBe(400);
    expect(listed.body.details.map((d: { field: string }) => d.field)).toContain('customer');
    expect(await head()).toBe(before);
  });

  it('a body nested 5,000 deep, or null, is a 400, not a 500', async () => {
    const nested = await fetch(`${intake.service.url}/intake/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' },
      body: '['.repeat(5_000) + ']'.repeat(5_000),
    });
    expect(nested.status).toBe(400);
    const empty = await intake.call('POST', `/cases/${caseId}/follow-up-owner`, manager, null);
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([{ field: 'body', reason: 'body must be a JSON object' }]);
  });

  describe('product dates that cannot be true are a 400 naming the field (policy productDates)', () => {
    it.each([
      [
        'a purchase years ahead',
        { purchaseDate: days(3 * 365) },
        'product.purchaseDate',
        'purchaseDate must not be in the future',
      ],
      [
        'a commissioning next month',
        { commissioningDate: days(30) },
        'product.commissioningDate',
        'commissioningDate must not be in the future',
      ],
      [
        'a purchase in 1800',
        { purchaseDate: '1800-01-01' },
        'product.purchaseDate',
        'purchaseDate must not be more than 100 years ago',
      ],
      [
        'a commissioning before the purchase',
        { purchaseDate: days(-10), commissioningDate: days(-20) },
        'product.commissioningDate',
        'commissioningDate must not be before purchaseDate',
      ],
    ])('%s', async (_what, dates, field, reason) => {
      const before = await head();
      const res = await intake.call('POST', '/cases', clerk, {
        ...registration,
        product: { ...registration.product, ...dates },
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field, reason }]);
      expect(await head()).toBe(before);
    });

    it('dates that can be true are taken: bought last year, commissioned today', async () => {
      const res = await intake.call('POST', '/cases', clerk, {
        ...registration,
        product: { ...registration.product, purchaseDate: days(-365), commissioningDate: days(0) },
      });
      expect(res.status).toBe(201);
    });
  });

  it('an event the register cannot apply (in the log before this check) is parked: the register goes on, readiness and /metrics say so', async () => {
    // As an earlier release let it in: straight to the log, past the edge.
    const poison = await intake.runtime.store.appendToStream(`case-${caseId}`, [
      { type: 'FollowUpOwnerAssigned', data: { caseId, ownerId: 'x\u0000y' } },
    ]);
    intake.runtime.projections.poke();
    const later = await intake.call('POST', '/cases', clerk, {
      ...registration,
      product: { model: 'M-2', serialNumber: 'SN-8' },
    });
    expect(later.status).toBe(201);
    await eventually(
      async () => {
        const list = await intake.call('GET', '/cases?limit=200', clerk);
        return list.body.items.some((c: { caseId: string }) => c.caseId === later.body.caseId);
      },
      'the case registered after the poison is listed',
      15_000,
    );
    const ready = await fetch(`${intake.service.url}/intake/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks.projections).toBe(
      `up: intake.complaint-register has 1 parked event(s), first at position ${poison.lastPosition}`,
    );
    const parked = await intake.runtime.projections.parkedEvents('intake.complaint-register');
    expect(parked).toEqual([
      expect.objectContaining({
        position: poison.lastPosition,
        streamId: `case-${caseId}`,
        type: 'FollowUpOwnerAssigned',
      }),
    ]);
    const metrics = await (await fetch(`${intake.service.url}/intake/metrics`)).text();
    expect(metrics).toMatch(/projection_parked_events\{projection="intake.complaint-register"[^}]*\} 1/);
    expect(intake.logs.join('\n')).toMatch(/parked/);
  });
});
