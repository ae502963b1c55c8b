import { checkAuthorizationMatrix, type MatrixEndpoint, type Role } from '@aftersales/platform';
import { randomUUID } from 'node:crypto';
import { startWarehouseReturns, tokenFor, type WarehouseReturnsUnderTest } from './warehouse-returns-app';

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const line = (over: object = {}) => ({
  product: { model: 'KYN28-12' },
  serialNumber: 'SN-1',
  quantity: 1,
  unitPrice: cny(10_000),
  reason: 'quality',
  originalOrder: { ref: 'SO-1', deliveredOn: '2026-02-01' },
  ...over,
});

describe('warehouse returns over HTTP: bad input, missing records, ORG-1 and roles', () => {
  let app: WarehouseReturnsUnderTest;
  const rmaOf: Record<string, string> = {};

  beforeAll(async () => {
    app = await startWarehouseReturns();
    for (const branch of ['HZ', 'NB']) {
      rmaOf[branch] = randomUUID();
      await app.runtime.rmas.execute({
        type: 'RequestReturn',
        rmaId: rmaOf[branch],
        branch,
        customerId: 'c',
        source: 'direct',
        lines: [line() as never],
      });
    }
  });
  afterAll(() => app.stop());

  const rows = async () => {
    await app.runtime.projections.catchUp();
    return Number(
      (await app.runtime.dataSource.query(`SELECT count(*) FROM warehouse_returns.rma_list`))[0].count,
    );
  };

  it('RET-1: a zero quantity, a non-integer amount, a currency mismatch between lines: 400 naming the field, nothing appended', async () => {
    const clerk = await tokenFor('clerk', ['intake-clerk']);
    const before = await rows();
    const post = (lines: object[]) =>
      app.call('POST', '/rmas', clerk, { branch: 'HZ', customerId: 'c', lines });
    const zero = await post([line({ quantity: 0 })]);
    expect(zero.status).toBe(400);
    expect(JSON.stringify(zero.body.details)).toMatch(/lines.*0.*quantity/);
    const fraction = await post([line({ unitPrice: { amountMinor: 10.5, currency: 'CNY' } })]);
    expect(fraction.status).toBe(400);
    expect(JSON.stringify(fraction.body.details)).toMatch(/amountMinor/);
    const mixed = await post([line(), line({ unitPrice: { amountMinor: 1, currency: 'EUR' } })]);
    expect(mixed).toMatchObject({
      status: 400,
      body: { details: [{ field: 'lines[1].unitPrice.currency' }] },
    });
    const none = await post([]);
    expect(none.status).toBe(400);
    expect(await rows()).toBe(before);
  });

  it('pages the request list by keyset: `next` as `after`, a cursor not handed out is 400 naming after', async () => {
    const head = await tokenFor('exec', ['executive'], []);
    await app.runtime.projections.catchUp();
    const first = await app.call('GET', '/rmas?limit=1', head);
    expect(first.body.items).toHaveLength(1);
    const second = await app.call('GET', `/rmas?limit=1&after=${first.body.next}`, head);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].rmaId).not.toBe(first.body.items[0].rmaId);
    const bad = await app.call('GET', '/rmas?after=not-ours', head);
    expect(bad).toMatchObject({ status: 400, body: { details: [{ field: 'after' }] } });
  });

  it('404 for an unknown request, 400 for an id that is no UUID', async () => {
    const keeper = await tokenFor('wk', ['warehouse-keeper']);
    expect((await app.call('POST', `/rmas/${randomUUID()}/stock-in`, keeper)).status).toBe(404);
    expect((await app.call('GET', `/rmas/${randomUUID()}`, keeper)).status).toBe(404);
    const bad = await app.call('POST', '/rmas/nope/stock-in', keeper);
    expect(bad).toMatchObject({ status: 400, body: { details: [{ field: 'rmaId' }] } });
  });

  it('RET-7: stock-in before receipt is 422 naming RET-7; RET-4: a quality return is not confirmed by staff', async () => {
    const [keeper, clerk] = await Promise.all([
      tokenFor('wk', ['warehouse-keeper']),
      tokenFor('clerk', ['intake-clerk']),
    ]);
    expect(await app.call('POST', `/rmas/${rmaOf.HZ}/stock-in`, keeper)).toMatchObject({
      status: 422,
      body: { rule: 'RET-7' },
    });
    expect(await app.call('POST', `/rmas/${rmaOf.HZ}/confirmation`, clerk)).toMatchObject({
      status: 422,
      body: { rule: 'RET-4' },
    });
  });

  it('FIN-7: opening balances are idempotent; purchases and exchanges in two currencies are 400', async () => {
    const finance = await tokenFor('fin', ['finance-officer'], []);
    const balances = ['c-1', 'c-2'].map((customerId) => ({
      customerId,
      purchased: cny(1_000_000),
      exchanged: cny(20_000),
      periodFrom: '2026-01-01',
      asOf: '2026-01-01T00:00:00.000Z',
    }));
    const put = (body: object) => app.call('PUT', '/customer-totals/opening-balances', finance, body);
    expect((await put({ balances })).body).toEqual({ applied: 2, unchanged: 0 });
    expect((await put({ balances })).body).toEqual({ applied: 0, unchanged: 2 });
    const mixed = await put({
      balances: [{ ...balances[0], exchanged: { amountMinor: 1, currency: 'EUR' } }],
    });
    expect(mixed).toMatchObject({
      status: 400,
      body: { details: [{ field: 'balances[0].exchanged.currency' }] },
    });
    const clerk = await tokenFor('clerk', ['intake-clerk']);
    expect((await app.call('GET', '/customers/c-1/exchange-rate?branch=HZ', clerk)).body).toMatchObject({
      rateBp: 200,
      limitBp: 500,
      withinLimit: true,
    });
  });

  it('ORG-1: 401 without a token, 403 for a wrong role or another branch (head-office roles excepted)', async () => {
    const rma = (suffix: string) => (b: string) => `/warehouse-returns/rmas/${rmaOf[b]}${suffix}`;
    const readers: Role[] = [
      'intake-clerk',
      'after-sales-head',
      'warehouse-keeper',
      'branch-manager',
      'driver',
      'operations-head',
      'qc-inspector',
      'finance-officer',
      'executive',
    ];
    const post = (suffix: string, roles: Role[], body?: object): MatrixEndpoint => ({
      method: 'POST',
      path: rma(suffix),
      ...(body ? { body: () => body } : {}),
      roles,
      branchScoped: true,
    });
    const endpoints: MatrixEndpoint[] = [
      {
        method: 'GET',
        path: (b) => `/warehouse-returns/rmas?branch=${b}`,
        roles: readers,
        branchScoped: true,
      },
      { method: 'GET', path: rma(''), roles: readers, branchScoped: true },
      {
        method: 'GET',
        path: (b) => `/warehouse-returns/transport-orders?branch=${b}`,
        roles: readers,
        branchScoped: true,
      },
      {
        method: 'POST',
        path: () => '/warehouse-returns/rmas',
        body: (b) => ({ branch: b, customerId: 'c', lines: [line()] }),
        roles: ['intake-clerk', 'after-sales-head', 'branch-manager'],
        branchScoped: true,
      },
      {
        method: 'GET',
        path: (b) => `/warehouse-returns/intake-returns?branch=${b}`,
        roles: ['intake-clerk', 'after-sales-head', 'branch-manager', 'operations-head', 'executive'],
        branchScoped: true,
      },
      post('/confirmation', ['intake-clerk']),
      post('/signatures/after-sales-head', ['after-sales-head']),
      post('/signatures/operations-head', ['operations-head']),
      post('/special-approval', ['executive'], { reason: 'r' }),
      post('/arrival-notice', ['after-sales-head', 'warehouse-keeper', 'intake-clerk'], { station: 's' }),
      post('/transport-order', ['after-sales-head'], { driverId: 'd', driverName: 'n', vehicle: 'v' }),
      post('/pick-up', ['driver']),
      post('/receipt', ['warehouse-keeper'], {}),
      post('/stock-in', ['warehouse-keeper']),
      post('/refund', ['after-sales-head']),
      {
        method: 'GET',
        path: (b) => `/warehouse-returns/customers/c-1/exchange-rate?branch=${b}`,
        roles: [
          'intake-clerk',
          'after-sales-head',
          'operations-head',
          'finance-officer',
          'executive',
          'branch-manager',
        ],
        branchScoped: true,
      },
    ];
    const { failures } = await checkAuthorizationMatrix({
      baseUrl: app.service.url,
      endpoints,
      concurrency: 2,
    });
    expect(failures).toEqual([]);
  });
});
