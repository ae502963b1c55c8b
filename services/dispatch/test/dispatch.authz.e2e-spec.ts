import { checkAuthorizationMatrix, type MatrixEndpoint, type Role } from '@aftersales/platform';
import { randomUUID } from 'node:crypto';
import { ALWAYS_OPEN, startDispatch, writePolicyFile, type DispatchUnderTest } from './dispatch-app';

const DISPATCHERS: Role[] = ['dispatcher', 'branch-manager'];
const FIELD: Role[] = ['engineer', 'dispatcher', 'branch-manager'];
const WORKSHOP: Role[] = ['engineer', 'dispatcher', 'service-director', 'branch-manager'];
const READERS: Role[] = [
  'dispatcher',
  'engineer',
  'branch-manager',
  'service-director',
  'after-sales-head',
  'intake-clerk',
  'qc-inspector',
  'operations-head',
  'finance-officer',
  'executive',
];

describe('ORG-1 and roles on every kind of dispatch endpoint (authorization matrix)', () => {
  let app: DispatchUnderTest;
  const visitOf: Record<string, string> = {};
  const caseOf: Record<string, string> = {};

  beforeAll(async () => {
    app = await startDispatch({
      DISPATCH_POLICY_FILE: writePolicyFile({
        branches: { HZ: { calendar: ALWAYS_OPEN }, NB: { calendar: ALWAYS_OPEN } },
      }),
    });
    for (const branch of ['HZ', 'NB']) {
      caseOf[branch] = randomUUID();
      visitOf[branch] = randomUUID();
      await app.runtime.pool.query(
        `INSERT INTO dispatch.case_copy (case_id, case_number, branch, kind, severity, customer_id, product_model, serial_number, problem)
         VALUES ($1, $2, $3, 'repair-request', 'general', 'c', 'M', 'S', '{"description":"p"}')`,
        [caseOf[branch], `${branch}-2026-000001`, branch],
      );
      await app.runtime.commands.engineer({
        type: 'RegisterEngineer',
        engineerId: `eng-${branch}`,
        branch,
        home: 'branch',
        skills: ['M'],
        baseZone: 'city',
      });
      await app.runtime.commands.visit({
        type: 'OpenVisit',
        visitId: visitOf[branch],
        caseId: caseOf[branch],
        caseNumber: `${branch}-2026-000001`,
        branch,
        customer: { customerId: 'c', addressRef: 'ref', zone: 'city' },
        product: { model: 'M', serialNumber: 'S', productLine: 'M' },
        problem: { description: 'p' },
        urgency: 'standard',
        acceptedAt: new Date().toISOString(),
      });
    }
  });
  afterAll(() => app.stop());

  it('401 without a token, 403 for a wrong role or another branch (head-office readers excepted), otherwise through', async () => {
    const visit = (suffix: string) => (b: string) => `/dispatch/visits/${visitOf[b]}${suffix}`;
    const endpoints: MatrixEndpoint[] = [
      { method: 'GET', path: (b) => `/dispatch/visits?branch=${b}`, roles: READERS, branchScoped: true },
      { method: 'GET', path: visit(''), roles: READERS, branchScoped: true },
      {
        method: 'GET',
        path: (b) => `/dispatch/reports/daily?branch=${b}&date=2026-03-02`,
        roles: [
          'service-director',
          'branch-manager',
          'dispatcher',
          'after-sales-head',
          'operations-head',
          'executive',
        ],
        branchScoped: true,
      },
      {
        method: 'POST',
        path: () => '/dispatch/engineers',
        body: (b) => ({ branch: b, home: 'branch', skills: ['M'], baseZone: 'city' }),
        roles: DISPATCHERS,
        branchScoped: true,
      },
      {
        method: 'POST',
        path: (b) => `/dispatch/engineers/eng-${b}/parts`,
        body: () => ({ lines: [{ partNo: 'P', qty: 1 }], reference: 'r' }),
        roles: [...DISPATCHERS, 'warehouse-keeper'],
        branchScoped: true,
      },
      {
        method: 'POST',
        path: () => '/dispatch/visits',
        body: (b) => ({ caseId: caseOf[b], zone: 'city' }),
        roles: DISPATCHERS,
        branchScoped: true,
      },
      {
        method: 'POST',
        path: visit('/appointment'),
        body: () => ({ confirmedAt: new Date().toISOString() }),
        roles: DISPATCHERS,
        branchScoped: true,
      },
      { method: 'POST', path: visit('/arrival'), roles: FIELD, branchScoped: true },
      {
        method: 'POST',
        path: visit('/repair-completion'),
        body: () => ({ outcome: 'o' }),
        roles: WORKSHOP,
        branchScoped: true,
      },
      {
        method: 'POST',
        path: visit('/service-class'),
        body: () => ({ serviceClass: 'paid' }),
        roles: [...DISPATCHERS, 'claims-officer'],
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
