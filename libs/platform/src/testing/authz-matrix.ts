import { signDevToken, type TokenClaims } from '../auth/dev-key';
import { isHeadOfficeRole, ROLES, type Role } from '../auth/roles';

export interface MatrixEndpoint {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Full path (with the service prefix) of a record, or list, of `branch`. */
  readonly path: (branch: string) => string;
  readonly body?: (branch: string) => unknown;
  /** The roles the endpoint admits (@Roles). */
  readonly roles: readonly Role[];
  /** ORG-1 applies: a user outside the branch gets 403 unless a head-office role admits them. */
  readonly branchScoped: boolean;
}

export interface MatrixUser {
  readonly roles: readonly Role[];
  readonly branches: readonly string[];
}

export interface MatrixOptions {
  /** e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  readonly endpoints: readonly MatrixEndpoint[];
  /** Branches whose records the paths name; default [home, other] of the default users. */
  readonly branches?: readonly string[];
  /** Default: one user per role, of branch `homeBranch`. */
  readonly users?: readonly MatrixUser[];
  readonly homeBranch?: string;
  readonly otherBranch?: string;
  /** Default: signed with the DEV-ONLY key (the app must run with AUTH_DEV_KEY=true). */
  readonly token?: (claims: TokenClaims) => Promise<string>;
  readonly concurrency?: number;
}

export type Expectation = 401 | 403 | 'allowed';

export interface MatrixResult {
  readonly request: string;
  readonly user: string;
  readonly expected: Expectation;
  readonly status: number;
  readonly ok: boolean;
}

/** What ORG-1 and the endpoint's roles say the answer must be. */
export function expectedAccess(
  endpoint: MatrixEndpoint,
  user: MatrixUser | undefined,
  branch: string,
): Expectation {
  if (!user) return 401;
  const admitting = endpoint.roles.filter((r) => user.roles.includes(r));
  if (admitting.length === 0) return 403;
  if (endpoint.branchScoped && !user.branches.includes(branch) && !admitting.some(isHeadOfficeRole))
    return 403;
  return 'allowed';
}

/**
 * Calls every endpoint × user × branch over HTTP and compares with expectedAccess: 401 without
 * a token, 403 where role or branch forbid, anything but 401/403 where allowed (the handler may
 * still answer 404/409/422). Returns every result; `failures` lists the mismatches.
 */
export async function checkAuthorizationMatrix(
  options: MatrixOptions,
): Promise<{ results: MatrixResult[]; failures: string[] }> {
  const home = options.homeBranch ?? 'HZ';
  const other = options.otherBranch ?? 'NB';
  const branches = options.branches ?? [home, other];
  const users = options.users ?? ROLES.map((role) => ({ roles: [role], branches: [home] }));
  const sign = options.token ?? signDevToken;

  const tokens = new Map<MatrixUser, string>();
  for (const [i, user] of users.entries()) {
    tokens.set(
      user,
      await sign({ sub: `u-matrix-${i}`, name: 'Matrix', roles: user.roles, branches: user.branches }),
    );
  }

  const cases: { endpoint: MatrixEndpoint; user?: MatrixUser; branch: string }[] = [];
  for (const endpoint of options.endpoints) {
    cases.push({ endpoint, branch: branches[0] });
    for (const user of users) for (const branch of branches) cases.push({ endpoint, user, branch });
  }

  const results: MatrixResult[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const { endpoint, user, branch } = cases[i];
      const path = endpoint.path(branch);
      const body = endpoint.body?.(branch);
      const headers: Record<string, string> = {};
      if (user) headers.authorization = `Bearer ${tokens.get(user)}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${options.baseUrl}${path}`, {
        method: endpoint.method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      await response.arrayBuffer();
      const expected = expectedAccess(endpoint, user, branch);
      const ok =
        expected === 'allowed'
          ? response.status !== 401 && response.status !== 403
          : response.status === expected;
      results[i] = {
        request: `${endpoint.method} ${path}`,
        user: user ? `[${user.roles.join(',')}]@${user.branches.join(',') || '-'}` : 'no token',
        expected,
        status: response.status,
        ok,
      };
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  const failures = results
    .filter((r) => !r.ok)
    .map((r) => `${r.request} as ${r.user}: expected ${r.expected}, got ${r.status}`);
  return { results, failures };
}
