// Issue 22: the register pages by key — every case once across pages, a stale or forged cursor a 400.
import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

describe('paging the complaint register by cursor', () => {
  let intake: IntakeUnderTest;
  let clerk: string;

  beforeAll(async () => {
    intake = await startIntake();
    clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    for (let i = 0; i < 5; i++) {
      const res = await intake.call('POST', '/cases', clerk, {
        branch: 'HZ',
        channel: 'hotline',
        kind: 'repair-request',
        severity: 'general',
        customer: { customerId: `cust-p${i}`, name: '王芳', phone: '+86 571 8888 0000', address: '杭州' },
        product: { model: 'KYN28-12', serialNumber: `SN-P${i}` },
        problem: { description: '合闸后立即跳闸' },
      });
      expect(res.status).toBe(201);
    }
    await intake.runtime.projections.catchUp();
  });
  afterAll(() => intake.stop());

  it('walks the whole register two at a time, newest first, each case once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res = await intake.call('GET', `/cases?limit=2${after ? `&after=${after}` : ''}`, clerk);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(5);
      seen.push(...res.body.items.map((c: { caseId: string }) => c.caseId));
      after = res.body.next;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const all = (await intake.call('GET', '/cases?limit=50', clerk)).body.items.map(
      (c: { caseId: string }) => c.caseId,
    );
    expect(seen).toEqual(all);
  });

  it('refuses a cursor it did not hand out, naming after', async () => {
    const res = await intake.call('GET', '/cases?after=bm90LWEtY3Vyc29y', clerk);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('after');
  });
});
