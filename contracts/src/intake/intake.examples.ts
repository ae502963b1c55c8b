import type { IntakePublicEvents } from './intake.events';

const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
const at = '2026-03-02T08:30:00.000Z';

/** One valid payload per intake event type, typed by the TypeScript contract (tests and docs). */
export const intakeExamples: { [T in keyof IntakePublicEvents]: IntakePublicEvents[T] } = {
  'intake.case-registered.v1': {
    caseId,
    caseNumber: 'HZ-2026-000123',
    branch: 'HZ',
    channel: 'hotline',
    kind: 'quality-complaint',
    severity: 'major',
    registeredAt: at,
    customerId: 'cust-42',
    vip: false,
    product: { model: 'KYN28-12', serialNumber: 'SN-0001', commissioningDate: '2025-06-01' },
    problem: { description: 'breaker trips under load', symptomCode: 'TRIP' },
    priority: 'high',
    responseDueAt: '2026-03-02T10:30:00.000Z',
    resolutionDueAt: '2026-03-03T08:30:00.000Z',
  },
  'intake.case-classified.v1': {
    caseId,
    from: { kind: 'consultation', severity: 'general' },
    to: { kind: 'quality-complaint', severity: 'general' },
    reason: 'the customer describes a failure',
    responseDueAt: at,
    resolutionDueAt: at,
  },
  'intake.case-accepted.v1': { caseId, kind: 'quality-complaint', remedy: 'repair' },
  'intake.case-rejected.v1': { caseId, explanation: 'the seal shows the unit was opened by a third party' },
  'intake.case-responded.v1': { caseId, respondedAt: at, first: true, withinDeadline: true },
  'intake.major-case-notified.v1': {
    caseId,
    notifyRoles: ['after-sales-head', 'executive'],
    reason: 'registered as major',
  },
  'intake.response-deadline-missed.v1': { caseId, dueAt: at, detectedAt: at },
  'intake.resolution-deadline-missed.v1': { caseId, dueAt: at, detectedAt: at },
  'intake.case-resolved.v1': { caseId, outcome: 'breaker replaced', resolvedAt: at, withinDeadline: true },
  'intake.case-closed.v1': {
    caseId,
    outcome: 'breaker replaced',
    closedAt: at,
    confirmation: { method: 'e-signature', signedAt: at },
    surveyId: 'survey-1',
  },
  'intake.survey-answered.v1': {
    caseId,
    surveyId: 'survey-1',
    scores: { attitude: 4, skill: 4, arrivalTime: 3, keepingPromises: 4 },
    complaintAboutService: false,
    answeredAt: at,
  },
  'intake.recurring-problem-detected.v1': {
    problemKey: 'kyn28-12:trip',
    model: 'KYN28-12',
    symptomCode: 'TRIP',
    caseIds: ['a', 'b', 'c'],
    windowStart: '2026-02-01T00:00:00.000Z',
    windowEnd: at,
    notifyRoles: ['qc-inspector', 'technical-department'],
  },
};
