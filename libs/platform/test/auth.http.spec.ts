import { exportJWK, generateKeyPair } from 'jose';
import { checkAuthorizationMatrix, ROLES, signDevToken, type MatrixEndpoint } from '../src';
import { call, signToken, startProbe, tokenFor } from './test-app';

describe('identity and access over HTTP (ARCHITECTURE "Identity and access", ORG-1)', () => {
  let probe: Awaited<ReturnType<typeof startProbe>>;
  const hzClerk = () => tokenFor({ sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] });

  beforeAll(async () => {
    probe = await startProbe();
  });
  afterAll(async () => {
    await probe.close();
  });

  describe('401: no valid token', () => {
    it('no token gets 401 {"error":"unauthenticated"} and the attempt is logged', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-hz');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'unauthenticated' });
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(probe.logs).toContainEqual(
        expect.objectContaining({
          msg: 'access denied',
          userId: 'anonymous',
          route: 'GET /probe/cases/:id',
          status: 401,
          reason: 'no bearer token',
        }),
      );
    });

    it('a non-bearer authorization header gets 401', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-hz', { headers: { authorization: 'Basic dTpw' } });
      expect(res.status).toBe(401);
    });

    it('an expired token gets 401', async () => {
      const token = await signDevToken(
        { sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] },
        { issuedAt: new Date(Date.now() - 2 * 3_600_000), ttl: '1h' },
      );
      const res = await call(probe.url, 'GET', '/cases/c-hz', { token });
      expect(res.status).toBe(401);
      expect(probe.logs).toContainEqual(expect.objectContaining({ status: 401, reason: 'token expired' }));
    });

    it('a token expired within the clock tolerance (30 s default) is still accepted', async () => {
      const token = await signDevToken(
        { sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] },
        { issuedAt: new Date(Date.now() - 70_000), ttl: 60 },
      );
      expect((await call(probe.url, 'GET', '/cases/c-hz', { token })).status).toBe(200);
    });

    it('a token of another issuer gets 401', async () => {
      const token = await signDevToken(
        { sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] },
        { issuer: 'https://evil.example' },
      );
      expect((await call(probe.url, 'GET', '/cases/c-hz', { token })).status).toBe(401);
    });

    it('a token for another audience gets 401', async () => {
      const token = await signDevToken(
        { sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] },
        { audience: 'some-other-app' },
      );
      expect((await call(probe.url, 'GET', '/cases/c-hz', { token })).status).toBe(401);
    });

    it('a token signed by another key, even with the dev key id, gets 401', async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      const jwk = { ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'aftersales-dev-only-1' };
      const token = await signToken(jwk, { sub: 'u-li', roles: ['executive'], branches: [] });
      const res = await call(probe.url, 'GET', '/cases/c-nb', { token });
      expect(res.status).toBe(401);
      expect(probe.logs).toContainEqual(expect.objectContaining({ status: 401, reason: 'bad signature' }));
    });

    it('a valid token whose claims were edited (roles raised to executive) gets 401', async () => {
      const [header, , signature] = (await hzClerk()).split('.');
      const forged = Buffer.from(
        JSON.stringify({
          sub: 'u-li',
          roles: ['executive'],
          branches: [],
          iss: 'aftersales-dev',
          aud: 'aftersales-backoffice',
          exp: Math.floor(Date.now() / 1000) + 600,
        }),
      ).toString('base64url');
      const res = await call(probe.url, 'GET', '/cases/c-nb', { token: `${header}.${forged}.${signature}` });
      expect(res.status).toBe(401);
    });

    it('an unsigned token (alg none) gets 401', async () => {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const token = `${part({ alg: 'none' })}.${part({ sub: 'u', roles: ['executive'], iss: 'aftersales-dev', aud: 'aftersales-backoffice', exp: 9_999_999_999 })}.`;
      expect((await call(probe.url, 'GET', '/cases/c-hz', { token })).status).toBe(401);
    });
  });

  describe('403: wrong role', () => {
    it('an engineer reading a case gets 403 naming the roles required, logged with user, route and reason', async () => {
      const token = await tokenFor({ sub: 'u-eng', roles: ['engineer'], branches: ['HZ'] });
      const res = await call(probe.url, 'GET', '/cases/c-hz', { token });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        error: 'forbidden',
        reason: 'requires one of the roles intake-clerk, branch-manager, qc-inspector, executive',
      });
      expect(probe.logs).toContainEqual(
        expect.objectContaining({
          msg: 'access denied',
          userId: 'u-eng',
          route: 'GET /probe/cases/:id',
          status: 403,
          reason: res.body.reason,
        }),
      );
    });

    it('unknown role names in a token are ignored: the known ones still count, alone they admit nothing', async () => {
      const mixed = await tokenFor({ roles: ['offline_access', 'intake-clerk'], branches: ['HZ'] });
      expect((await call(probe.url, 'GET', '/cases/c-hz', { token: mixed })).status).toBe(200);
      const onlyUnknown = await tokenFor({ roles: ['superuser'], branches: ['HZ'] });
      expect((await call(probe.url, 'GET', '/cases/c-hz', { token: onlyUnknown })).status).toBe(403);
    });

    it('an endpoint that declares no roles is denied even to an executive (fails closed)', async () => {
      const token = await tokenFor({ roles: ['executive'], branches: [] });
      const res = await call(probe.url, 'GET', '/unguarded', { token });
      expect(res.status).toBe(403);
      expect(res.body.reason).toBe('endpoint declares no roles');
    });
  });

  describe('ORG-1: branch scope', () => {
    it('ORG-1: a user of HZ reading a case of NB gets 403', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-nb', { token: await hzClerk() });
      expect(res.status).toBe(403);
      expect(res.body.reason).toMatch(/branch NB/);
      expect(probe.logs).toContainEqual(
        expect.objectContaining({ userId: 'u-li', route: 'GET /probe/cases/:id', status: 403 }),
      );
    });

    it('ORG-1: a branch manager of HZ renaming a case of NB gets 403 and nothing changes', async () => {
      const token = await tokenFor({ roles: ['branch-manager'], branches: ['HZ'] });
      const res = await call(probe.url, 'PATCH', '/cases/c-nb', { token, body: { title: 'hijacked' } });
      expect(res.status).toBe(403);
      const executive = await tokenFor({ roles: ['executive'], branches: [] });
      expect((await call(probe.url, 'GET', '/cases/c-nb', { token: executive })).body.title).toBe(
        'Ningbo case',
      );
    });

    it('ORG-1: a clerk of HZ registering a case for NB gets 403 before the handler runs', async () => {
      const res = await call(probe.url, 'POST', '/cases', {
        token: await hzClerk(),
        body: { branch: 'NB', title: 'x' },
      });
      expect(res.status).toBe(403);
    });

    it("ORG-1: a user of HZ asking for NB's list gets 403; without a filter the list holds HZ only", async () => {
      const token = await tokenFor({ roles: ['branch-manager'], branches: ['HZ'] });
      expect((await call(probe.url, 'GET', '/cases?branch=NB', { token })).status).toBe(403);
      expect((await call(probe.url, 'GET', '/cases?branch=HZ,NB', { token })).status).toBe(403);
      const own = await call(probe.url, 'GET', '/cases', { token });
      expect(own.status).toBe(200);
      expect(own.body.filter).toEqual(['HZ']);
      expect(own.body.items.map((c: { branch: string }) => c.branch)).toEqual(expect.arrayContaining(['HZ']));
      expect(own.body.items.every((c: { branch: string }) => c.branch === 'HZ')).toBe(true);
    });

    it('ORG-1: a user of two branches lists both and may filter by either', async () => {
      const token = await tokenFor({ roles: ['branch-manager'], branches: ['HZ', 'NB'] });
      const both = await call(probe.url, 'GET', '/cases', { token });
      expect(new Set(both.body.items.map((c: { branch: string }) => c.branch))).toEqual(
        new Set(['HZ', 'NB']),
      );
      expect((await call(probe.url, 'GET', '/cases?branch=NB', { token })).status).toBe(200);
    });

    it('ORG-1: head-office roles read, write and list across branches', async () => {
      const qc = await tokenFor({ sub: 'u-qc', roles: ['qc-inspector'], branches: [] });
      expect((await call(probe.url, 'GET', '/cases/c-nb', { token: qc })).status).toBe(200);
      const list = await call(probe.url, 'GET', '/cases', { token: qc });
      expect(list.body.filter).toBe('all-branches');
      expect(new Set(list.body.items.map((c: { branch: string }) => c.branch))).toEqual(
        new Set(['HZ', 'NB', 'SH']),
      );
      expect((await call(probe.url, 'GET', '/cases?branch=SH', { token: qc })).body.filter).toEqual(['SH']);
      const ops = await tokenFor({ roles: ['operations-head'], branches: ['HZ'] });
      expect(
        (await call(probe.url, 'PATCH', '/cases/c-sh', { token: ops, body: { title: 'renamed by ops' } }))
          .status,
      ).toBe(200);
      const exec = await tokenFor({ roles: ['executive'], branches: [] });
      expect((await call(probe.url, 'GET', '/cases/c-sh', { token: exec })).body.title).toBe(
        'renamed by ops',
      );
    });

    it('ORG-1: a head-office role held beside a branch role does not widen an endpoint that admits only the branch role', async () => {
      // POST /cases admits intake-clerk and qc-inspector; PATCH admits branch-manager and operations-head.
      const token = await tokenFor({ roles: ['branch-manager', 'qc-inspector'], branches: ['HZ'] });
      expect((await call(probe.url, 'PATCH', '/cases/c-nb', { token, body: { title: 'no' } })).status).toBe(
        403,
      );
    });

    it('ORG-1: the role that acted and the branch are recorded in the request context', async () => {
      const token = await tokenFor({
        sub: 'u-zhang',
        name: 'Zhang',
        roles: ['intake-clerk', 'qc-inspector'],
        branches: ['HZ'],
      });
      const own = await call(probe.url, 'GET', '/cases/c-hz', { token });
      expect(own.body.context.actor).toEqual({
        userId: 'u-zhang',
        role: 'intake-clerk',
        displayName: 'Zhang',
      });
      expect(own.body.context.branch).toBe('HZ');
      const other = await call(probe.url, 'GET', '/cases/c-nb', { token });
      expect(other.body.context.actor.role).toBe('qc-inspector');
      expect(other.body.context.branch).toBe('NB');
      const created = await call(probe.url, 'POST', '/cases', {
        token,
        body: { branch: 'HZ', title: 'new' },
      });
      expect(created.status).toBe(201);
      expect(created.body.context).toMatchObject({ actor: { role: 'intake-clerk' }, branch: 'HZ' });
    });
  });

  describe('ORG-1: every write records who acted, in which role, for which branch', () => {
    it('event metadata carries user, the role that acted, the branch and the correlation id', async () => {
      const clerk = await tokenFor({ sub: 'u-wang', roles: ['intake-clerk'], branches: ['HZ'] });
      const created = await call(probe.url, 'POST', '/cases', {
        token: clerk,
        body: { branch: 'HZ', title: 'noisy pump' },
        headers: { 'x-correlation-id': 'corr-write-1' },
      });
      expect(created.status).toBe(201);
      const ops = await tokenFor({ sub: 'u-ops', roles: ['operations-head'], branches: [] });
      const renamed = await call(probe.url, 'PATCH', `/cases/${created.body.id}`, {
        token: ops,
        body: { title: 'pump' },
      });
      expect(renamed.status).toBe(200);

      const exec = await tokenFor({ roles: ['executive'], branches: [] });
      const events = await call(probe.url, 'GET', `/cases/${created.body.id}/events`, { token: exec });
      expect(events.body.map((e: { metadata: object }) => e.metadata)).toEqual([
        expect.objectContaining({
          actor: expect.objectContaining({ userId: 'u-wang', role: 'intake-clerk' }),
          branch: 'HZ',
          correlationId: 'corr-write-1',
        }),
        expect.objectContaining({
          actor: expect.objectContaining({ userId: 'u-ops', role: 'operations-head' }),
          branch: 'HZ',
        }),
      ]);
    });

    it("a stale expected version is a 409 conflict (the event store's WrongExpectedVersion) and nothing is appended", async () => {
      const manager = await tokenFor({ roles: ['branch-manager'], branches: ['HZ'] });
      const created = await call(probe.url, 'POST', '/cases', {
        token: await hzClerk(),
        body: { branch: 'HZ', title: 't' },
      });
      const stale = await call(probe.url, 'PATCH', `/cases/${created.body.id}`, {
        token: manager,
        body: { title: 'x', expectedVersion: 0 },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('conflict');
      const exec = await tokenFor({ roles: ['executive'], branches: [] });
      expect(
        (await call(probe.url, 'GET', `/cases/${created.body.id}/events`, { token: exec })).body,
      ).toHaveLength(1);
    });
  });

  describe('authorization matrix helper', () => {
    const idOf = (branch: string) => `c-${branch.toLowerCase()}`;
    const endpoints: MatrixEndpoint[] = [
      {
        method: 'GET',
        path: (b) => `/probe/cases/${idOf(b)}`,
        roles: ['intake-clerk', 'branch-manager', 'qc-inspector', 'executive'],
        branchScoped: true,
      },
      {
        method: 'PATCH',
        path: (b) => `/probe/cases/${idOf(b)}`,
        body: () => ({ title: 'matrix' }),
        roles: ['branch-manager', 'operations-head'],
        branchScoped: true,
      },
      {
        method: 'POST',
        path: () => '/probe/cases',
        body: (b) => ({ branch: b, title: 'matrix' }),
        roles: ['intake-clerk', 'qc-inspector'],
        branchScoped: true,
      },
      {
        method: 'GET',
        path: (b) => `/probe/cases?branch=${b}`,
        roles: ['intake-clerk', 'branch-manager', 'qc-inspector'],
        branchScoped: true,
      },
      { method: 'GET', path: () => '/probe/errors/rule', roles: [...ROLES], branchScoped: false },
    ];

    it('ORG-1: every endpoint × role × branch answers 401/403/allowed as declared', async () => {
      const { results, failures } = await checkAuthorizationMatrix({ baseUrl: probe.url, endpoints });
      expect(failures).toEqual([]);
      expect(results).toHaveLength(endpoints.length * (1 + ROLES.length * 2));
      // Allowed cases really went through to the handler.
      expect(results.filter((r) => r.expected === 'allowed').map((r) => r.status)).toContain(422);
    });

    it('reports a declaration that does not match the running app', async () => {
      const wrong: MatrixEndpoint = {
        ...endpoints[1],
        roles: ['branch-manager', 'operations-head', 'engineer'],
      };
      const { failures } = await checkAuthorizationMatrix({ baseUrl: probe.url, endpoints: [wrong] });
      expect(failures).toEqual([
        // On NB's case an engineer of HZ is refused for the branch either way: no mismatch there.
        'PATCH /probe/cases/c-hz as [engineer]@HZ: expected allowed, got 403',
      ]);
    });
  });
});
