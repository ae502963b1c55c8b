import { NotFound, RuleViolation } from '@aftersales/kernel';
import { isOnLeave, type ExistingEngineer } from '../../engineer/engineer.state';
import type { VisitEvent } from '../visit.events';
import type { ExistingVisit, VisitState } from '../visit.state';
import { existingVisit, requireStatus, requireText, type VisitDecideContext } from '../visit.decide-context';

export interface AssignEngineer {
  readonly type: 'AssignEngineer';
  readonly visitId: string;
  readonly engineerId: string;
  readonly assignedBy: 'dispatcher' | 'auto-assigner';
  /** The auto-assigner's reason, or the dispatcher's note. */
  readonly reason?: string;
}

export interface ReassignEngineer {
  readonly type: 'ReassignEngineer';
  readonly visitId: string;
  readonly engineerId: string;
  readonly reason: string;
}

/** DSP-1/ORG-1 the engineer belongs to the case's branch, is active, not on leave, and has the product line's skill. */
export function assignableEngineer(
  visit: ExistingVisit,
  engineerId: string,
  ctx: VisitDecideContext,
): ExistingEngineer {
  const engineer = ctx.engineer?.(engineerId);
  if (!engineer?.exists) throw new NotFound('engineer', engineerId);
  if (engineer.branch !== visit.branch) {
    throw new RuleViolation(
      'DSP-1',
      `engineer ${engineerId} belongs to branch ${engineer.branch}, case ${visit.caseNumber} to ${visit.branch} (ORG-1)`,
    );
  }
  if (!engineer.active) throw new RuleViolation('DSP-1', `engineer ${engineerId} is no longer active`);
  if (!engineer.skills.includes(visit.product.productLine)) {
    throw new RuleViolation('DSP-1', `engineer ${engineerId} has no skill for ${visit.product.productLine}`);
  }
  if (isOnLeave(engineer.leave, ctx.now))
    throw new RuleViolation('DSP-1', `engineer ${engineerId} is on leave`);
  return engineer;
}

/** DSP-1 a dispatcher or the auto-assigner assigns an engineer of the case's branch. */
export function assignEngineer(
  command: AssignEngineer,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.engineerId === command.engineerId && v.status !== 'unassigned') return [];
  requireStatus(v, ['unassigned'], 'DSP-1', 'assign (use reassignment with a reason)');
  const engineer = assignableEngineer(v, command.engineerId, ctx);
  return [
    {
      type: 'EngineerAssigned',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        engineerId: engineer.engineerId,
        engineerHome: engineer.home,
        assignedBy: command.assignedBy,
        ...(command.reason?.trim() ? { reason: command.reason.trim() } : {}),
        assignedAt: ctx.now.toISOString(),
      },
    },
  ];
}

/** DSP-1 reassignment keeps the rules of assignment and records why. */
export function reassignEngineer(
  command: ReassignEngineer,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, ['assigned', 'en-route', 'on-site'], 'DSP-1', 'reassign');
  if (v.engineerId === command.engineerId) return [];
  const reason = requireText(command.reason, 'DSP-1', 'a reason for the reassignment');
  const engineer = assignableEngineer(v, command.engineerId, ctx);
  return [
    {
      type: 'EngineerReassigned',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        previousEngineerId: v.engineerId!,
        engineerId: engineer.engineerId,
        engineerHome: engineer.home,
        assignedBy: 'dispatcher',
        reason,
        reassignedAt: ctx.now.toISOString(),
      },
    },
  ];
}
