import type { IntakePolicy } from '../case/intake-policy';

/**
 * INT-9 recurring problems, one stream per product model + failure symptom
 * (`recurrence-<key>`): founded cases are counted, and when the threshold is reached within
 * the sliding window an alert to QC and the technical department is raised, once per window.
 */
export type RecurrenceEvent =
  | {
      readonly type: 'FoundedCaseCounted';
      readonly data: {
        readonly key: string;
        readonly model: string;
        readonly symptomCode: string;
        readonly caseId: string;
        readonly acceptedAt: string;
      };
    }
  | {
      readonly type: 'RecurringProblemDetected';
      readonly data: {
        readonly key: string;
        readonly model: string;
        readonly symptomCode: string;
        readonly caseIds: readonly string[];
        readonly windowStart: string;
        readonly windowEnd: string;
        readonly notifyRoles: readonly string[];
      };
    };

export interface CountFoundedCase {
  readonly type: 'CountFoundedCase';
  readonly model: string;
  readonly symptomCode: string;
  readonly caseId: string;
  readonly acceptedAt: string;
}

export interface RecurrenceState {
  readonly counted: ReadonlyArray<{ readonly caseId: string; readonly at: number }>;
  /** End of the window covered by the last alert: no new alert until a case falls outside it. */
  readonly lastAlertAt?: number;
}

/** Who is alerted (INT-9: QC and the technical department). */
export const RECURRENCE_NOTIFY_ROLES = ['qc-inspector', 'technical-department'] as const;

export const initialRecurrenceState: RecurrenceState = { counted: [] };

export function recurrenceKey(model: string, symptomCode: string): string {
  return `${model}:${symptomCode}`.toLowerCase().replace(/[^a-z0-9:._]+/g, '_');
}

export function evolveRecurrence(state: RecurrenceState, event: RecurrenceEvent): RecurrenceState {
  switch (event.type) {
    case 'FoundedCaseCounted':
      return {
        ...state,
        counted: [...state.counted, { caseId: event.data.caseId, at: Date.parse(event.data.acceptedAt) }],
      };
    case 'RecurringProblemDetected':
      return { ...state, lastAlertAt: Date.parse(event.data.windowEnd) };
  }
}

export function decideRecurrence(
  command: CountFoundedCase,
  state: RecurrenceState,
  policy: Pick<IntakePolicy, 'recurrence'>,
): RecurrenceEvent[] {
  if (state.counted.some((c) => c.caseId === command.caseId)) return [];
  const key = recurrenceKey(command.model, command.symptomCode);
  const at = Date.parse(command.acceptedAt);
  const events: RecurrenceEvent[] = [
    {
      type: 'FoundedCaseCounted',
      data: {
        key,
        model: command.model,
        symptomCode: command.symptomCode,
        caseId: command.caseId,
        acceptedAt: command.acceptedAt,
      },
    },
  ];
  const windowMs = policy.recurrence.windowDays * 24 * 3_600_000;
  const windowStart = at - windowMs;
  const inWindow = [...state.counted, { caseId: command.caseId, at }].filter(
    (c) => c.at > windowStart && c.at <= at,
  );
  const alertedRecently = state.lastAlertAt !== undefined && state.lastAlertAt > windowStart;
  if (inWindow.length >= policy.recurrence.threshold && !alertedRecently) {
    events.push({
      type: 'RecurringProblemDetected',
      data: {
        key,
        model: command.model,
        symptomCode: command.symptomCode,
        caseIds: inWindow.sort((a, b) => a.at - b.at).map((c) => c.caseId),
        windowStart: new Date(windowStart).toISOString(),
        windowEnd: new Date(at).toISOString(),
        notifyRoles: [...RECURRENCE_NOTIFY_ROLES],
      },
    });
  }
  return events;
}

export function recurrenceStreamId(model: string, symptomCode: string): string {
  return `recurrence-${recurrenceKey(model, symptomCode)}`;
}
