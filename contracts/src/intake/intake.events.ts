/**
 * Public events of intake, as published on `aftersales.intake.events.v1` (payloads only; the
 * envelope travels in CloudEvents headers). Personal data appears by reference only (AUD-4).
 * Each type mirrors its JSON Schema in contracts/schemas/intake; the registry spec checks both
 * against the same examples.
 */
export type CaseKind =
  'quality-complaint' | 'non-quality-complaint' | 'repair-request' | 'consultation' | 'return-request';
export type Severity = 'general' | 'major';
export type Channel = 'hotline' | 'online' | 'email' | 'letter' | 'fax' | 'walk-in' | 'field-engineer';
export type Remedy = 'return' | 'exchange' | 'concession-discount' | 'repair' | 'send-back';

export interface Overturn {
  readonly previous: 'accepted' | 'rejected';
  readonly reason: string;
}

export interface CaseRegisteredV1 {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly branch: string;
  readonly channel: Channel;
  readonly kind: CaseKind;
  readonly severity: Severity;
  readonly registeredAt: string;
  readonly customerId: string;
  readonly vip: boolean;
  readonly product: {
    readonly model: string;
    readonly serialNumber: string;
    readonly purchaseDate?: string;
    readonly commissioningDate?: string;
  };
  readonly problem: { readonly description: string; readonly symptomCode?: string };
  readonly priority: 'normal' | 'high';
  readonly responseDueAt: string;
  readonly resolutionDueAt: string;
  readonly followUpOf?: string;
}

export interface MajorCaseNotifiedV1 {
  readonly caseId: string;
  readonly notifyRoles: readonly string[];
  readonly reason: string;
}

export interface CaseClassifiedV1 {
  readonly caseId: string;
  readonly from: { readonly kind: CaseKind; readonly severity: Severity };
  readonly to: { readonly kind: CaseKind; readonly severity: Severity };
  readonly reason: string;
  readonly responseDueAt: string;
  readonly resolutionDueAt: string;
  /** INT-7/FIN-4: now a non-quality complaint, its costs are recovered from the customer. */
  readonly costsRecoveredFrom?: 'customer';
}

export interface CaseAcceptedV1 {
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly remedy?: Remedy;
  readonly note?: string;
  readonly overturn?: Overturn;
  /** INT-7/FIN-4: a non-quality complaint, handled like a quality one at the customer's cost. */
  readonly costsRecoveredFrom?: 'customer';
}

export interface CaseRejectedV1 {
  readonly caseId: string;
  readonly explanation: string;
  readonly overturn?: Overturn;
}

export interface CaseRespondedV1 {
  readonly caseId: string;
  readonly respondedAt: string;
  readonly first: boolean;
  readonly withinDeadline: boolean;
}

export interface ResponseDeadlineMissedV1 {
  readonly caseId: string;
  readonly dueAt: string;
  readonly detectedAt: string;
}

export interface ResolutionDeadlineMissedV1 {
  readonly caseId: string;
  readonly dueAt: string;
  readonly detectedAt: string;
}

export interface CaseResolvedV1 {
  readonly caseId: string;
  readonly outcome: string;
  readonly resolvedAt: string;
  readonly withinDeadline: boolean;
}

export interface CaseClosedV1 {
  readonly caseId: string;
  readonly outcome: string;
  readonly closedAt: string;
  readonly confirmation: { readonly method: 'signature' | 'e-signature'; readonly signedAt: string };
  readonly surveyId: string;
}

export interface SurveyAnsweredV1 {
  readonly caseId: string;
  readonly surveyId: string;
  readonly scores: {
    readonly attitude: number;
    readonly skill: number;
    readonly arrivalTime: number;
    readonly keepingPromises: number;
  };
  readonly comment?: string;
  readonly complaintAboutService: boolean;
  readonly answeredAt: string;
}

export interface RecurringProblemDetectedV1 {
  readonly problemKey: string;
  readonly model: string;
  readonly symptomCode: string;
  readonly caseIds: readonly string[];
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly notifyRoles: readonly string[];
}

/** Public event type -> payload. */
export interface IntakePublicEvents {
  'intake.case-registered.v1': CaseRegisteredV1;
  'intake.major-case-notified.v1': MajorCaseNotifiedV1;
  'intake.case-classified.v1': CaseClassifiedV1;
  'intake.case-accepted.v1': CaseAcceptedV1;
  'intake.case-rejected.v1': CaseRejectedV1;
  'intake.case-responded.v1': CaseRespondedV1;
  'intake.response-deadline-missed.v1': ResponseDeadlineMissedV1;
  'intake.resolution-deadline-missed.v1': ResolutionDeadlineMissedV1;
  'intake.case-resolved.v1': CaseResolvedV1;
  'intake.case-closed.v1': CaseClosedV1;
  'intake.survey-answered.v1': SurveyAnsweredV1;
  'intake.recurring-problem-detected.v1': RecurringProblemDetectedV1;
}
