// Demo return requests through warehouse returns' HTTP API, one at each stage the standalone
// can reach on its own (stock-in waits for quality inspection's signature, RET-7).
import { signDevToken, type Role } from '@aftersales/platform';

const CUSTOMERS = ['cust-hz-power', 'cust-nb-steel', 'cust-sh-metro'];
const BRANCHES = ['HZ', 'NB', 'SH'];
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const STAGES = [
  'rejected over the limit',
  'special case',
  'requested',
  'approved',
  'transport ordered',
  'received',
] as const;

async function send(method: string, url: string, token: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { rmaId: string; status: string; items?: unknown[] };
}

const user = (sub: string, roles: Role[], branches: string[]) =>
  signDevToken({ sub, name: sub, roles, branches });

export async function loadWarehouseDemoData(url: string): Promise<{ requests: number; summary: string }> {
  const [finance, ops, exec] = await Promise.all([
    user('demo-finance', ['finance-officer'], []),
    user('demo-ops-head', ['operations-head'], []),
    user('demo-executive', ['executive'], []),
  ]);
  // A restart finds the demo requests of the earlier run and leaves them be.
  const earlier = await send('GET', `${url}/rmas?customerId=${CUSTOMERS[0]}&limit=1`, finance);
  if ((earlier.items ?? []).length > 0) return { requests: 0, summary: 'kept from an earlier run' };
  const deliveredOn = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
  await send('PUT', `${url}/customer-totals/opening-balances`, finance, {
    balances: CUSTOMERS.map((customerId) => ({
      customerId,
      purchased: cny(200_000_000),
      exchanged: cny(4_000_000),
      periodFrom: `${new Date().getUTCFullYear()}-01-01`,
      asOf: new Date().toISOString(),
    })),
  });
  const stages: Record<string, number> = {};
  let requests = 0;
  for (const [b, branch] of BRANCHES.entries()) {
    const [clerk, head, keeper, driver] = await Promise.all([
      user(`demo-clerk-${branch}`, ['intake-clerk'], [branch]),
      user(`demo-as-head-${branch}`, ['after-sales-head'], [branch]),
      user(`demo-keeper-${branch}`, ['warehouse-keeper'], [branch]),
      user(`demo-driver-${branch}`, ['driver'], [branch]),
    ]);
    const request = (reason: 'unsalable' | 'quality', quantity: number) =>
      send('POST', `${url}/rmas`, clerk, {
        branch,
        customerId: CUSTOMERS[b],
        lines: [
          {
            product: { model: ['KYN28-12', 'ZN63-12', 'XGN15-12'][b] },
            serialNumber: `DEMO-RMA-${branch}-${requests + 1}`,
            quantity,
            unitPrice: cny(1_000_000),
            reason,
            originalOrder: { ref: `SO-${branch}-0001`, deliveredOn },
          },
        ],
      });
    const step = (rmaId: string, path: string, token: string, body?: unknown) =>
      send('POST', `${url}/rmas/${rmaId}/${path}`, token, body ?? {});
    // Unsalable: 12 units would take the customer over its limit (RET-2); quality: one unit.
    for (const stage of STAGES) {
      const unsalable = stage === 'rejected over the limit' || stage === 'special case';
      const rma = await request(unsalable ? 'unsalable' : 'quality', unsalable ? 12 : 1);
      requests++;
      stages[stage] = (stages[stage] ?? 0) + 1;
      if (stage === 'special case')
        await step(rma.rmaId, 'special-approval', exec, { reason: 'strategic customer, one-off' });
      if (['approved', 'transport ordered', 'received'].includes(stage))
        await step(rma.rmaId, 'signatures/after-sales-head', head);
      if (['transport ordered', 'received'].includes(stage)) {
        await step(rma.rmaId, 'arrival-notice', head, { station: `${branch} freight station` });
        await step(rma.rmaId, 'transport-order', head, {
          driverId: `demo-driver-${branch}`,
          driverName: `Driver ${branch}`,
          vehicle: `${branch}-0${b + 1}`,
        });
      }
      if (stage === 'received') {
        await step(rma.rmaId, 'pick-up', driver);
        await step(rma.rmaId, 'receipt', keeper);
        await step(rma.rmaId, 'signatures/operations-head', ops);
      }
    }
  }
  return {
    requests,
    summary: Object.entries(stages)
      .map(([k, v]) => `${v} ${k}`)
      .join(', '),
  };
}
