import { NotFound, RuleViolation } from '@aftersales/kernel';
import type { IntakePolicy } from './intake-policy';
import type { CaseState, ExistingCase } from './case.state';

/** What decide functions are given besides command and state: time and policy are passed in, never read. */
export interface DecideContext {
  readonly now: Date;
  readonly policy: IntakePolicy;
}

export function existing(state: CaseState, caseId: string): ExistingCase {
  if (!state.exists) throw new NotFound('case', caseId);
  return state;
}

export function requireNotClosed(state: ExistingCase, rule: string): void {
  if (state.status === 'closed') throw new RuleViolation(rule, `case ${state.caseNumber} is closed`);
}

export function requireText(value: string | undefined, rule: string, what: string): string {
  if (!value || !value.trim()) throw new RuleViolation(rule, `${what} is required`);
  return value.trim();
}
