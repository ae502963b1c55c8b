import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Access, AccessDenied } from './access';
import {
  BRANCH_FROM_KEY,
  PUBLIC_KEY,
  ROLES_KEY,
  type AuthenticatedRequest,
  type BranchSource,
} from './auth.decorators';
import { JwtVerifier, Unauthenticated } from './jwt-verifier';
import type { Role } from './roles';

/** Authentication (401), endpoint roles and branch scope of named records (403). Global. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const header = request.headers.authorization;
    const token = header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
    if (!token)
      throw new Unauthenticated(header ? 'authorization header is not a bearer token' : 'no bearer token');
    const principal = await this.verifier.verify(token);
    request.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) throw new AccessDenied('endpoint declares no roles');
    const held = roles.filter((r) => principal.roles.includes(r));
    if (held.length === 0) throw new AccessDenied(`requires one of the roles ${roles.join(', ')}`);
    const access = new Access(principal, held);
    request.access = access;
    if (request.requestContext) access.bindContext(request.requestContext);

    const source = this.reflector.getAllAndOverride<BranchSource | undefined>(BRANCH_FROM_KEY, targets);
    if (source) checkNamedBranches(access, source, request);
    return true;
  }
}

function checkNamedBranches(access: Access, source: BranchSource, request: AuthenticatedRequest): void {
  const pick = (bag: unknown, key: string): unknown =>
    bag && typeof bag === 'object' ? (bag as Record<string, unknown>)[key] : undefined;
  const raw =
    typeof source === 'function'
      ? source(request)
      : 'param' in source
        ? pick(request.params, source.param)
        : 'body' in source
          ? pick(request.body, source.body)
          : pick(request.query, source.query);
  // Absent or malformed values are left to validation (400); only branch names are judged here.
  const named =
    typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((b) => typeof b === 'string') : [];
  if (named.length === 0) return;
  if ('query' in source || named.length > 1 || named[0].includes(',')) {
    access.branchFilter(named);
  } else {
    access.assertBranch(named[0]);
  }
}
