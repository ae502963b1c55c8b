import type { Actor, RequestContext } from '@aftersales/kernel';
import type { Principal } from './principal';
import { isHeadOfficeRole, type Role } from './roles';

/** Wrong role or branch (HTTP 403); the error filter logs it with user and route. */
export class AccessDenied extends Error {
  constructor(readonly reason: string) {
    super(`forbidden: ${reason}`);
    this.name = 'AccessDenied';
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What every list query filters by: the branches the user may see, or all of them (ORG-1). */
export type BranchFilter = readonly string[] | 'all-branches';

/**
 * The user's standing on this endpoint: the roles of theirs the endpoint accepts, and branch
 * checks on the records the request names or lists (ORG-1). It refines the request context as
 * it learns the branch, so events appended afterwards record the role that acted and the branch.
 */
export class Access {
  private roleInUse: Role;
  private branchInUse?: string;
  private context?: Mutable<RequestContext>;

  constructor(
    readonly principal: Principal,
    /** The user's roles that satisfy the endpoint, in the endpoint's order of preference. */
    readonly endpointRoles: readonly Role[],
  ) {
    if (endpointRoles.length === 0) throw new AccessDenied('no role of the user satisfies the endpoint');
    this.roleInUse = endpointRoles[0];
  }

  /** The role that satisfied the endpoint (recorded as actor.role). */
  get role(): Role {
    return this.roleInUse;
  }

  get branch(): string | undefined {
    return this.branchInUse;
  }

  /** ORG-1: one of the roles satisfying this endpoint is a head-office role. */
  get acrossBranches(): boolean {
    return this.endpointRoles.some(isHeadOfficeRole);
  }

  get actor(): Actor {
    return { userId: this.principal.userId, role: this.roleInUse, displayName: this.principal.displayName };
  }

  /**
   * ORG-1: the record of `branch` may be read or written by this user in one of the endpoint's
   * roles; throws AccessDenied otherwise. The branch's own role is preferred over a head-office
   * role, so the actor's role says how the user acted for that branch.
   */
  assertBranch(branch: string): void {
    const own = this.principal.branches.includes(branch);
    const branchRole = own ? this.endpointRoles.find((r) => !isHeadOfficeRole(r)) : undefined;
    const role = branchRole ?? this.endpointRoles.find(isHeadOfficeRole);
    if (!role && !own) {
      throw new AccessDenied(
        `branch ${branch} is not one of the user's branches (${this.principal.branches.join(', ') || 'none'})`,
      );
    }
    this.use(role ?? this.endpointRoles[0], branch);
  }

  /**
   * ORG-1: the branches a list query may return. With no filter asked: the user's branches, or
   * all for a head-office role. Asking for another branch's list is denied, not silently narrowed.
   */
  branchFilter(requested?: string | readonly string[]): BranchFilter {
    const asked = normaliseBranches(requested);
    if (this.acrossBranches) return asked.length > 0 ? asked : 'all-branches';
    const foreign = asked.filter((b) => !this.principal.branches.includes(b));
    if (foreign.length > 0)
      throw new AccessDenied(
        `branch ${foreign.join(', ')} is not one of the user's branches (${this.principal.branches.join(', ') || 'none'})`,
      );
    return asked.length > 0 ? asked : [...this.principal.branches];
  }

  /** Called once by the auth guard: later refinements reach the running request context. */
  bindContext(context: Mutable<RequestContext>): void {
    this.context = context;
    this.syncContext();
  }

  private use(role: Role, branch: string): void {
    this.roleInUse = role;
    this.branchInUse = branch;
    this.syncContext();
  }

  private syncContext(): void {
    if (!this.context) return;
    this.context.actor = this.actor;
    if (this.branchInUse !== undefined) this.context.branch = this.branchInUse;
  }
}

/** Accepts 'HZ', 'HZ,NB', ['HZ', 'NB'] (repeated query parameters). */
export function normaliseBranches(requested?: string | readonly string[]): string[] {
  if (requested === undefined) return [];
  const list = typeof requested === 'string' ? [requested] : requested;
  return [
    ...new Set(
      list
        .flatMap((b) => b.split(','))
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  ];
}
