import { RuleViolation } from '@aftersales/kernel';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { costsOf, type CaseKind, type Severity } from '../case.vocabulary';
import { existing, requireNotClosed, requireText, type DecideContext } from '../case.decide-context';
import { deadlinesFor, MAJOR_CASE_NOTIFY_ROLES } from '../register-case/register-case.decide';

export interface ReclassifyCase {
  readonly type: 'ReclassifyCase';
  readonly caseId: string;
  readonly kind?: CaseKind;
  readonly severity?: Severity;
  readonly reason: string;
}

/** INT-2 reclassification is recorded, never overwritten; INT-3 a case becoming major notifies at once. */
export function reclassifyCase(command: ReclassifyCase, state: CaseState, ctx: DecideContext): CaseEvent[] {
  const c = existing(state, command.caseId);
  requireNotClosed(c, 'INT-2');
  const reason = requireText(command.reason, 'INT-2', 'a reason for reclassifying');
  const to = { kind: command.kind ?? c.kind, severity: command.severity ?? c.severity };
  if (to.kind === c.kind && to.severity === c.severity) {
    throw new RuleViolation('INT-2', `case ${c.caseNumber} already is ${c.kind}/${c.severity}`);
  }
  // INT-11: time already paused stays uncounted; a pause in progress is added when it ends.
  const counting = new Date(Date.parse(c.registeredAt) + c.pausedMs);
  const deadlines = deadlinesFor(to.kind, c.channel, to.severity, counting, ctx);
  const events: CaseEvent[] = [
    {
      type: 'CaseClassified',
      data: {
        caseId: c.caseId,
        from: { kind: c.kind, severity: c.severity },
        to,
        reason,
        responseDueAt: deadlines.responseDueAt,
        resolutionDueAt: deadlines.resolutionDueAt,
        ...costsOf(to.kind),
      },
    },
  ];
  if (to.severity === 'major' && c.severity !== 'major') {
    events.push({
      type: 'MajorCaseNotified',
      data: {
        caseId: c.caseId,
        notifyRoles: [...MAJOR_CASE_NOTIFY_ROLES],
        reason: `reclassified as major: ${reason}`,
      },
    });
  }
  return events;
}
