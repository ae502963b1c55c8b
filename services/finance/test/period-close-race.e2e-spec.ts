import { randomUUID } from 'node:crypto';
import { periodOf } from '../src/period/accounting-period';
import { startFinance, tokenFor, type FinanceUnderTest } from './finance-app';

describe('FIN-8: a close and postings at the same instant (issue 26)', () => {
  let finance: FinanceUnderTest;
  let officer: string;

  beforeAll(async () => {
    finance = await startFinance();
    officer = await tokenFor('u-fin', ['finance-officer'], []);
  });
  afterAll(() => finance.stop());

  it('FIN-8: a month read as open, then closed, refuses the next posting into it (422), appending nothing', async () => {
    const [year, mon] = periodOf(new Date().toISOString(), finance.runtime.settings.timeZone)
      .split('-')
      .map(Number);
    const lastMonth = new Date(Date.UTC(year, mon - 2, 1)).toISOString().slice(0, 7);
    const [a, b] = [randomUUID(), randomUUID()];
    for (const caseId of [a, b])
      await finance.call('POST', '/costs', officer, {
        caseId,
        costId: 'k-1',
        branch: 'NB',
        kind: 'transport',
        amount: { amountMinor: 1_000, currency: 'CNY' },
        bearer: 'by-attribution',
        description: 'freight',
      });
    const approve = (caseId: string, query = `?period=${lastMonth}`) =>
      finance.call('POST', `/cases/${caseId}/costs/k-1/approve${query}`, officer);
    expect((await approve(a)).status).toBe(200); // the month is read, open
    expect((await finance.call('POST', `/periods/NB/${lastMonth}/close`, officer)).status).toBe(200);
    const before = (await finance.runtime.store.readStream(`ledger-${b}`)).length;
    expect(await approve(b)).toMatchObject({ status: 422, body: { rule: 'FIN-8' } });
    expect(await finance.runtime.store.readStream(`ledger-${b}`)).toHaveLength(before);
    expect((await approve(b, '')).status).toBe(200); // into the open month
  });

  it('FIN-8: no posting racing the close of its month is recorded into it after the close', async () => {
    const [year, mon] = periodOf(new Date().toISOString(), finance.runtime.settings.timeZone)
      .split('-')
      .map(Number);
    const lastMonth = new Date(Date.UTC(year, mon - 2, 1)).toISOString().slice(0, 7);
    const cases = Array.from({ length: 120 }, () => randomUUID());
    for (const caseId of cases) {
      const recorded = await finance.call('POST', '/costs', officer, {
        caseId,
        costId: 'k-1',
        branch: 'HZ',
        kind: 'transport',
        amount: { amountMinor: 1_000, currency: 'CNY' },
        bearer: 'by-attribution',
        description: 'freight',
      });
      expect(recorded.status).toBe(200);
    }

    // Every approval into last month is in flight when the close is sent, in the middle of them.
    const approve = (caseId: string) =>
      finance.call('POST', `/cases/${caseId}/costs/k-1/approve?period=${lastMonth}`, officer);
    const first = cases.slice(0, 60).map(approve);
    const close = finance.call('POST', `/periods/HZ/${lastMonth}/close`, officer);
    const second = cases.slice(60).map(approve);
    const answers = await Promise.all([...first, ...second]);
    expect((await close).status).toBe(200);

    for (const answer of answers) expect([200, 409, 422]).toContain(answer.status);
    const log = await finance.runtime.store.readAll();
    const closedAt = log.find((e) => e.type === 'PeriodClosed' && e.streamId === `period-HZ_${lastMonth}`);
    const intoLastMonth = log.filter(
      (e) =>
        e.type === 'EntryPosted' &&
        (e.data as { branch: string; period?: string }).branch === 'HZ' &&
        (e.data as { period?: string }).period === lastMonth,
    );
    expect(closedAt).toBeDefined();
    const afterTheClose = intoLastMonth.filter((e) => e.globalPosition > closedAt!.globalPosition);
    expect(afterTheClose.map((e) => e.streamId)).toEqual([]);
    // Every approval answered 200 posted exactly one entry, before the close.
    expect(intoLastMonth).toHaveLength(answers.filter((a) => a.status === 200).length);
    // The race was real: some landed before the close, the rest were refused after it.
    expect(intoLastMonth.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status !== 200).length).toBeGreaterThan(0);
  });
});
