import { RuleViolation } from '@aftersales/kernel';
import { branchPolicy } from '../../dispatch-policy';
import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import { existingVisit, requireStatus, type VisitDecideContext } from '../visit.decide-context';

export interface PromiseRepairDate {
  readonly type: 'PromiseRepairDate';
  readonly visitId: string;
  /** The instant the repair is promised to be done by. */
  readonly promisedBy: string;
}

/** Fired by the durable timer at the promise's escalation instant. */
export interface CheckRepairEscalation {
  readonly type: 'CheckRepairEscalation';
  readonly visitId: string;
}

const OPEN_REPAIR = ['assigned', 'en-route', 'on-site', 'in-repair', 'unassigned'] as const;

/** DSP-5 a promised repair date, with the escalation instant the configured lead time before it. */
export function promiseRepairDate(
  command: PromiseRepairDate,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, OPEN_REPAIR, 'DSP-5', 'promise a repair date');
  const promisedBy = new Date(command.promisedBy);
  if (Number.isNaN(promisedBy.getTime()) || promisedBy <= ctx.now) {
    throw new RuleViolation('DSP-5', 'a promised repair date lies in the future');
  }
  if (v.promise?.promisedBy === promisedBy.toISOString()) return [];
  const lead = branchPolicy(ctx.policy, v.branch).escalationLeadMinutes * 60_000;
  const escalateAt = new Date(Math.max(ctx.now.getTime(), promisedBy.getTime() - lead));
  return [
    {
      type: 'RepairPromised',
      data: {
        visitId: v.visitId,
        promisedBy: promisedBy.toISOString(),
        escalateAt: escalateAt.toISOString(),
        promisedAt: ctx.now.toISOString(),
      },
    },
  ];
}

/** DSP-5 a repair not done by the escalation instant goes to the service director, once per promise. */
export function checkRepairEscalation(
  command: CheckRepairEscalation,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (!v.promise || !(OPEN_REPAIR as readonly string[]).includes(v.status)) return [];
  if (v.escalatedFor === v.promise.promisedBy) return [];
  if (ctx.now.getTime() < Date.parse(v.promise.escalateAt)) return [];
  return [
    {
      type: 'RepairEscalated',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        caseNumber: v.caseNumber,
        branch: v.branch,
        promisedBy: v.promise.promisedBy,
        escalatedTo: 'service-director',
        escalatedAt: ctx.now.toISOString(),
      },
    },
  ];
}
