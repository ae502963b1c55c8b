import type { CaseKind, Channel, Severity } from './case.vocabulary';

/**
 * The numbers of INT-4, INT-5, INT-9 as configuration (per organisation, overridable per
 * branch). Rules are matched in order; the first whose conditions all hold applies.
 */
export interface ResponseDeadlineRule {
  readonly kind?: CaseKind;
  readonly channels?: readonly Channel[];
  readonly minutes: number;
  /** Why this rule exists, shown in audits. */
  readonly source: string;
}

export interface IntakePolicy {
  readonly responseDeadlines: readonly ResponseDeadlineRule[];
  /** Fallback when no rule matches (repair and return requests). */
  readonly defaultResponseMinutes: number;
  /** INT-5 resolution deadline per severity. */
  readonly resolutionMinutes: Readonly<Record<Severity, number>>;
  /** INT-9 recurring problem: this many founded cases of one model + symptom within the window. */
  readonly recurrence: { readonly threshold: number; readonly windowDays: number };
  /**
   * Product dates a registration may carry: purchase and commissioning no later than now plus
   * the tolerance (a date-only value may be tomorrow in another zone), no earlier than so many
   * years ago, and commissioning not before purchase.
   */
  readonly productDates: { readonly futureToleranceMinutes: number; readonly maxAgeYears: number };
}

const HOUR = 60;

export const DEFAULT_INTAKE_POLICY: IntakePolicy = {
  responseDeadlines: [
    { kind: 'quality-complaint', minutes: 2 * HOUR, source: 'INT-4 quality complaint 2 h' },
    { channels: ['letter', 'email', 'fax'], minutes: 24 * HOUR, source: 'INT-4 letter/e-mail 24 h' },
    { kind: 'non-quality-complaint', minutes: 12 * HOUR, source: 'INT-4 non-quality complaint 12 h' },
    {
      kind: 'consultation',
      channels: ['hotline'],
      minutes: 30,
      source: 'INT-4 hotline general quality question 30 min',
    },
    { kind: 'consultation', minutes: 12 * HOUR, source: 'INT-4 phone consultation 12 h' },
  ],
  defaultResponseMinutes: 12 * HOUR,
  resolutionMinutes: { general: 3 * 24 * HOUR, major: 24 * HOUR },
  recurrence: { threshold: 3, windowDays: 30 },
  productDates: { futureToleranceMinutes: 24 * HOUR, maxAgeYears: 100 },
};

/** Why a product's dates cannot be true, each with its field; empty when they can. */
export function implausibleProductDates(
  product: { readonly purchaseDate?: string; readonly commissioningDate?: string },
  now: Date,
  policy: IntakePolicy,
): Array<{ field: string; reason: string }> {
  const { futureToleranceMinutes, maxAgeYears } = policy.productDates;
  const latest = addMinutes(now, futureToleranceMinutes).getTime();
  const earliest = new Date(now);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - maxAgeYears);
  const problems: Array<{ field: string; reason: string }> = [];
  const dates = { purchaseDate: product.purchaseDate, commissioningDate: product.commissioningDate };
  for (const [name, value] of Object.entries(dates)) {
    if (value === undefined) continue;
    const at = Date.parse(value);
    if (at > latest) problems.push({ field: `product.${name}`, reason: `${name} must not be in the future` });
    else if (at < earliest.getTime())
      problems.push({
        field: `product.${name}`,
        reason: `${name} must not be more than ${maxAgeYears} years ago`,
      });
  }
  if (
    problems.length === 0 &&
    dates.purchaseDate !== undefined &&
    dates.commissioningDate !== undefined &&
    Date.parse(dates.commissioningDate) < Date.parse(dates.purchaseDate.slice(0, 10))
  )
    problems.push({
      field: 'product.commissioningDate',
      reason: 'commissioningDate must not be before purchaseDate',
    });
  return problems;
}

export function responseDeadlineMinutes(
  policy: IntakePolicy,
  kind: CaseKind,
  channel: Channel,
): { minutes: number; source: string } {
  const rule = policy.responseDeadlines.find(
    (r) =>
      (r.kind === undefined || r.kind === kind) && (r.channels === undefined || r.channels.includes(channel)),
  );
  return rule
    ? { minutes: rule.minutes, source: rule.source }
    : { minutes: policy.defaultResponseMinutes, source: 'default response deadline' };
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}
