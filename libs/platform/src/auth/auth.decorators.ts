import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '@aftersales/kernel';
import type { Access } from './access';
import type { Principal } from './principal';
import type { Role } from './roles';

export const ROLES_KEY = 'aftersales:roles';
export const PUBLIC_KEY = 'aftersales:public';
export const BRANCH_FROM_KEY = 'aftersales:branch-from';

/**
 * The roles that may call the endpoint, in order of preference for actor.role. An endpoint
 * with neither @Roles nor @Public is denied to everyone: forgetting it fails closed.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** No token needed (health, metrics). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export type BranchSource =
  | { readonly param: string }
  | { readonly body: string }
  | { readonly query: string }
  | ((request: FastifyRequest) => string | readonly string[] | undefined);

/**
 * ORG-1 for records named in the request itself: the guard checks the branch(es) found there
 * before the handler runs (403 otherwise) and puts the branch in the request context. For a
 * list, name the filter parameter: asking for another branch's list is 403.
 */
export const BranchFrom = (source: BranchSource) => SetMetadata(BRANCH_FROM_KEY, source);

export interface AuthenticatedRequest extends FastifyRequest {
  principal?: Principal;
  access?: Access;
  correlationId?: string;
  /** The running request context (set before guards run), which the caller's access refines. */
  requestContext?: { -readonly [K in keyof RequestContext]: RequestContext[K] };
}

/** The caller's Access for this endpoint (roles, branch checks, list filter). */
export const CurrentAccess = createParamDecorator((_: unknown, ctx: ExecutionContext): Access => {
  const access = ctx.switchToHttp().getRequest<AuthenticatedRequest>().access;
  if (!access) throw new Error('CurrentAccess used on a @Public endpoint');
  return access;
});
