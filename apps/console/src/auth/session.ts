import { config } from '../config';

/** Who is signed in, read from the bearer token the services verify (they remain the judges). */
export interface Session {
  readonly token: string;
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly branches: readonly string[];
  readonly expiresAt: number;
}

const KEY = 'aftersales.session';

const pick = (claims: Record<string, unknown>, dotPath: string): unknown =>
  dotPath
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      claims,
    );

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

export function sessionFromToken(token: string): Session {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const claims = JSON.parse(
    new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))),
  ) as Record<string, unknown>;
  const auth = config().auth;
  const rolesClaim = auth.mode === 'oidc' ? (auth.rolesClaim ?? 'roles') : 'roles';
  const branchesClaim = auth.mode === 'oidc' ? (auth.branchesClaim ?? 'branches') : 'branches';
  return {
    token,
    userId: String(claims.sub ?? ''),
    name: String(claims.name ?? claims.preferred_username ?? claims.sub ?? ''),
    roles: strings(pick(claims, rolesClaim)),
    branches: strings(pick(claims, branchesClaim)),
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Number.MAX_SAFE_INTEGER,
  };
}

export function storedSession(): Session | undefined {
  const token = sessionStorage.getItem(KEY);
  if (!token) return undefined;
  try {
    const session = sessionFromToken(token);
    return session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function storeSession(token: string): Session {
  const session = sessionFromToken(token);
  sessionStorage.setItem(KEY, token);
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

export async function devUsers(): Promise<DemoUser[]> {
  const res = await fetch('/auth/dev/users');
  if (!res.ok) throw new Error(`demo users: ${res.status}`);
  return ((await res.json()) as { users: DemoUser[] }).users;
}

export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly branches: readonly string[];
}

export async function devSignIn(userId: string): Promise<Session> {
  const res = await fetch('/auth/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status}`);
  return storeSession(((await res.json()) as { token: string }).token);
}
