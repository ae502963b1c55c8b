import { checkAuthorizationMatrix, type MatrixEndpoint } from '@aftersales/platform';
import { randomUUID } from 'node:crypto';
import { LEDGER_READERS, READERS, RECORDERS, AUDITORS, WATCHERS } from '../src/finance.roles';
import { startFinance, type FinanceUnderTest } from './finance-app';

describe('ORG-1 and roles on every kind of finance endpoint (authorization matrix)', () => {
  let finance: FinanceUnderTest;
  const caseOf: Record<string, string> = {};

  beforeAll(async () => {
    finance = await startFinance();
    for (const branch of ['HZ', 'NB']) {
      caseOf[branch] = randomUUID();
      await finance.runtime.parts.ledgers.execute({
        type: 'RecordCost',
        caseId: caseOf[branch],
        costId: 'k-1',
        branch,
        kind: 'parts',
        amount: { amountMinor: 100, currency: 'CNY' },
        bearer: 'by-attribution',
        description: 'fuse',
        source: { kind: 'manual', userId: 'u' },
      });
    }
    await finance.runtime.projections.catchUp();
  });
  afterAll(() => finance.stop());

  it('401 without a token, 403 for a wrong role or another branch (head-office roles excepted), otherwise through', async () => {
    const endpoints: MatrixEndpoint[] = [
      { method: 'GET', path: (b) => `/finance/cases/${caseOf[b]}/money`, roles: READERS, branchScoped: true },
      { method: 'GET', path: (b) => `/finance/costs?branch=${b}`, roles: READERS, branchScoped: true },
      { method: 'GET', path: (b) => `/finance/cost-report?branch=${b}`, roles: READERS, branchScoped: true },
      {
        method: 'GET',
        path: (b) => `/finance/exports/journal.csv?branch=${b}`,
        roles: READERS,
        branchScoped: true,
      },
      {
        method: 'GET',
        path: (b) => `/finance/periods/${b}/2026-01/settlement`,
        roles: READERS,
        branchScoped: true,
      },
      { method: 'GET', path: () => '/finance/trial-balance', roles: LEDGER_READERS, branchScoped: false },
      { method: 'GET', path: () => '/finance/customers/watch-list', roles: WATCHERS, branchScoped: false },
      {
        method: 'POST',
        path: () => '/finance/costs',
        body: (b) => ({
          caseId: caseOf[b],
          costId: 'k-2',
          branch: b,
          kind: 'transport',
          amount: { amountMinor: 100, currency: 'CNY' },
          bearer: 'by-attribution',
          description: 'freight',
        }),
        roles: RECORDERS,
        branchScoped: true,
      },
      {
        method: 'POST',
        path: (b) => `/finance/cases/${caseOf[b]}/costs/k-1/reject`,
        body: () => ({ reason: 'no receipt' }),
        roles: AUDITORS,
        branchScoped: true,
      },
    ];
    const { failures } = await checkAuthorizationMatrix({
      baseUrl: finance.service.url,
      endpoints,
      homeBranch: 'HZ',
      otherBranch: 'NB',
      concurrency: 2,
    });
    expect(failures).toEqual([]);
  });
});
