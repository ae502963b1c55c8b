import type { CaseKind, Channel, PauseReason, Remedy, Severity, SurveyQuestion } from './case.vocabulary';

/** The case aggregate's internal events (stream `case-<caseId>`); mapped to public contracts before leaving intake. */
export type CaseEvent =
  | CaseRegistered
  | MajorCaseNotified
  | CaseClassified
  | CaseAccepted
  | CaseRejected
  | CaseResponded
  | ResponseDeadlineMissed
  | ResolutionDeadlineMissed
  | FollowUpOwnerAssigned
  | CaseResolved
  | CaseClosed
  | SurveyAnswered
  | ServiceFollowUpRequested
  | TimelineEntryRecorded
  | DeadlineClockPaused
  | DeadlineClockResumed;

export interface CustomerDetails {
  readonly customerId: string;
  /** Personal data (AUD-4): stored encrypted under the customer's key. */
  readonly name: string;
  readonly contactPerson?: string;
  readonly phone: string;
  readonly address: string;
  /** INT-10 high-value customer. */
  readonly vip: boolean;
}

/** Paths of CaseRegistered.data holding the customer's personal data (AUD-4). */
export const CUSTOMER_PERSONAL_PATHS = [
  'customer.name',
  'customer.contactPerson',
  'customer.phone',
  'customer.address',
] as const;

export interface ProductDetails {
  readonly model: string;
  readonly serialNumber: string;
  readonly purchaseDate?: string;
  readonly commissioningDate?: string;
}

export type CaseRegistered = {
  readonly type: 'CaseRegistered';
  readonly data: {
    readonly caseId: string;
    readonly caseNumber: string;
    readonly branch: string;
    readonly channel: Channel;
    readonly kind: CaseKind;
    readonly severity: Severity;
    readonly registeredAt: string;
    readonly customer: CustomerDetails;
    readonly product: ProductDetails;
    /** INT-1 the customer's own words. */
    readonly problem: { readonly description: string; readonly symptomCode?: string };
    readonly priority: 'normal' | 'high';
    readonly responseDueAt: string;
    readonly responseDeadlineSource: string;
    readonly resolutionDueAt: string;
    /** Set when this case follows up a complaint about the service of another case (INT-8). */
    readonly followUpOf?: { readonly caseId: string; readonly handledByRole: string };
  };
};

export type MajorCaseNotified = {
  readonly type: 'MajorCaseNotified';
  readonly data: {
    readonly caseId: string;
    readonly notifyRoles: readonly string[];
    readonly reason: string;
  };
};

export type CaseClassified = {
  readonly type: 'CaseClassified';
  readonly data: {
    readonly caseId: string;
    readonly from: { readonly kind: CaseKind; readonly severity: Severity };
    readonly to: { readonly kind: CaseKind; readonly severity: Severity };
    readonly reason: string;
    readonly responseDueAt: string;
    readonly resolutionDueAt: string;
    /** INT-7/FIN-4: now a non-quality complaint, its costs are negotiated with and recovered from the customer. */
    readonly costsRecoveredFrom?: 'customer';
  };
};

export interface Overturn {
  readonly previous: 'accepted' | 'rejected';
  readonly reason: string;
}

export type CaseAccepted = {
  readonly type: 'CaseAccepted';
  readonly data: {
    readonly caseId: string;
    readonly kind: CaseKind;
    readonly remedy?: Remedy;
    readonly note?: string;
    readonly overturn?: Overturn;
    /** INT-7/FIN-4: a non-quality complaint is handled like a quality one, at the customer's cost. */
    readonly costsRecoveredFrom?: 'customer';
  };
};

export type CaseRejected = {
  readonly type: 'CaseRejected';
  readonly data: { readonly caseId: string; readonly explanation: string; readonly overturn?: Overturn };
};

export type CaseResponded = {
  readonly type: 'CaseResponded';
  readonly data: {
    readonly caseId: string;
    readonly response: string;
    readonly respondedAt: string;
    /** True for the first substantive answer, which stops the INT-4 clock. */
    readonly first: boolean;
    readonly withinDeadline: boolean;
  };
};

export type ResponseDeadlineMissed = {
  readonly type: 'ResponseDeadlineMissed';
  readonly data: { readonly caseId: string; readonly dueAt: string; readonly detectedAt: string };
};

export type ResolutionDeadlineMissed = {
  readonly type: 'ResolutionDeadlineMissed';
  readonly data: { readonly caseId: string; readonly dueAt: string; readonly detectedAt: string };
};

export type FollowUpOwnerAssigned = {
  readonly type: 'FollowUpOwnerAssigned';
  readonly data: { readonly caseId: string; readonly ownerId: string };
};

export type CaseResolved = {
  readonly type: 'CaseResolved';
  readonly data: {
    readonly caseId: string;
    readonly outcome: string;
    readonly resolvedAt: string;
    readonly withinDeadline: boolean;
  };
};

export interface CustomerConfirmation {
  readonly signedBy: string;
  readonly signedAt: string;
  readonly method: 'signature' | 'e-signature';
}

export type CaseClosed = {
  readonly type: 'CaseClosed';
  readonly data: {
    readonly caseId: string;
    readonly outcome: string;
    readonly confirmation: CustomerConfirmation;
    readonly closedAt: string;
    /** INT-8: every closed case gets a survey, no sampling. */
    readonly surveyId: string;
  };
};

export type SurveyAnswered = {
  readonly type: 'SurveyAnswered';
  readonly data: {
    readonly caseId: string;
    readonly surveyId: string;
    readonly scores: Readonly<Record<SurveyQuestion, number>>;
    readonly comment?: string;
    readonly complaintAboutService: boolean;
    readonly answeredAt: string;
  };
};

export type ServiceFollowUpRequested = {
  readonly type: 'ServiceFollowUpRequested';
  readonly data: {
    readonly caseId: string;
    readonly followUpCaseId: string;
    readonly handledByRole: string;
    readonly complaint: string;
  };
};

/** A milestone another service reported about this case (visit completed, inspection signed, …). */
export type TimelineEntryRecorded = {
  readonly type: 'TimelineEntryRecorded';
  readonly data: {
    readonly caseId: string;
    readonly source: string;
    readonly sourceEventId: string;
    readonly sourceEventType: string;
    readonly summary: string;
    /** The same line in Chinese, the console's default; entries recorded before it existed have none. */
    readonly summaryZh?: string;
    readonly occurredAt: string;
  };
};

/** INT-11: the deadline clocks stop while the case waits on the customer. */
export type DeadlineClockPaused = {
  readonly type: 'DeadlineClockPaused';
  readonly data: {
    readonly caseId: string;
    readonly reason: PauseReason;
    readonly note?: string;
    readonly pausedAt: string;
  };
};

/**
 * INT-11: the customer answered; the clocks still running move by the time paused. A due
 * instant is absent when its clock had already stopped (answered, resolved or missed).
 */
export type DeadlineClockResumed = {
  readonly type: 'DeadlineClockResumed';
  readonly data: {
    readonly caseId: string;
    readonly pausedAt: string;
    readonly resumedAt: string;
    readonly pausedMs: number;
    readonly responseDueAt?: string;
    readonly resolutionDueAt?: string;
  };
};
