/** INT-1 channels a case can arrive through. */
export const CHANNELS = ['hotline', 'online', 'email', 'letter', 'fax', 'walk-in', 'field-engineer'] as const;
export type Channel = (typeof CHANNELS)[number];

/** INT-2 case kinds. */
export const CASE_KINDS = [
  'quality-complaint',
  'non-quality-complaint',
  'repair-request',
  'consultation',
  'return-request',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** INT-3 severities. */
export const SEVERITIES = ['general', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** INT-6 what a founded quality complaint offers the customer. */
export const REMEDIES = ['return', 'exchange', 'concession-discount', 'repair', 'send-back'] as const;
export type Remedy = (typeof REMEDIES)[number];

/**
 * INT-7: damage the customer caused (a non-quality complaint) is still analysed, explained,
 * repaired and trained on like a quality problem, but its costs are negotiated with and recovered
 * from the customer (FIN-4); every other case's costs follow the responsibility attribution.
 */
export function costsOf(kind: CaseKind): { costsRecoveredFrom?: 'customer' } {
  return kind === 'non-quality-complaint' ? { costsRecoveredFrom: 'customer' } : {};
}

/** INT-8 the four survey questions, each on a 4-level scale (1 = poor … 4 = very good). */
export const SURVEY_QUESTIONS = ['attitude', 'skill', 'arrivalTime', 'keepingPromises'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];
export const SURVEY_SCALE = { min: 1, max: 4 } as const;

export type CaseStatus = 'registered' | 'accepted' | 'rejected' | 'resolved' | 'closed';

/** INT-11: why the deadline clocks wait on the customer. */
export const PAUSE_REASONS = ['information-requested', 'customer-unavailable'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
