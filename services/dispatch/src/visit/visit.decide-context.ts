import { NotFound, RuleViolation } from '@aftersales/kernel';
import type { DispatchPolicy } from '../dispatch-policy';
import type { CustomerSignature } from '../dispatch.vocabulary';
import type { EngineerState } from '../engineer/engineer.state';
import type { ExistingVisit, VisitState, VisitStatus } from './visit.state';

/**
 * What visit decide functions are given besides command and state: time, policy, and the
 * engineers' current state loaded by the handler beforehand (read, never written here).
 */
export interface VisitDecideContext {
  readonly now: Date;
  readonly policy: DispatchPolicy;
  readonly engineer?: (engineerId: string) => EngineerState;
}

export function existingVisit(state: VisitState, visitId: string): ExistingVisit {
  if (!state.exists) throw new NotFound('visit', visitId);
  return state;
}

export function requireStatus(
  visit: ExistingVisit,
  allowed: readonly VisitStatus[],
  rule: string,
  doing: string,
): void {
  if (!allowed.includes(visit.status)) {
    throw new RuleViolation(rule, `cannot ${doing}: visit ${visit.visitId} is ${visit.status}`);
  }
}

export function requireText(value: string | undefined, rule: string, what: string): string {
  if (!value || !value.trim()) throw new RuleViolation(rule, `${what} is required`);
  return value.trim();
}

/** A device's clock may run a little ahead of ours; a signature later than this is not yet made. */
const SIGNATURE_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The customer's signature, signed at a time that can be true: not before `notBefore` (the
 * engineer's arrival for a completed visit) and not in the future.
 */
export function requireSignature(
  signature: CustomerSignature | undefined,
  rule: string,
  what: string,
  window?: { readonly now: Date; readonly notBefore?: string; readonly notBeforeIs?: string },
) {
  if (!signature) throw new RuleViolation(rule, `${what} is required`);
  const signedBy = requireText(signature.signedBy, rule, `${what}: the signer's name`);
  const signedAt = new Date(signature.signedAt);
  if (Number.isNaN(signedAt.getTime()))
    throw new RuleViolation(rule, `${what}: a valid signing time is required`);
  if (window && signedAt.getTime() > window.now.getTime() + SIGNATURE_CLOCK_SKEW_MS)
    throw new RuleViolation(rule, `${what}: signed at ${signedAt.toISOString()}, which is in the future`);
  if (window?.notBefore && signedAt < new Date(window.notBefore))
    throw new RuleViolation(
      rule,
      `${what}: signed at ${signedAt.toISOString()}, before ${window.notBeforeIs ?? 'the visit began'} (${window.notBefore})`,
    );
  return { signedBy, signedAt: signedAt.toISOString(), method: signature.method };
}

export function requireMinutes(minutes: number, rule: string): number {
  if (!Number.isInteger(minutes) || minutes <= 0) {
    throw new RuleViolation(rule, `hours are recorded as a positive whole number of minutes, got ${minutes}`);
  }
  return minutes;
}

export function requireEngineer(visit: ExistingVisit, rule: string): string {
  if (!visit.engineerId) throw new RuleViolation(rule, `visit ${visit.visitId} has no engineer assigned`);
  return visit.engineerId;
}
