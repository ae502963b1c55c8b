import { randomUUID } from 'node:crypto';
import { periodOf } from '../src/period/accounting-period';
import { startFinance, tokenFor, type FinanceUnderTest } from './finance-app';

describe('finance refuses bad input and wrong callers, appending nothing (issue 26)', () => {
  let finance: FinanceUnderTest;
  let officer: string;
  let manager: string;
  const cost = (overrides: Record<string, unknown> = {}) => ({
    caseId: randomUUID(),
    costId: 'k-1',
    branch: 'HZ',
    kind: 'transport',
    amount: { amountMinor: 4_500, currency: 'CNY' },
    bearer: 'by-attribution',
    description: 'freight back to the factory',
    ...overrides,
  });
  const streamOf = async (caseId: string) => finance.runtime.store.readStream(`ledger-${caseId}`);

  beforeAll(async () => {
    finance = await startFinance();
    officer = await tokenFor('u-fin', ['finance-officer'], []);
    manager = await tokenFor('u-mgr', ['branch-manager'], ['HZ']);
  });
  afterAll(() => finance.stop());

  it('FIN-9: a fractional or negative amount is 400 naming the field; nothing is appended', async () => {
    for (const amountMinor of [10.5, -100, 0]) {
      const body = cost({ amount: { amountMinor, currency: 'CNY' } });
      const res = await finance.call('POST', '/costs', officer, body);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'amount.amountMinor' })]);
      expect(await streamOf(body.caseId)).toEqual([]);
    }
  });

  it('FIN-9: a cost in another currency than the ledger is 422 naming the rule', async () => {
    const body = cost({ amount: { amountMinor: 100, currency: 'EUR' } });
    const res = await finance.call('POST', '/costs', officer, body);
    expect(res).toMatchObject({ status: 422, body: { rule: 'FIN-9' } });
    expect(await streamOf(body.caseId)).toEqual([]);
  });

  it('FIN-1: only a finance officer approves (403); a rejected cost cannot be approved (409); a rejection needs a reason (400)', async () => {
    const body = cost();
    expect((await finance.call('POST', '/costs', manager, body)).status).toBe(200);
    const path = `/cases/${body.caseId}/costs/k-1`;
    expect((await finance.call('POST', `${path}/approve`, manager)).status).toBe(403);
    expect((await finance.call('POST', `${path}/reject`, officer, { reason: '' })).status).toBe(400);
    const rejected = await finance.call('POST', `${path}/reject`, officer, { reason: 'no receipt' });
    expect(rejected).toMatchObject({ status: 200, body: { status: 'rejected', entries: [] } });
    const before = (await streamOf(body.caseId)).length;
    expect((await finance.call('POST', `${path}/approve`, officer)).status).toBe(409);
    expect(await streamOf(body.caseId)).toHaveLength(before);
  });

  it('ORG-1: a branch manager records costs of their own branch only; the trial balance is head office’s', async () => {
    const foreign = cost({ branch: 'NB' });
    expect((await finance.call('POST', '/costs', manager, foreign)).status).toBe(403);
    expect(await streamOf(foreign.caseId)).toEqual([]);
    expect((await finance.call('GET', '/trial-balance', manager)).status).toBe(403);
    expect((await finance.call('GET', '/costs?branch=NB', manager)).status).toBe(403);
  });

  it('an unknown case is 404; a malformed period is 400', async () => {
    expect((await finance.call('POST', `/cases/${randomUUID()}/costs/k-1/approve`, officer)).status).toBe(
      404,
    );
    const bad = await finance.call('GET', '/trial-balance?period=2026-13', officer);
    expect(bad).toMatchObject({
      status: 400,
      body: { details: [expect.objectContaining({ field: 'period' })] },
    });
  });

  it('FIN-8: a closed month refuses postings into it (422); the settlement statement shows the month and its close', async () => {
    // Months in the service's zone, as it counts them.
    const [year, mon] = periodOf(new Date().toISOString(), finance.runtime.settings.timeZone)
      .split('-')
      .map(Number);
    const month = (offset: number) => {
      const d = new Date(Date.UTC(year, mon - 1 + offset, 1));
      return d.toISOString().slice(0, 7);
    };
    expect(await finance.call('POST', `/periods/HZ/${month(0)}/close`, officer)).toMatchObject({
      status: 422,
      body: { rule: 'FIN-8' },
    });
    const closed = await finance.call('POST', `/periods/HZ/${month(-1)}/close`, officer);
    expect(closed).toMatchObject({ status: 200, body: { events: ['PeriodClosed'] } });
    expect((await finance.call('POST', `/periods/HZ/${month(-1)}/close`, manager)).status).toBe(403);

    const body = cost();
    await finance.call('POST', '/costs', officer, body);
    const path = `/cases/${body.caseId}/costs/k-1/approve`;
    const before = (await streamOf(body.caseId)).length;
    const refused = await finance.call('POST', `${path}?period=${month(-1)}`, officer);
    expect(refused).toMatchObject({ status: 422, body: { rule: 'FIN-8' } });
    expect(await streamOf(body.caseId)).toHaveLength(before);
    expect((await finance.call('POST', path, officer)).status).toBe(200);

    await finance.runtime.projections.catchUp();
    const statement = await finance.call('GET', `/periods/HZ/${month(-1)}/settlement`, manager);
    expect(statement.body).toMatchObject({ branch: 'HZ', period: month(-1), accounts: [] });
    expect(statement.body.closedAt).toEqual(expect.any(String));
    const current = await finance.call('GET', `/periods/HZ/${month(0)}/settlement`, manager);
    expect(current.body).toMatchObject({ closedAt: null });
    expect(current.body.accounts).toEqual(
      expect.arrayContaining([expect.objectContaining({ account: 'manufacturing-cost', debitMinor: 4_500 })]),
    );
  });

  it('FIN-9: an approved cost is corrected by compensating entries, with a reason; a pending one cannot be reversed (409)', async () => {
    const body = cost();
    await finance.call('POST', '/costs', officer, body);
    const path = `/cases/${body.caseId}/costs/k-1`;
    expect((await finance.call('POST', `${path}/reverse`, officer, { reason: 'typo' })).status).toBe(409);
    await finance.call('POST', `${path}/approve`, officer);
    expect((await finance.call('POST', `${path}/reverse`, officer, {})).status).toBe(400);
    const reversed = await finance.call('POST', `${path}/reverse`, officer, { reason: 'entered twice' });
    expect(reversed).toMatchObject({
      status: 200,
      body: { status: 'reversed', entries: [`${body.caseId}:2`] },
    });
    await finance.runtime.projections.catchUp();
    const money = (await finance.call('GET', `/cases/${body.caseId}/money`, officer)).body;
    expect(money.costs).toEqual([expect.objectContaining({ status: 'reversed', reason: 'entered twice' })]);
    expect(money.entries.map((e: { cause: object }) => e.cause)).toEqual([
      { kind: 'cost-approved', costId: 'k-1' },
      { kind: 'reversal', costId: 'k-1', reverses: `${body.caseId}:1` },
    ]);
  });
});
