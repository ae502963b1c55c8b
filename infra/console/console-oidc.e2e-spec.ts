// Production sign-in in a real browser: the console (OIDC mode) against a real OpenID Provider
// (oidc-provider, in this test), and a service that verifies the provider's RS256 JWTs through its
// JWKS (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL), not the development key.
import {
  bootstrapDeclared,
  signDevToken,
  type PlatformConfig,
  type RunningService,
} from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SERVICES } from '../services/catalogue';
import { BRANCH_TIME_ZONES, standaloneEnv } from '../standalone/services';
import {
  CONSOLE_DIST,
  parseBranchTimeZones,
  startConsoleServer,
  type RunningConsole,
} from './console-server';
import { startTestProvider, type RunningProvider } from './oidc-test-provider';

jest.setTimeout(120_000);

const SHOTS = path.resolve(__dirname, '../../dist/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AUDIENCE = 'aftersales-services';
const CLIENT_ID = 'aftersales-console';
const S256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

describe('the console signs in at an OpenID Provider (authorization code with PKCE)', () => {
  let db: TestDatabase;
  let provider: RunningProvider;
  let intake: RunningService<PlatformConfig>;
  let site: RunningConsole;
  let browser: Browser;
  let consoleUrl = '';

  beforeAll(async () => {
    if (!existsSync(path.join(CONSOLE_DIST, 'index.html')))
      throw new Error('the console is not built: run `npm run build` first');
    mkdirSync(SHOTS, { recursive: true });
    provider = await startTestProvider({
      clientId: CLIENT_ID,
      redirectUri: () => `${consoleUrl}/`,
      audience: AUDIENCE,
      users: { 'li.wei': { name: 'Li Wei', roles: ['intake-clerk'], branches: ['HZ'] } },
    });
    db = await createTestDatabase('console_oidc');
    // The service trusts the provider only: its issuer, its keys, the services' audience.
    intake = await bootstrapDeclared(
      SERVICES.find((s) => s.name === 'intake')!,
      {
        env: standaloneEnv(
          {
            LOG_LEVEL: 'error',
            DB_POOL_SIZE: '2',
            AUTH_DEV_KEY: 'false',
            AUTH_ISSUER: provider.issuer,
            AUTH_AUDIENCE: AUDIENCE,
            AUTH_JWKS_URL: provider.jwksUrl,
          },
          db.url,
          0,
        ),
        handleSignals: false,
      },
    );
    site = await startConsoleServer({
      port: 0,
      upstreams: { intake: intake.url },
      config: {
        auth: { mode: 'oidc', issuer: provider.issuer, clientId: CLIENT_ID },
        branchTimeZones: parseBranchTimeZones(BRANCH_TIME_ZONES),
        branches: ['HZ'],
      },
    });
    consoleUrl = site.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await intake?.close();
    await provider?.close();
    await db?.drop();
  });

  const casesAs = (token: string) =>
    fetch(`${site.url}/intake/cases?limit=5`, { headers: { authorization: `Bearer ${token}` } });

  /** Through the provider's own login and consent pages, back to the console with the code. */
  async function signInAtProvider(page: Page, login: string): Promise<{ challenge: string; method: string }> {
    // The provider's pages import a web font; the test machine is offline.
    await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
    await page.goto(site.url);
    const toProvider = page.waitForRequest((r) => r.url().startsWith(`${provider.issuer}/auth`));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const authorize = new URL((await toProvider).url());
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    return {
      challenge: authorize.searchParams.get('code_challenge') ?? '',
      method: authorize.searchParams.get('code_challenge_method') ?? '',
    };
  }

  let token = '';

  it("redirects to the provider, exchanges the code with the PKCE verifier and calls the service with the provider's token", async () => {
    const context = await browser.newContext();
    await context.addInitScript("localStorage.setItem('aftersales.lang', 'en')");
    const page = await context.newPage();
    const exchange = page.waitForRequest(
      (r) => r.url() === `${provider.issuer}/token` && r.method() === 'POST',
    );
    const casesCall = page.waitForResponse((r) => new URL(r.url()).pathname === '/intake/cases');

    const { challenge, method } = await signInAtProvider(page, 'li.wei');

    expect(method).toBe('S256');
    const form = new URLSearchParams((await exchange).postData() ?? '');
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('client_id')).toBe(CLIENT_ID);
    // The verifier the console kept proves it is the one that asked for the code (RFC 7636).
    expect(S256(form.get('code_verifier') ?? '')).toBe(challenge);
    await page.getByTestId('signed-in-as').filter({ hasText: 'Li Wei' }).waitFor();

    const cases = await casesCall;
    expect(cases.status()).toBe(200);
    token = (await cases.request().headerValue('authorization'))?.replace(/^Bearer /, '') ?? '';
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: provider.kid });
    expect(decodeJwt(token)).toMatchObject({
      iss: provider.issuer,
      aud: AUDIENCE,
      sub: 'li.wei',
      roles: ['intake-clerk'],
      branches: ['HZ'],
    });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SHOTS, 'oidc-signed-in.png') });
    await context.close();
  });

  it('the service accepts a command with the token: the clerk registers a complaint of HZ', async () => {
    const res = await fetch(`${site.url}/intake/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        branch: 'HZ',
        channel: 'hotline',
        kind: 'repair-request',
        severity: 'general',
        customer: {
          customerId: 'cust-oidc',
          name: '杭州开关厂',
          phone: '0571-8888 0000',
          address: '滨江区 1 号',
        },
        product: { model: 'VS1-12', serialNumber: 'SN-OIDC-1' },
        problem: { description: '断路器无法合闸' },
      }),
    });
    expect({ status: res.status, body: await res.text() }).toMatchObject({ status: 201 });
  });

  it('refuses (401) a tampered token, one signed by a foreign key, and the development key', async () => {
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const widened = Buffer.from(JSON.stringify({ ...claims, branches: ['HZ', 'NB'] })).toString('base64url');
    const tampered = `${header}.${widened}.${signature}`;

    // Same issuer, audience and key id, but another private key.
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const foreign = await new SignJWT({ roles: ['intake-clerk'], branches: ['HZ'] })
      .setProtectedHeader({ alg: 'RS256', kid: provider.kid })
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setSubject('li.wei')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const devKey = await signDevToken({
      sub: 'li.wei',
      name: 'Li Wei',
      roles: ['intake-clerk'],
      branches: ['HZ'],
    });

    expect((await casesAs(token)).status).toBe(200);
    for (const [what, t] of Object.entries({ tampered, foreign, devKey })) {
      const res = await casesAs(t);
      expect({ what, status: res.status }).toEqual({ what, status: 401 });
    }
  });

  it('a code exchanged without the verifier is refused by the provider: the console says the sign-in failed', async () => {
    const context = await browser.newContext();
    await context.addInitScript("localStorage.setItem('aftersales.lang', 'en')");
    const page = await context.newPage();
    // Someone who intercepted the code but not the verifier (the console's own is replaced).
    await page.route(`${provider.issuer}/token`, async (route) => {
      const form = new URLSearchParams(route.request().postData() ?? '');
      form.set('code_verifier', 'x'.repeat(64));
      await route.continue({ postData: form.toString() });
    });
    await signInAtProvider(page, 'li.wei');
    await page.getByText('Sign-in failed').waitFor();
    await page.getByText('token endpoint: 400').waitFor();
    expect(await page.evaluate("sessionStorage.getItem('aftersales.session')")).toBeNull();
    await context.close();
  });
});
