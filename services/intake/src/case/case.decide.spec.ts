import { Conflict, NotFound } from '@aftersales/kernel';
import type { CaseEvent } from './case.events';
import { given, minutesAfter, registerCommand, registered, T0 } from './case.fixtures';
import { DEFAULT_INTAKE_POLICY } from './intake-policy';

const accepted = (remedy: 'repair' | 'exchange' = 'repair'): CaseEvent[] => [
  ...registered(),
  { type: 'CaseAccepted', data: { caseId: 'c1', kind: 'quality-complaint', remedy } },
];
const closed = (): CaseEvent[] => [
  ...accepted(),
  {
    type: 'CaseClosed',
    data: {
      caseId: 'c1',
      outcome: 'replaced breaker',
      confirmation: { signedBy: '王芳', signedAt: minutesAfter(600).toISOString(), method: 'e-signature' },
      closedAt: minutesAfter(600).toISOString(),
      surveyId: 's1',
    },
  },
];
const scores = { attitude: 4, skill: 3, arrivalTime: 4, keepingPromises: 4 };

describe('a new case', () => {
  it('INT-1: registers from any channel with case number, customer, product and the customer’s own words', () => {
    const [event] = registered({ channel: 'walk-in' });
    expect(event).toMatchObject({
      type: 'CaseRegistered',
      data: {
        caseId: 'c1',
        caseNumber: 'HZ-2026-000001',
        branch: 'HZ',
        channel: 'walk-in',
        registeredAt: T0.toISOString(),
        problem: { description: '开关柜合闸后跳闸' },
        product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
      },
    });
  });

  it('INT-1: a case id is registered once', () => {
    given(registered()).when(registerCommand()).thenThrows(Conflict);
  });

  it('INT-3: a major case notifies the after-sales head and the executive at once', () => {
    const events = registered({ severity: 'major' });
    expect(events[1]).toEqual({
      type: 'MajorCaseNotified',
      data: { caseId: 'c1', notifyRoles: ['after-sales-head', 'executive'], reason: 'registered as major' },
    });
    expect(events[0]).toMatchObject({ data: { priority: 'high' } });
  });

  it.each([
    ['quality-complaint', 'hotline', 120],
    ['quality-complaint', 'letter', 120],
    ['non-quality-complaint', 'online', 12 * 60],
    ['non-quality-complaint', 'email', 24 * 60],
    ['consultation', 'hotline', 30],
    ['consultation', 'walk-in', 12 * 60],
    ['repair-request', 'field-engineer', 12 * 60],
  ] as const)('INT-4: a %s via %s must be answered within %i minutes', (kind, channel, minutes) => {
    const [event] = registered({ kind, channel });
    expect(event).toMatchObject({ data: { responseDueAt: minutesAfter(minutes).toISOString() } });
  });

  it('INT-4: the deadlines come from the policy, not from code', () => {
    const policy = { ...DEFAULT_INTAKE_POLICY, responseDeadlines: [], defaultResponseMinutes: 45 };
    const [event] = given([], policy).when(registerCommand()).events();
    expect(event).toMatchObject({ data: { responseDueAt: minutesAfter(45).toISOString() } });
  });

  it.each([
    ['general', 3 * 24 * 60],
    ['major', 24 * 60],
  ] as const)('INT-5: a %s case must be resolved within %i minutes', (severity, minutes) => {
    const [event] = registered({ severity });
    expect(event).toMatchObject({ data: { resolutionDueAt: minutesAfter(minutes).toISOString() } });
  });

  it('INT-10: a VIP customer’s case has high priority', () => {
    const [event] = registered({ customer: { ...registerCommand().customer, vip: true } });
    expect(event).toMatchObject({ data: { priority: 'high' } });
  });
});

describe('a registered case', () => {
  it('INT-2: reclassification is recorded with its reason and new deadlines', () => {
    given(registered())
      .when({
        type: 'ReclassifyCase',
        caseId: 'c1',
        kind: 'non-quality-complaint',
        reason: 'customer dropped it',
      })
      .then([
        {
          type: 'CaseClassified',
          data: {
            caseId: 'c1',
            from: { kind: 'quality-complaint', severity: 'general' },
            to: { kind: 'non-quality-complaint', severity: 'general' },
            reason: 'customer dropped it',
            responseDueAt: minutesAfter(12 * 60).toISOString(),
            resolutionDueAt: minutesAfter(3 * 24 * 60).toISOString(),
            costsRecoveredFrom: 'customer',
          },
        },
      ]);
  });

  it('INT-2: reclassification needs a reason and a change', () => {
    given(registered())
      .when({ type: 'ReclassifyCase', caseId: 'c1', kind: 'consultation', reason: ' ' })
      .thenThrows('INT-2', /a reason for reclassifying is required/);
    given(registered())
      .when({ type: 'ReclassifyCase', caseId: 'c1', kind: 'quality-complaint', reason: 'x' })
      .thenThrows('INT-2', /case HZ-2026-000001 already is quality-complaint\/general/);
  });

  it('INT-3: becoming major notifies at once and shortens the resolution deadline', () => {
    const events = given(registered())
      .when({ type: 'ReclassifyCase', caseId: 'c1', severity: 'major', reason: 'production stopped' })
      .events();
    expect(events.map((e) => e.type)).toEqual(['CaseClassified', 'MajorCaseNotified']);
    expect(events[0]).toMatchObject({ data: { resolutionDueAt: minutesAfter(24 * 60).toISOString() } });
  });

  it('INT-6: a founded quality complaint records the remedy the customer chose', () => {
    given(registered())
      .when({ type: 'ReviewValidity', caseId: 'c1', founded: true, remedy: 'exchange' })
      .then([
        { type: 'CaseAccepted', data: { caseId: 'c1', kind: 'quality-complaint', remedy: 'exchange' } },
      ]);
    given(registered())
      .when({ type: 'ReviewValidity', caseId: 'c1', founded: true })
      .thenThrows('INT-6', /a founded quality complaint records the remedy the customer chose/);
  });

  it('INT-6: an unfounded complaint is rejected with an explanation', () => {
    given(registered())
      .when({ type: 'ReviewValidity', caseId: 'c1', founded: false, explanation: 'operated outside rating' })
      .then([{ type: 'CaseRejected', data: { caseId: 'c1', explanation: 'operated outside rating' } }]);
    given(registered())
      .when({ type: 'ReviewValidity', caseId: 'c1', founded: false })
      .thenThrows('INT-6', /an explanation for an unfounded complaint is required/);
  });

  it('INT-6: a remedy belongs to quality complaints only', () => {
    given(registered({ kind: 'consultation' }))
      .when({ type: 'ReviewValidity', caseId: 'c1', founded: true, remedy: 'repair' })
      .thenThrows('INT-6', /a remedy is chosen for founded quality complaints, not for consultation/);
  });

  it('INT-7: a founded non-quality complaint is accepted like a quality one, its costs recovered from the customer', () => {
    given(registered({ kind: 'non-quality-complaint' }))
      .when({
        type: 'ReviewValidity',
        caseId: 'c1',
        founded: true,
        explanation: 'operator error, repair and train',
      })
      .then([
        {
          type: 'CaseAccepted',
          data: {
            caseId: 'c1',
            kind: 'non-quality-complaint',
            note: 'operator error, repair and train',
            costsRecoveredFrom: 'customer',
          },
        },
      ]);
  });

  it('INT-7: found to be customer damage, a quality complaint’s costs move to the customer; found otherwise, they move back', () => {
    const toCustomer = given(registered())
      .when({
        type: 'ReclassifyCase',
        caseId: 'c1',
        kind: 'non-quality-complaint',
        reason: 'dropped in transit by the customer',
      })
      .events();
    expect(toCustomer[0]).toMatchObject({ type: 'CaseClassified', data: { costsRecoveredFrom: 'customer' } });
    const back = given([...registered(), ...toCustomer])
      .when({
        type: 'ReclassifyCase',
        caseId: 'c1',
        kind: 'quality-complaint',
        reason: 'lab found a weld defect',
      })
      .events();
    expect(back[0].type).toBe('CaseClassified');
    expect(back[0].data).not.toHaveProperty('costsRecoveredFrom');
  });

  it('INT-7: a rejected non-quality complaint overturned by the branch manager is recovered from the customer too', () => {
    given([
      ...registered({ kind: 'non-quality-complaint' }),
      { type: 'CaseRejected', data: { caseId: 'c1', explanation: 'no damage found' } },
    ])
      .when({ type: 'OverturnReview', caseId: 'c1', founded: true, reason: 'photos show the damage' })
      .then([
        {
          type: 'CaseAccepted',
          data: {
            caseId: 'c1',
            kind: 'non-quality-complaint',
            overturn: { previous: 'rejected', reason: 'photos show the damage' },
            costsRecoveredFrom: 'customer',
          },
        },
      ]);
  });

  it('INT-4: the first substantive answer stops the clock, within the deadline', () => {
    given(registered())
      .when(
        {
          type: 'RespondToCustomer',
          caseId: 'c1',
          response: 'engineer on the way; we will replace the breaker',
        },
        minutesAfter(90),
      )
      .then([
        {
          type: 'CaseResponded',
          data: {
            caseId: 'c1',
            response: 'engineer on the way; we will replace the breaker',
            respondedAt: minutesAfter(90).toISOString(),
            first: true,
            withinDeadline: true,
          },
        },
      ]);
  });

  it('INT-4: a late answer is recorded as late', () => {
    const [event] = given(registered())
      .when({ type: 'RespondToCustomer', caseId: 'c1', response: 'x' }, minutesAfter(121))
      .events();
    expect(event).toMatchObject({ data: { withinDeadline: false, first: true } });
  });

  it('INT-4: the timer appends response-deadline-missed when no answer came in time, once', () => {
    const missed: CaseEvent = {
      type: 'ResponseDeadlineMissed',
      data: {
        caseId: 'c1',
        dueAt: minutesAfter(120).toISOString(),
        detectedAt: minutesAfter(120).toISOString(),
      },
    };
    given(registered())
      .when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(120))
      .then([missed]);
    given([...registered(), missed])
      .when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(121))
      .then([]);
  });

  it('INT-4: the timer finds nothing to do when the case was answered, or is not yet due', () => {
    const answered: CaseEvent = {
      type: 'CaseResponded',
      data: {
        caseId: 'c1',
        response: 'x',
        respondedAt: minutesAfter(5).toISOString(),
        first: true,
        withinDeadline: true,
      },
    };
    given([...registered(), answered])
      .when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(200))
      .then([]);
    given(registered()).when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(119)).then([]);
  });

  it('INT-5: the timer appends resolution-deadline-missed for an unresolved case', () => {
    given(accepted())
      .when({ type: 'CheckResolutionDeadline', caseId: 'c1' }, minutesAfter(3 * 24 * 60))
      .then([
        {
          type: 'ResolutionDeadlineMissed',
          data: {
            caseId: 'c1',
            dueAt: minutesAfter(3 * 24 * 60).toISOString(),
            detectedAt: minutesAfter(3 * 24 * 60).toISOString(),
          },
        },
      ]);
  });

  it('INT-10: a VIP case gets a dedicated follow-up owner; other cases do not', () => {
    const vip = registered({ customer: { ...registerCommand().customer, vip: true } });
    given(vip)
      .when({ type: 'AssignFollowUpOwner', caseId: 'c1', ownerId: 'u-zhang' })
      .then([{ type: 'FollowUpOwnerAssigned', data: { caseId: 'c1', ownerId: 'u-zhang' } }]);
    given(registered())
      .when({ type: 'AssignFollowUpOwner', caseId: 'c1', ownerId: 'u-zhang' })
      .thenThrows('INT-10', /case HZ-2026-000001 is not a VIP customer's case/);
  });

  it('an unknown case is not found', () => {
    given([]).when({ type: 'RespondToCustomer', caseId: 'c9', response: 'x' }).thenThrows(NotFound);
  });
});

describe('a reviewed case (ORG-2)', () => {
  const rejected: CaseEvent[] = [
    ...registered(),
    { type: 'CaseRejected', data: { caseId: 'c1', explanation: 'no fault found' } },
  ];

  it('ORG-2: the clerk cannot review twice', () => {
    given(rejected)
      .when({ type: 'ReviewValidity', caseId: 'c1', founded: true, remedy: 'repair' })
      .thenThrows(
        'ORG-2',
        /case HZ-2026-000001 was already rejected; a branch manager changes that decision with POST \/intake\/cases\/c1\/review\/overturn/,
      );
  });

  it('ORG-2: the branch manager overturns a rejection; the earlier decision stays in the record', () => {
    given(rejected)
      .when({
        type: 'OverturnReview',
        caseId: 'c1',
        founded: true,
        remedy: 'repair',
        reason: 'photos show a cracked housing',
      })
      .then([
        {
          type: 'CaseAccepted',
          data: {
            caseId: 'c1',
            kind: 'quality-complaint',
            remedy: 'repair',
            overturn: { previous: 'rejected', reason: 'photos show a cracked housing' },
          },
        },
      ]);
  });

  it('ORG-2: overturning to the same decision is refused', () => {
    given(rejected)
      .when({ type: 'OverturnReview', caseId: 'c1', founded: false, reason: 'again' })
      .thenThrows('ORG-2', /case HZ-2026-000001 is already rejected/);
  });

  it('ORG-2: an unreviewed case has nothing to overturn', () => {
    given(registered())
      .when({ type: 'OverturnReview', caseId: 'c1', founded: true, remedy: 'repair', reason: 'r' })
      .thenThrows('ORG-2', /case HZ-2026-000001 has no review to overturn \(registered\)/);
  });
});

describe('an accepted case', () => {
  it('INT-5: resolving records whether it met the severity’s deadline', () => {
    const [event] = given(accepted())
      .when({ type: 'ResolveCase', caseId: 'c1', outcome: 'breaker replaced' }, minutesAfter(600))
      .events();
    expect(event).toMatchObject({
      type: 'CaseResolved',
      data: { withinDeadline: true, outcome: 'breaker replaced' },
    });
  });

  it('INT-8: closing requires the outcome and the customer’s confirmation, and issues the survey', () => {
    const confirmation = {
      signedBy: '王芳',
      signedAt: minutesAfter(600).toISOString(),
      method: 'e-signature' as const,
    };
    given(accepted())
      .when(
        { type: 'CloseCase', caseId: 'c1', outcome: 'breaker replaced', confirmation, surveyId: 's1' },
        minutesAfter(601),
      )
      .then([
        {
          type: 'CaseClosed',
          data: {
            caseId: 'c1',
            outcome: 'breaker replaced',
            confirmation,
            closedAt: minutesAfter(601).toISOString(),
            surveyId: 's1',
          },
        },
      ]);
    given(accepted())
      .when({ type: 'CloseCase', caseId: 'c1', outcome: 'done', surveyId: 's1' })
      .thenThrows('INT-8', /closing requires the customer's confirmation or signature/);
  });

  it('INT-6: a case is not closed before its validity review', () => {
    const confirmation = { signedBy: 'x', signedAt: T0.toISOString(), method: 'signature' as const };
    given(registered())
      .when({ type: 'CloseCase', caseId: 'c1', outcome: 'done', confirmation, surveyId: 's1' })
      .thenThrows('INT-6', /case HZ-2026-000001 has not been reviewed for validity/);
  });

  it('records a downstream milestone once on the timeline', () => {
    const entry = {
      type: 'RecordTimelineEntry' as const,
      caseId: 'c1',
      source: 'dispatch',
      sourceEventId: 'e-77',
      sourceEventType: 'dispatch.visit-completed.v1',
      summary: 'visit completed, first-time fix',
      occurredAt: minutesAfter(300).toISOString(),
    };
    const [recorded] = given(accepted()).when(entry).events();
    expect(recorded).toMatchObject({ type: 'TimelineEntryRecorded', data: { sourceEventId: 'e-77' } });
    given([...accepted(), recorded])
      .when(entry)
      .then([]);
  });
});

describe('a closed case', () => {
  it('INT-8: the survey records the four scores', () => {
    given(closed())
      .when({ type: 'AnswerSurvey', caseId: 'c1', scores, followUpCaseId: 'c2' }, minutesAfter(2000))
      .then([
        {
          type: 'SurveyAnswered',
          data: {
            caseId: 'c1',
            surveyId: 's1',
            scores,
            complaintAboutService: false,
            answeredAt: minutesAfter(2000).toISOString(),
          },
        },
      ]);
  });

  it('INT-8: scores are on the 4-level scale', () => {
    given(closed())
      .when({ type: 'AnswerSurvey', caseId: 'c1', scores: { ...scores, skill: 5 }, followUpCaseId: 'c2' })
      .thenThrows('INT-8', /skill must be scored 1\.\.4/);
  });

  it('INT-8: a complaint about the service opens a linked follow-up for the service director', () => {
    const events = given(closed())
      .when({
        type: 'AnswerSurvey',
        caseId: 'c1',
        scores,
        complaintAboutService: 'engineer was rude',
        followUpCaseId: 'c2',
      })
      .events();
    expect(events[1]).toEqual({
      type: 'ServiceFollowUpRequested',
      data: {
        caseId: 'c1',
        followUpCaseId: 'c2',
        handledByRole: 'service-director',
        complaint: 'engineer was rude',
      },
    });
  });

  it('INT-8: the survey is answered once, and only after closing', () => {
    const answered = given(closed())
      .when({ type: 'AnswerSurvey', caseId: 'c1', scores, followUpCaseId: 'c2' })
      .events();
    given([...closed(), ...answered])
      .when({ type: 'AnswerSurvey', caseId: 'c1', scores, followUpCaseId: 'c2' })
      .thenThrows('INT-8', /the survey of case HZ-2026-000001 was already answered/);
    given(accepted())
      .when({ type: 'AnswerSurvey', caseId: 'c1', scores, followUpCaseId: 'c2' })
      .thenThrows('INT-8', /case HZ-2026-000001 has no survey yet: it is sent when the case closes/);
  });

  it('INT-8: a closed case takes no more answers or reclassification', () => {
    given(closed())
      .when({ type: 'RespondToCustomer', caseId: 'c1', response: 'x' })
      .thenThrows('INT-4', /case HZ-2026-000001 is closed/);
    given(closed())
      .when({ type: 'ReclassifyCase', caseId: 'c1', severity: 'major', reason: 'r' })
      .thenThrows('INT-2', /case HZ-2026-000001 is closed/);
  });
});

describe('a case waiting on the customer (INT-11)', () => {
  const resolutionDue = () => (registered()[0].data as { resolutionDueAt: string }).resolutionDueAt;
  const paused = (at = 30): CaseEvent => ({
    type: 'DeadlineClockPaused',
    data: {
      caseId: 'c1',
      reason: 'information-requested',
      note: 'asked for the nameplate photo',
      pausedAt: minutesAfter(at).toISOString(),
    },
  });
  const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

  it('INT-11: the clocks stop with the reason; pausing again changes nothing', () => {
    given(registered())
      .when(
        {
          type: 'PauseClock',
          caseId: 'c1',
          reason: 'information-requested',
          note: ' asked for the nameplate photo ',
        },
        minutesAfter(30),
      )
      .then([paused()]);
    given([...registered(), paused()])
      .when({ type: 'PauseClock', caseId: 'c1', reason: 'customer-unavailable' }, minutesAfter(40))
      .then([]);
  });

  it('INT-11: a pause needs a known reason and a running clock', () => {
    given(registered())
      .when({ type: 'PauseClock', caseId: 'c1', reason: 'lunch' as never }, minutesAfter(30))
      .thenThrows('INT-11', /a pause needs a reason: information-requested or customer-unavailable/);
    given(closed())
      .when({ type: 'PauseClock', caseId: 'c1', reason: 'customer-unavailable' })
      .thenThrows('INT-11', /case HZ-2026-000001 is closed; no deadline clock is running/);
  });

  it('INT-11: while paused the timers find nothing due, even past the original due time', () => {
    given([...registered(), paused()])
      .when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(500))
      .then([]);
    given([...registered(), paused()])
      .when({ type: 'CheckResolutionDeadline', caseId: 'c1' }, new Date(Date.parse(resolutionDue()) + 60_000))
      .then([]);
  });

  it('INT-11: resuming moves every running clock by the time paused, and counts it', () => {
    given([...registered(), paused(30)])
      .when({ type: 'ResumeClock', caseId: 'c1' }, minutesAfter(230))
      .then([
        {
          type: 'DeadlineClockResumed',
          data: {
            caseId: 'c1',
            pausedAt: minutesAfter(30).toISOString(),
            resumedAt: minutesAfter(230).toISOString(),
            pausedMs: 200 * 60_000,
            responseDueAt: minutesAfter(320).toISOString(),
            resolutionDueAt: plus(resolutionDue(), 200),
          },
        },
      ]);
    given(registered()).when({ type: 'ResumeClock', caseId: 'c1' }, minutesAfter(60)).then([]);
  });

  it('INT-11: a clock already stopped (answered) stays where it was; only the running one moves', () => {
    const answered: CaseEvent = {
      type: 'CaseResponded',
      data: {
        caseId: 'c1',
        response: 'x',
        respondedAt: minutesAfter(10).toISOString(),
        first: true,
        withinDeadline: true,
      },
    };
    const [resumed] = given([...registered(), answered, paused(30)])
      .when({ type: 'ResumeClock', caseId: 'c1' }, minutesAfter(90))
      .events();
    expect(resumed.data).not.toHaveProperty('responseDueAt');
    expect(resumed.data).toMatchObject({ resolutionDueAt: plus(resolutionDue(), 60) });
  });

  it('INT-11: after resuming, the moved due time is what counts', () => {
    const resumed = given([...registered(), paused(30)])
      .when({ type: 'ResumeClock', caseId: 'c1' }, minutesAfter(230))
      .events();
    const history = [...registered(), paused(30), ...resumed];
    given(history).when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(300)).then([]);
    given(history)
      .when({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(320))
      .then([
        {
          type: 'ResponseDeadlineMissed',
          data: {
            caseId: 'c1',
            dueAt: minutesAfter(320).toISOString(),
            detectedAt: minutesAfter(320).toISOString(),
          },
        },
      ]);
    const [answer] = given(history)
      .when({ type: 'RespondToCustomer', caseId: 'c1', response: 'x' }, minutesAfter(310))
      .events();
    expect(answer.data).toMatchObject({ withinDeadline: true });
  });

  it('INT-11: an answer given while paused counts only the time before the pause', () => {
    const [inTime] = given([...registered(), paused(100)])
      .when({ type: 'RespondToCustomer', caseId: 'c1', response: 'x' }, minutesAfter(400))
      .events();
    expect(inTime.data).toMatchObject({ withinDeadline: true });
    const [late] = given([...registered(), paused(130)])
      .when({ type: 'RespondToCustomer', caseId: 'c1', response: 'x' }, minutesAfter(400))
      .events();
    expect(late.data).toMatchObject({ withinDeadline: false });
  });
});

// INT-11 with reclassification (issue 30 item 3): a block of its own.
describe('a case reclassified after waiting on the customer (INT-11)', () => {
  const pausedAt = (minutes: number): CaseEvent => ({
    type: 'DeadlineClockPaused',
    data: { caseId: 'c1', reason: 'information-requested', pausedAt: minutesAfter(minutes).toISOString() },
  });
  const resumedAt = (from: number, to: number): CaseEvent => ({
    type: 'DeadlineClockResumed',
    data: {
      caseId: 'c1',
      pausedAt: minutesAfter(from).toISOString(),
      resumedAt: minutesAfter(to).toISOString(),
      pausedMs: (to - from) * 60_000,
      responseDueAt: minutesAfter(120 + (to - from)).toISOString(),
      resolutionDueAt: minutesAfter(3 * 24 * 60 + (to - from)).toISOString(),
    },
  });
  const reclassify = {
    type: 'ReclassifyCase',
    caseId: 'c1',
    kind: 'non-quality-complaint',
    reason: 'misuse',
  } as const;

  it('INT-11: the new deadlines still leave out the time already paused', () => {
    const [classified] = given([...registered(), pausedAt(30), resumedAt(30, 230)])
      .when(reclassify, minutesAfter(240))
      .events();
    expect(classified.data).toMatchObject({
      responseDueAt: minutesAfter(12 * 60 + 200).toISOString(),
      resolutionDueAt: minutesAfter(3 * 24 * 60 + 200).toISOString(),
    });
  });

  it('INT-11: reclassified while paused, the resume moves the new deadlines by every pause', () => {
    const history = [...registered(), pausedAt(10), resumedAt(10, 20), pausedAt(30)];
    const [classified] = given(history).when(reclassify, minutesAfter(40)).events();
    const [resumed] = given([...history, classified])
      .when({ type: 'ResumeClock', caseId: 'c1' }, minutesAfter(90))
      .events();
    expect(resumed.data).toMatchObject({
      pausedMs: 60 * 60_000,
      responseDueAt: minutesAfter(12 * 60 + 10 + 60).toISOString(),
      resolutionDueAt: minutesAfter(3 * 24 * 60 + 10 + 60).toISOString(),
    });
  });
});
