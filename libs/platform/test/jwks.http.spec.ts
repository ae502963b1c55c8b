import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { signDevToken } from '../src';
import { call, signToken, startProbe, TEST_ENV } from './test-app';

describe('JWKS URL mode (production OIDC): keys fetched from the provider', () => {
  let jwksServer: Server;
  let jwksRequests = 0;
  let providerKey: JWK;
  let probe: Awaited<ReturnType<typeof startProbe>>;
  const issuer = 'https://idp.example/realms/aftersales';

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    providerKey = { ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'idp-key-1' };
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), alg: 'ES256', kid: 'idp-key-1', use: 'sig' }] };
    jwksServer = createServer((req, res) => {
      jwksRequests += 1;
      res.writeHead(req.url === '/certs' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(req.url === '/certs' ? JSON.stringify(jwks) : '{}');
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    const { AUTH_DEV_KEY: _, ...env } = TEST_ENV;
    probe = await startProbe({
      ...env,
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/certs`,
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: 'aftersales',
    });
  });

  afterAll(async () => {
    await probe.close();
    jwksServer.closeAllConnections();
    await new Promise((resolve) => jwksServer.close(resolve));
  });

  it("a token signed with the provider's key is accepted", async () => {
    const token = await signToken(
      providerKey,
      { sub: 'u-li', name: 'Li Wei', roles: ['intake-clerk'], branches: ['HZ'] },
      { issuer, audience: 'aftersales' },
    );
    const res = await call(probe.url, 'GET', '/cases/c-hz', { token });
    expect(res.status).toBe(200);
    expect(res.body.context.actor).toEqual({ userId: 'u-li', role: 'intake-clerk', displayName: 'Li Wei' });
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('a token signed with the dev key is refused when the provider is the key source', async () => {
    const token = await signDevToken(
      { sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] },
      { issuer, audience: 'aftersales' },
    );
    expect((await call(probe.url, 'GET', '/cases/c-hz', { token })).status).toBe(401);
  });

  it('ORG-1 applies to provider tokens too: HZ reading NB gets 403', async () => {
    const token = await signToken(
      providerKey,
      { sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] },
      { issuer, audience: 'aftersales' },
    );
    expect((await call(probe.url, 'GET', '/cases/c-nb', { token })).status).toBe(403);
  });
});

describe('JWKS URL mode with the provider unreachable', () => {
  it('answers 503 unavailable (retry later), not 401: the token may well be valid', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { AUTH_DEV_KEY: _, ...env } = TEST_ENV;
    const probe = await startProbe({ ...env, AUTH_JWKS_URL: `http://127.0.0.1:${port}/certs` });
    try {
      const token = await signDevToken({ sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] });
      const res = await call(probe.url, 'GET', '/cases/c-hz', { token });
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ error: 'unavailable', message: 'signing keys unavailable' });
    } finally {
      await probe.close();
    }
  });
});
