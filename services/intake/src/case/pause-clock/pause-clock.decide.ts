import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState, ExistingCase } from '../case.state';
import { PAUSE_REASONS, type PauseReason } from '../case.vocabulary';
import { existing, type DecideContext } from '../case.decide-context';

export interface PauseClock {
  readonly type: 'PauseClock';
  readonly caseId: string;
  readonly reason: PauseReason;
  readonly note?: string;
}

export interface ResumeClock {
  readonly type: 'ResumeClock';
  readonly caseId: string;
}

/** The instant the deadline clocks read: while paused, time stands at the pause (INT-11). */
export function clockNow(c: ExistingCase, now: Date): number {
  return c.pausedSince ? Math.min(now.getTime(), Date.parse(c.pausedSince)) : now.getTime();
}

const responseRunning = (c: ExistingCase) => c.respondedAt === undefined && !c.responseMissed;
const resolutionRunning = (c: ExistingCase) =>
  c.resolvedAt === undefined && !c.resolutionMissed && c.status !== 'rejected';

/** INT-11 the case waits on the customer: its running deadline clocks stop, with the reason. */
export function pauseClock(command: PauseClock, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (!PAUSE_REASONS.includes(command.reason)) {
    throw new RuleViolation('INT-11', `a pause needs a reason: ${PAUSE_REASONS.join(' or ')}`);
  }
  if (c.status === 'closed' || c.status === 'rejected' || c.status === 'resolved') {
    throw new RuleViolation('INT-11', `case ${c.caseNumber} is ${c.status}; no deadline clock is running`);
  }
  if (c.pausedSince) return []; // already waiting on the customer
  if (!responseRunning(c) && !resolutionRunning(c)) {
    throw new RuleViolation('INT-11', `case ${c.caseNumber} has no deadline clock running`);
  }
  const note = command.note?.trim();
  return [
    {
      type: 'DeadlineClockPaused',
      data: {
        caseId: c.caseId,
        reason: command.reason,
        ...(note ? { note } : {}),
        pausedAt: ctx.now.toISOString(),
      },
    },
  ];
}

/** INT-11 the customer answered: the clocks still running resume, due later by the time paused. */
export function resumeClock(command: ResumeClock, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (!c.pausedSince) return [];
  const pausedMs = Math.max(0, ctx.now.getTime() - Date.parse(c.pausedSince));
  const moved = (due: string) => new Date(Date.parse(due) + pausedMs).toISOString();
  return [
    {
      type: 'DeadlineClockResumed',
      data: {
        caseId: c.caseId,
        pausedAt: c.pausedSince,
        resumedAt: ctx.now.toISOString(),
        pausedMs,
        ...(responseRunning(c) ? { responseDueAt: moved(c.responseDueAt) } : {}),
        ...(resolutionRunning(c) ? { resolutionDueAt: moved(c.resolutionDueAt) } : {}),
      },
    },
  ];
}
