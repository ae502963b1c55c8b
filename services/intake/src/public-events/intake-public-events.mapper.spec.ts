import { contracts } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { CaseEvent } from '../case/case.events';
import { registered, T0 } from '../case/case.fixtures';
import type { RecurrenceEvent } from '../recurrence/recurrence.decider';
import { INTAKE_PUBLISHED_TYPES, toIntakePublicEvent } from './intake-public-events.mapper';

const at = T0.toISOString();

function recorded(event: CaseEvent | RecurrenceEvent, streamId = 'case-c1'): RecordedEvent {
  return {
    streamId,
    streamVersion: 1,
    globalPosition: 1,
    type: event.type,
    data: event.data,
    metadata: {
      eventId: '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11',
      type: event.type,
      schemaVersion: 1,
      occurredAt: at,
      recordedAt: at,
      actor: { userId: 'u1', role: 'intake-clerk' },
      correlationId: 'corr',
    },
  };
}

const overturn = { previous: 'rejected' as const, reason: 'the branch manager found the complaint founded' };

/** One internal event of every kind, typed by intake's own event union. */
const internal: Array<CaseEvent | RecurrenceEvent> = [
  ...registered({
    product: { model: 'KYN28-12', serialNumber: 'SN-1', purchaseDate: '2025-06-01T08:00:00+08:00' },
  }),
  {
    type: 'CaseClassified',
    data: {
      caseId: 'c1',
      from: { kind: 'consultation', severity: 'general' },
      to: { kind: 'quality-complaint', severity: 'major' },
      reason: 'failure described',
      responseDueAt: at,
      resolutionDueAt: at,
    },
  },
  { type: 'CaseAccepted', data: { caseId: 'c1', kind: 'quality-complaint', remedy: 'repair', overturn } },
  { type: 'CaseRejected', data: { caseId: 'c1', explanation: 'opened by a third party' } },
  {
    type: 'CaseResponded',
    data: {
      caseId: 'c1',
      response: 'we will send an engineer',
      respondedAt: at,
      first: true,
      withinDeadline: true,
    },
  },
  { type: 'ResponseDeadlineMissed', data: { caseId: 'c1', dueAt: at, detectedAt: at } },
  { type: 'ResolutionDeadlineMissed', data: { caseId: 'c1', dueAt: at, detectedAt: at } },
  { type: 'FollowUpOwnerAssigned', data: { caseId: 'c1', ownerId: 'u9' } },
  {
    type: 'CaseResolved',
    data: { caseId: 'c1', outcome: 'breaker replaced', resolvedAt: at, withinDeadline: true },
  },
  {
    type: 'CaseClosed',
    data: {
      caseId: 'c1',
      outcome: 'breaker replaced',
      confirmation: { signedBy: '王芳', signedAt: at, method: 'e-signature' },
      closedAt: at,
      surveyId: 's1',
    },
  },
  {
    type: 'SurveyAnswered',
    data: {
      caseId: 'c1',
      surveyId: 's1',
      scores: { attitude: 4, skill: 3, arrivalTime: 4, keepingPromises: 4 },
      complaintAboutService: false,
      answeredAt: at,
    },
  },
  {
    type: 'ServiceFollowUpRequested',
    data: { caseId: 'c1', followUpCaseId: 'c2', handledByRole: 'service-director', complaint: 'late' },
  },
  {
    type: 'TimelineEntryRecorded',
    data: {
      caseId: 'c1',
      source: 'dispatch',
      sourceEventId: 'e',
      sourceEventType: 't',
      summary: 's',
      occurredAt: at,
    },
  },
  {
    type: 'FoundedCaseCounted',
    data: { key: 'kyn28-12:trip', model: 'KYN28-12', symptomCode: 'TRIP', caseId: 'c1', acceptedAt: at },
  },
  {
    type: 'RecurringProblemDetected',
    data: {
      key: 'kyn28-12:trip',
      model: 'KYN28-12',
      symptomCode: 'TRIP',
      caseIds: ['a', 'b', 'c1'],
      windowStart: at,
      windowEnd: at,
      notifyRoles: ['qc-inspector', 'technical-department'],
    },
  },
];

describe('intake public events', () => {
  const published = internal.map((e) => toIntakePublicEvent(recorded(e))).filter((p) => p !== undefined);

  it('the types the mapper publishes are exactly intake contracts in contracts/ (and its AsyncAPI)', () => {
    const intakeContracts = contracts.types().filter((t) => t.startsWith('intake.'));
    expect([...INTAKE_PUBLISHED_TYPES].sort()).toEqual(intakeContracts);
    expect([...new Set(published.map((p) => p.type))].sort()).toEqual(intakeContracts);
  });

  it('every mapped event is publishable under its contract', () => {
    for (const event of published)
      expect(() => contracts.assertPublishable(event.type, event.payload)).not.toThrow();
  });

  it('AUD-4: the customer is referred to by id; name, phone, address and signer stay inside intake', () => {
    const text = JSON.stringify(published);
    for (const personal of ['王芳', '+86 571 8888 0000', '杭州市西湖区'])
      expect(text).not.toContain(personal);
    expect(published.find((p) => p.type === 'intake.case-registered.v1')?.payload).toMatchObject({
      customerId: 'cust-1',
      product: { purchaseDate: '2025-06-01' },
    });
  });

  it('internal bookkeeping stays inside (major-case notice, follow-up owner, timeline, counting)', () => {
    for (const type of [
      'FollowUpOwnerAssigned',
      'ServiceFollowUpRequested',
      'TimelineEntryRecorded',
      'FoundedCaseCounted',
    ]) {
      const event = internal.find((e) => e.type === type)!;
      expect(toIntakePublicEvent(recorded(event))).toBeUndefined();
    }
  });

  it('a recurring problem, tied to no single case, is keyed by its problem key', () => {
    expect(published.find((p) => p.type === 'intake.recurring-problem-detected.v1')?.key).toBe(
      'kyn28-12:trip',
    );
  });
});
