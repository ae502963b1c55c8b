import { contracts } from '@aftersales/contracts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseEvent } from '../case/case.events';
import { given, minutesAfter, registered } from '../case/case.fixtures';
import {
  decideRecurrence,
  initialRecurrenceState,
  evolveRecurrence,
  type RecurrenceEvent,
} from '../recurrence/recurrence.decider';
import { DEFAULT_INTAKE_POLICY } from '../case/intake-policy';
import { PRIVATE_EVENTS, toPublic } from './intake-public-events';

/** One case through every use case, so every internal event type occurs. */
function everyEvent(): Array<CaseEvent | RecurrenceEvent> {
  const history: CaseEvent[] = [
    ...registered({
      severity: 'major',
      customer: { customerId: 'c', name: 'n', phone: '1', address: 'a', vip: true },
    }),
  ];
  const step = (command: Parameters<ReturnType<typeof given>['when']>[0], at = minutesAfter(10)) =>
    history.push(...given(history).when(command, at).events());
  step({ type: 'ReclassifyCase', caseId: 'c1', kind: 'non-quality-complaint', reason: 'r' });
  step({ type: 'ReviewValidity', caseId: 'c1', founded: false, explanation: 'no fault' });
  step({ type: 'OverturnReview', caseId: 'c1', founded: true, reason: 'fault after all' });
  step({ type: 'CheckResponseDeadline', caseId: 'c1' }, minutesAfter(13 * 60));
  step({ type: 'RespondToCustomer', caseId: 'c1', response: 'x' }, minutesAfter(13 * 60));
  step({ type: 'AssignFollowUpOwner', caseId: 'c1', ownerId: 'u-1' });
  step({
    type: 'RecordTimelineEntry',
    caseId: 'c1',
    source: 'dispatch',
    sourceEventId: 'e',
    sourceEventType: 't',
    summary: 's',
    occurredAt: minutesAfter(1).toISOString(),
  });
  step({ type: 'PauseClock', caseId: 'c1', reason: 'information-requested' }, minutesAfter(14 * 60));
  step({ type: 'ResumeClock', caseId: 'c1' }, minutesAfter(15 * 60));
  step({ type: 'CheckResolutionDeadline', caseId: 'c1' }, minutesAfter(25 * 60));
  step({ type: 'ResolveCase', caseId: 'c1', outcome: 'fixed' }, minutesAfter(26 * 60));
  step({
    type: 'CloseCase',
    caseId: 'c1',
    outcome: 'fixed',
    surveyId: 's1',
    confirmation: { signedBy: 'x', signedAt: minutesAfter(26 * 60).toISOString(), method: 'signature' },
  });
  step({
    type: 'AnswerSurvey',
    caseId: 'c1',
    scores: { attitude: 1, skill: 1, arrivalTime: 1, keepingPromises: 1 },
    complaintAboutService: 'rude',
    followUpCaseId: 'c2',
  });
  let state = initialRecurrenceState;
  const recurrence: RecurrenceEvent[] = [];
  for (const id of ['a', 'b', 'c']) {
    const events = decideRecurrence(
      {
        type: 'CountFoundedCase',
        model: 'M',
        symptomCode: 'S',
        caseId: id,
        acceptedAt: minutesAfter(1).toISOString(),
      },
      state,
      DEFAULT_INTAKE_POLICY,
    );
    state = events.reduce(evolveRecurrence, state);
    recurrence.push(...events);
  }
  return [...history, ...recurrence];
}

describe('intake public events', () => {
  const events = everyEvent();

  it('every public payload satisfies its contract schema', () => {
    for (const event of events) {
      const pub = toPublic(event);
      if (pub) expect(() => contracts.assertPublishable(pub.type, pub.payload)).not.toThrow();
    }
  });

  it('AUD-4: no personal data of the customer leaves intake', () => {
    const pub = toPublic(events[0])!;
    expect(JSON.stringify(pub.payload)).not.toMatch(/"name"|"phone"|"address"|"contactPerson"/);
  });

  it('what intake can publish, the AsyncAPI document and the schemas are the same set', () => {
    const internalTypes = new Set(events.map((e) => e.type));
    const published = new Set(events.map((e) => toPublic(e)?.type).filter(Boolean));
    const privateTypes = Object.keys(PRIVATE_EVENTS);
    expect([...internalTypes].filter((t) => !privateTypes.includes(t)).length).toBe(published.size);
    const asyncapi = JSON.parse(
      readFileSync(path.join(__dirname, '../../../../contracts/asyncapi.json'), 'utf8'),
    );
    const documented = Object.keys(asyncapi.channels.intakeEvents.messages);
    expect([...published].sort()).toEqual(documented.sort());
    expect([...published].sort()).toEqual(
      contracts
        .types()
        .filter((t) => t.startsWith('intake.'))
        .sort(),
    );
  });

  it('every internal event type is either published or listed as private with a reason', () => {
    for (const event of events) {
      expect(Boolean(toPublic(event)) !== event.type in PRIVATE_EVENTS).toBe(true);
    }
  });
});
