import { DEFAULT_INTAKE_POLICY } from '../case/intake-policy';
import {
  decideRecurrence,
  evolveRecurrence,
  initialRecurrenceState,
  type CountFoundedCase,
  type RecurrenceEvent,
} from './recurrence.decider';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * 86_400_000).toISOString();
const count = (caseId: string, dayNo: number): CountFoundedCase => ({
  type: 'CountFoundedCase',
  model: 'KYN28-12',
  symptomCode: 'TRIP',
  caseId,
  acceptedAt: day(dayNo),
});

/** Feeds commands one by one, as the reaction would, and returns every event. */
function run(commands: CountFoundedCase[], policy = DEFAULT_INTAKE_POLICY): RecurrenceEvent[] {
  let state = initialRecurrenceState;
  const all: RecurrenceEvent[] = [];
  for (const c of commands) {
    const events = decideRecurrence(c, state, policy);
    state = events.reduce(evolveRecurrence, state);
    all.push(...events);
  }
  return all;
}

const alerts = (events: RecurrenceEvent[]) => events.filter((e) => e.type === 'RecurringProblemDetected');

describe('recurring problems (INT-9)', () => {
  it('INT-9: the third founded case of one model + symptom within 30 days raises an alert to QC and technical', () => {
    const events = run([count('a', 0), count('b', 10), count('c', 29)]);
    expect(alerts(events)).toEqual([
      {
        type: 'RecurringProblemDetected',
        data: expect.objectContaining({
          model: 'KYN28-12',
          symptomCode: 'TRIP',
          caseIds: ['a', 'b', 'c'],
          notifyRoles: ['qc-inspector', 'technical-department'],
        }),
      },
    ]);
  });

  it('INT-9: cases spread wider than the window raise nothing', () => {
    expect(alerts(run([count('a', 0), count('b', 20), count('c', 31)]))).toEqual([]);
  });

  it('INT-9: the alert is raised once per window, and again when a new window fills', () => {
    const events = run([
      count('a', 0),
      count('b', 1),
      count('c', 2),
      count('d', 3),
      count('e', 40),
      count('f', 41),
      count('g', 42),
    ]);
    expect(alerts(events).map((e) => e.type === 'RecurringProblemDetected' && e.data.caseIds)).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f', 'g'],
    ]);
  });

  it('INT-9: a case counted twice (redelivery) is counted once', () => {
    expect(run([count('a', 0), count('a', 0), count('a', 1)])).toHaveLength(1);
  });

  it('INT-9: threshold and window are configuration', () => {
    const policy = { ...DEFAULT_INTAKE_POLICY, recurrence: { threshold: 2, windowDays: 7 } };
    expect(alerts(run([count('a', 0), count('b', 6)], policy))).toHaveLength(1);
    expect(alerts(run([count('a', 0), count('b', 8)], policy))).toHaveLength(0);
  });
});
