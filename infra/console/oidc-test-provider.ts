// A real OpenID Provider for the console's sign-in tests: `oidc-provider` (a certified OpenID
// Connect implementation) on a loopback port, with one public client (the console, PKCE required)
// and JWT access tokens for the services' audience, signed RS256 with a key made for the run.
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** Who may sign in at the provider (its login form takes any password), and their claims. */
export interface DirectoryUser {
  readonly name: string;
  readonly roles: readonly string[];
  readonly branches: readonly string[];
}

export interface TestProviderOptions {
  readonly clientId: string;
  /** Where the provider sends the browser back with the code (the console's origin + path). */
  readonly redirectUri: () => string;
  /** The services' AUTH_AUDIENCE. */
  readonly audience: string;
  readonly users: Readonly<Record<string, DirectoryUser>>;
}

export interface RunningProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** The key id the provider signs with (a forged token borrows it). */
  readonly kid: string;
  close(): Promise<void>;
}

/** The resource the console's access tokens are for: the services' APIs. */
const API = 'urn:aftersales:api';

export async function startTestProvider(options: TestProviderOptions): Promise<RunningProvider> {
  // The issuer names the port, so the server listens before the provider exists.
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `test-${Date.now()}`;
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const user = (sub: string) => options.users[sub];

  const configuration = (): Configuration => ({
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri()],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [`cookies-${kid}`] },
    pkce: { required: () => true },
    // The console is a public client on another origin: its token requests are cross-origin.
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, sub) =>
      user(sub) ? { accountId: sub, claims: () => ({ sub, name: user(sub).name }) } : undefined,
    features: {
      // The provider's own login and consent pages: any login of the directory, any password.
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: '',
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // What the services read from the access token (AUTH_ROLES_CLAIM, AUTH_BRANCHES_CLAIM).
    extraTokenClaims: (_ctx, token) => {
      const who = 'accountId' in token ? user(String(token.accountId)) : undefined;
      return who ? { name: who.name, roles: [...who.roles], branches: [...who.branches] } : undefined;
    },
  });
  // Made at the first request: the console's address (the redirect URI) is known only after this one's.
  let handle: ReturnType<Provider['callback']> | undefined;
  server.on('request', (req, res) => {
    handle ??= new Provider(issuer, configuration()).callback();
    handle(req, res);
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    kid,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
