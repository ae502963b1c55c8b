// Production sign-in: OpenID Connect authorization code flow with PKCE (RFC 7636), a public client.
// The access token is the JWT the services verify against the provider's JWKS.
import { config } from '../config';
import { storeSession, type Session } from './session';

const PENDING = 'aftersales.oidc';

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const random = (n: number) => base64url(crypto.getRandomValues(new Uint8Array(n)));

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

function oidc() {
  const auth = config().auth;
  if (auth.mode !== 'oidc' || !auth.issuer)
    throw new Error('no OIDC provider is configured (config.json auth.issuer)');
  return auth;
}

async function discover(issuer: string): Promise<Discovery> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`OIDC discovery: ${res.status}`);
  return (await res.json()) as Discovery;
}

const redirectUri = () => `${location.origin}${location.pathname}`;

/** Sends the browser to the provider's login page. */
export async function beginLogin(): Promise<void> {
  const auth = oidc();
  const { authorization_endpoint } = await discover(auth.issuer);
  const verifier = random(48);
  const state = random(16);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: location.hash }));
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: redirectUri(),
    scope: auth.scope ?? 'openid profile',
    state,
    code_challenge: base64url(digest),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** Back from the provider with ?code=&state=: exchanges the code for the tokens. */
export async function completeLogin(): Promise<Session | undefined> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
    verifier: string;
    state: string;
    hash: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `${location.pathname}${pending?.hash ?? ''}`);
  if (!pending || pending.state !== params.get('state'))
    throw new Error('the sign-in answer does not match the request');
  const auth = oidc();
  const { token_endpoint } = await discover(auth.issuer);
  const res = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: auth.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!res.ok) throw new Error(`token endpoint: ${res.status}`);
  const { access_token } = (await res.json()) as { access_token: string };
  return storeSession(access_token);
}
