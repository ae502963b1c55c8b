import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { existing, type DecideContext } from '../case.decide-context';

/** Fired by the durable timer at the response due time. */
export interface CheckResponseDeadline {
  readonly type: 'CheckResponseDeadline';
  readonly caseId: string;
}

/** Fired by the durable timer at the resolution due time. */
export interface CheckResolutionDeadline {
  readonly type: 'CheckResolutionDeadline';
  readonly caseId: string;
}

/**
 * INT-4: a timer firing finds the case answered, not yet due (reclassified), or missed.
 * Firing twice changes nothing: the miss is recorded once.
 */
export function checkResponseDeadline(
  command: CheckResponseDeadline,
  state: CaseState,
  ctx: DecideContext,
): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.respondedAt || c.responseMissed || c.status === 'closed' || c.status === 'rejected') return [];
  if (c.pausedSince) return []; // INT-11: waiting on the customer; the clock resumes later
  if (ctx.now.getTime() < new Date(c.responseDueAt).getTime()) return [];
  return [
    {
      type: 'ResponseDeadlineMissed',
      data: { caseId: c.caseId, dueAt: c.responseDueAt, detectedAt: ctx.now.toISOString() },
    },
  ];
}

/** INT-5: resolution due time passed without the case being resolved. */
export function checkResolutionDeadline(
  command: CheckResolutionDeadline,
  state: CaseState,
  ctx: DecideContext,
): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.resolvedAt || c.resolutionMissed || c.status === 'closed' || c.status === 'rejected') return [];
  if (c.pausedSince) return []; // INT-11
  if (ctx.now.getTime() < new Date(c.resolutionDueAt).getTime()) return [];
  return [
    {
      type: 'ResolutionDeadlineMissed',
      data: { caseId: c.caseId, dueAt: c.resolutionDueAt, detectedAt: ctx.now.toISOString() },
    },
  ];
}
