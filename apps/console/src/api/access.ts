import { useContext } from 'react';
import { SessionContext } from '../auth/SessionContext';
import type { Session } from '../auth/session';
import { HEAD_OFFICE_ROLES, OPERATION_ROLES } from './operation-roles';

/**
 * Whether the signed-in user may call an operation (`POST /intake/cases/{caseId}/review`), for a
 * record of `branch` when given (ORG-1). It only hides what the service would refuse with a 403.
 */
export function allowed(session: Session | undefined, operation: string, branch?: string): boolean {
  if (!session) return false;
  const held = (OPERATION_ROLES[operation] ?? []).filter((r) => session.roles.includes(r));
  if (held.length === 0) return false;
  if (!branch) return true;
  return held.some((r) => HEAD_OFFICE_ROLES.includes(r)) || session.branches.includes(branch);
}

export function useCan() {
  const session = useContext(SessionContext).session;
  return (operation: string, branch?: string) => allowed(session, operation, branch);
}
