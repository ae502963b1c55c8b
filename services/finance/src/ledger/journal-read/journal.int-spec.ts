import { rebuildFromEnv, testToken } from '@aftersales/platform';
import { randomUUID } from 'node:crypto';
import { financeService } from '../../finance.service';
import { startFinance, type FinanceUnderTest } from '../../../test/finance-app';

describe('the journal read model (KPI-3: rebuildable from the log)', () => {
  let finance: FinanceUnderTest;

  beforeAll(async () => {
    finance = await startFinance({ DEFAULT_TIME_ZONE: 'Asia/Shanghai' });
  });
  afterAll(() => finance.stop());

  it('KPI-3: the trial balance and cost list emptied by accident come back from the log, paged by keyset', async () => {
    const officer = await testToken('u-fin', ['finance-officer'], []);
    const caseId = randomUUID();
    for (const costId of ['k-1', 'k-2', 'k-3']) {
      const res = await finance.call('POST', '/costs', officer, {
        caseId,
        costId,
        branch: 'HZ',
        kind: 'packaging',
        amount: { amountMinor: 1_234, currency: 'CNY' },
        bearer: 'by-attribution',
        description: 'crate',
      });
      expect(res.status).toBe(200);
    }
    await finance.call('POST', `/cases/${caseId}/costs/k-2/approve`, officer);
    await finance.runtime.projections.catchUp();
    const trial = (await finance.call('GET', '/trial-balance', officer)).body;
    expect(trial).toMatchObject({
      balanced: true,
      accounts: [
        { account: 'costs-payable', creditMinor: 1_234, balanceMinor: -1_234 },
        { account: 'manufacturing-cost', debitMinor: 1_234, balanceMinor: 1_234 },
      ],
    });
    const first = (await finance.call('GET', '/costs?limit=2', officer)).body;
    expect(first.items.map((c: { costId: string }) => c.costId)).toEqual(['k-1', 'k-2']);
    const rest = (await finance.call('GET', `/costs?limit=2&after=${first.next}`, officer)).body;
    expect(rest).toMatchObject({ items: [{ costId: 'k-3' }], next: null });
    const bad = await finance.call('GET', '/costs?after=not-ours', officer);
    expect(bad).toMatchObject({
      status: 400,
      body: { details: [expect.objectContaining({ field: 'after' })] },
    });

    await finance.runtime.dataSource.query(
      'DELETE FROM finance.journal_line; DELETE FROM finance.account_balance; DELETE FROM finance.cost',
    );
    const done = await rebuildFromEnv(financeService, ['finance.journal'], { DATABASE_URL: finance.db.url });
    expect(done).toEqual([expect.objectContaining({ name: 'finance.journal' })]);
    expect((await finance.call('GET', '/trial-balance', officer)).body).toEqual(trial);
    expect((await finance.call('GET', `/cases/${caseId}/money`, officer)).body.costs).toHaveLength(3);
  });

  it('FIN-9: the account balances the trial balance reads are exactly the sums of the journal lines, per month', async () => {
    const officer = await testToken('u-fin', ['finance-officer'], []);
    const caseId = randomUUID();
    for (const [costId, amountMinor] of [
      ['b-1', 1_001],
      ['b-2', 2_002],
      ['b-3', 3_003],
    ] as const) {
      await finance.call('POST', '/costs', officer, {
        caseId,
        costId,
        branch: 'SZ',
        kind: 'transport',
        amount: { amountMinor, currency: 'CNY' },
        bearer: costId === 'b-3' ? 'branch' : 'by-attribution',
        description: 'freight',
      });
      await finance.call('POST', `/cases/${caseId}/costs/${costId}/approve`, officer);
    }
    await finance.call('POST', `/cases/${caseId}/costs/b-1/reverse`, officer, { reason: 'entered twice' });
    await finance.runtime.projections.catchUp();
    // Every month's balance in the trial balance is the sum of its lines, whatever else the journal holds.
    const byLines = await finance.runtime.dataSource.query(
      `SELECT currency, account, period, sum(debit_minor)::bigint AS debit, sum(credit_minor)::bigint AS credit
         FROM finance.journal_line GROUP BY currency, account, period ORDER BY 1, 2, 3`,
    );
    const kept = await finance.runtime.dataSource.query(
      `SELECT currency, account, period, debit_minor AS debit, credit_minor AS credit
         FROM finance.account_balance ORDER BY 1, 2, 3`,
    );
    expect(kept).toEqual(byLines);
    expect(byLines.length).toBeGreaterThan(0);
    const trial = (await finance.call('GET', '/trial-balance', officer)).body;
    expect(trial.balanced).toBe(true);
  });

  it("the journal exports as CSV for accountants, one row per line, within the caller's branches", async () => {
    const get = async (token: string, query = '') => {
      const res = await fetch(`${finance.service.url}/finance/exports/journal.csv${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    const officer = await testToken('u-fin', ['finance-officer'], []);
    const csv = await get(officer, '?branch=HZ');
    expect(csv).toMatchObject({ status: 200, type: expect.stringContaining('text/csv') });
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toBe(
      'entry_id,line_no,case_id,branch,period,posted_at,account,debit_minor,credit_minor,currency,cause_kind,cost_id,claim_id,attribution_id,reverses',
    );
    expect(rows.map((r) => r.split(',').slice(6, 11))).toEqual([
      ['manufacturing-cost', '1234', '0', 'CNY', 'cost-approved'],
      ['costs-payable', '0', '1234', 'CNY', 'cost-approved'],
    ]);
    const other = await testToken('u-nb', ['branch-manager'], ['NB']);
    expect((await get(other, '?branch=HZ')).status).toBe(403);
    expect((await get(other)).text.trim().split('\r\n')).toHaveLength(1);
    // A refused export answers its error as JSON, not as a CSV the error cannot be (found by the fuzzer).
    const refused = await get(officer, '?branch=%5B%5D');
    expect(refused).toMatchObject({ status: 400, type: expect.stringContaining('application/json') });
    expect(JSON.parse(refused.text)).toMatchObject({ error: 'validation_failed' });
    expect(JSON.stringify(JSON.parse(refused.text))).toContain('branch');
  });
});
