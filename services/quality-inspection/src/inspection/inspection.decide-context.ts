import { NotFound, RuleViolation } from '@aftersales/kernel';
import type { ExistingInspection, InspectionState, InspectionStatus } from './inspection.state';

/** QC's numbers and lists (configuration, never literals in the rules). */
export interface QualityPolicy {
  /** The head-office departments responsibility can be attributed to (QC-3). */
  readonly departments: readonly string[];
  /** QC-5: a CAPA is due this many days after sign-off unless a date is given. */
  readonly capaDueDays: number;
  /** QC-5: a refusal's written explanation has at least this many characters. */
  readonly refusalExplanationMinChars: number;
}

export interface InspectionDecideContext {
  readonly now: Date;
  readonly policy: QualityPolicy;
}

export function existingInspection(state: InspectionState, inspectionId: string): ExistingInspection {
  if (!state.exists) throw new NotFound('inspection', inspectionId);
  return state;
}

/** The decision is final once signed off or refused (QC-5) or checked (QC-6). */
export const DECIDED: readonly InspectionStatus[] = [
  'signed-off',
  'refused',
  'checked-intact',
  'checked-not-intact',
];

export function requireUndecided(state: ExistingInspection, rule: string, what: string): void {
  if (DECIDED.includes(state.status))
    throw new RuleViolation(rule, `the inspection is ${state.status}: cannot ${what}`);
}
