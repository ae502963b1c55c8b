import { RuleViolation } from '@aftersales/kernel';
import { branchPolicy } from '../../dispatch-policy';
import type { PricedPartLine, VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import {
  existingVisit,
  requireMinutes,
  requireStatus,
  requireText,
  type VisitDecideContext,
} from '../visit.decide-context';
import { costIncurred, labourCost, lineCost, nextCostId, requirePricedParts } from '../visit.costs';

export interface RecordRepairWork {
  readonly type: 'RecordRepairWork';
  readonly visitId: string;
  /** The engineer or workshop technician who did the work. */
  readonly engineerId: string;
  readonly minutes: number;
  readonly parts?: readonly PricedPartLine[];
  readonly note?: string;
}

export interface CompleteRepair {
  readonly type: 'CompleteRepair';
  readonly visitId: string;
  readonly outcome: string;
}

/** DSP-4 the repair card records actual hours and parts; FIN-1 each is a cost for finance. */
export function recordRepairWork(
  command: RecordRepairWork,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, ['in-repair'], 'DSP-4', 'record repair work');
  const minutes = requireMinutes(command.minutes, 'DSP-4');
  const parts = command.parts?.length ? requirePricedParts(command.parts, 'DSP-4') : [];
  const engineerId = requireText(command.engineerId, 'DSP-4', 'who did the repair');
  return [
    {
      type: 'RepairCardEntryRecorded',
      data: {
        visitId: v.visitId,
        branch: v.branch,
        repairCardNo: v.repairCardNo!,
        engineerId,
        minutes,
        parts,
        ...(command.note?.trim() ? { note: command.note.trim() } : {}),
        recordedAt: ctx.now.toISOString(),
      },
    },
    costIncurred(
      v,
      {
        costId: nextCostId(v),
        category: 'labour',
        amount: labourCost(branchPolicy(ctx.policy, v.branch).labourRatePerHour, minutes),
        staffId: engineerId,
        description: `repair card ${v.repairCardNo}: ${minutes} min`,
      },
      ctx.now,
    ),
    ...parts.map((p, i) =>
      costIncurred(
        v,
        {
          costId: nextCostId(v, i + 1),
          category: 'parts',
          amount: lineCost(p),
          description: `repair card ${v.repairCardNo}: ${p.qty} × ${p.partNo}`,
        },
        ctx.now,
      ),
    ),
  ];
}

/** DSP-4 the workshop repair is done; the repair card's hours and parts are its record. */
export function completeRepair(
  command: CompleteRepair,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status === 'repaired') return [];
  requireStatus(v, ['in-repair'], 'DSP-4', 'complete the repair');
  if (v.repairMinutes === 0)
    throw new RuleViolation('DSP-4', 'the repair card records the actual hours first');
  return [
    {
      type: 'RepairCompleted',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        repairCardNo: v.repairCardNo!,
        totalMinutes: v.repairMinutes,
        parts: v.repairParts,
        outcome: requireText(command.outcome, 'DSP-4', 'the repair outcome'),
        completedAt: ctx.now.toISOString(),
      },
    },
  ];
}
