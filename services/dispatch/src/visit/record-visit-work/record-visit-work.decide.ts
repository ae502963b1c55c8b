import { RuleViolation } from '@aftersales/kernel';
import { branchPolicy } from '../../dispatch-policy';
import { WORK_KINDS, type WorkKind } from '../../dispatch.vocabulary';
import type { PricedPartLine, ShortPart, VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import {
  existingVisit,
  requireEngineer,
  requireMinutes,
  requireStatus,
  requireText,
  type VisitDecideContext,
} from '../visit.decide-context';
import { costIncurred, labourCost, lineCost, nextCostId, requirePricedParts } from '../visit.costs';

export interface RecordFindings {
  readonly type: 'RecordFindings';
  readonly visitId: string;
  readonly findings: string;
}

export interface RecordWorkDone {
  readonly type: 'RecordWorkDone';
  readonly visitId: string;
  readonly workDone: string;
}

export interface RecordPartsUsed {
  readonly type: 'RecordPartsUsed';
  readonly visitId: string;
  /** Idempotency key shared with the engineer's UseParts (stock decrement). */
  readonly usageId: string;
  readonly parts: readonly PricedPartLine[];
}

/** From the parts-stock reaction: the engineer's stock could not give a recorded use. */
export interface RecordPartsShortfall {
  readonly type: 'RecordPartsShortfall';
  readonly visitId: string;
  readonly usageId: string;
  readonly engineerId: string;
  readonly short: readonly ShortPart[];
}

export interface RecordLabour {
  readonly type: 'RecordLabour';
  readonly visitId: string;
  readonly workKind: WorkKind;
  readonly minutes: number;
}

const ON_SITE = ['on-site'] as const;

/** DSP-3 cause analysis on site. */
export function recordFindings(
  command: RecordFindings,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, ON_SITE, 'DSP-3', 'record findings');
  const findings = requireText(command.findings, 'DSP-3', 'the findings (cause analysis)');
  if (findings === v.findings) return [];
  return [
    { type: 'FindingsRecorded', data: { visitId: v.visitId, findings, recordedAt: ctx.now.toISOString() } },
  ];
}

/** DSP-3 what was done on site. */
export function recordWorkDone(
  command: RecordWorkDone,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, ON_SITE, 'DSP-3', 'record the work done');
  const workDone = requireText(command.workDone, 'DSP-3', 'the work done');
  if (workDone === v.workDone) return [];
  return [
    { type: 'WorkDoneRecorded', data: { visitId: v.visitId, workDone, recordedAt: ctx.now.toISOString() } },
  ];
}

/**
 * DSP-3 parts used come from the engineer's stock: refused here when the engineer's stock (as
 * loaded) is short; the parts-stock reaction then takes them from the engineer's stream under the
 * same usage id, or records a shortfall when a concurrent use took them first.
 * FIN-1 each line is a parts cost for finance.
 */
export function recordPartsUsed(
  command: RecordPartsUsed,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.usageIds.includes(command.usageId)) return [];
  requireStatus(v, ON_SITE, 'DSP-3', 'record parts used');
  const engineerId = requireEngineer(v, 'DSP-3');
  const parts = requirePricedParts(command.parts, 'DSP-3');
  const engineer = ctx.engineer?.(engineerId);
  if (engineer?.exists) {
    const wanted = new Map<string, number>();
    for (const p of parts) wanted.set(p.partNo, (wanted.get(p.partNo) ?? 0) + p.qty);
    for (const [partNo, qty] of wanted) {
      const onHand = engineer.stock[partNo] ?? 0;
      if (qty > onHand)
        throw new RuleViolation('DSP-3', `engineer ${engineerId} has ${onHand} of ${partNo}, ${qty} used`);
    }
  }
  return [
    {
      type: 'PartsUsedOnVisit',
      data: {
        visitId: v.visitId,
        usageId: command.usageId,
        engineerId,
        parts,
        recordedAt: ctx.now.toISOString(),
      },
    },
    ...parts.map((p, i) =>
      costIncurred(
        v,
        {
          costId: nextCostId(v, i),
          category: 'parts',
          amount: lineCost(p),
          description: `${p.qty} × ${p.partNo}`,
        },
        ctx.now,
      ),
    ),
  ];
}

/**
 * DSP-3 a recorded use the engineer's stock did not hold, whatever the visit's status now (the
 * reaction may come after completion). Once per usage id.
 */
export function recordPartsShortfall(
  command: RecordPartsShortfall,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.shortfallUsageIds.includes(command.usageId)) return [];
  if (!v.usageIds.includes(command.usageId)) {
    throw new RuleViolation('DSP-3', `visit ${v.visitId} recorded no parts use ${command.usageId}`);
  }
  if (command.short.length === 0) {
    throw new RuleViolation('DSP-3', `a shortfall of use ${command.usageId} names no part`);
  }
  return [
    {
      type: 'PartsShortfallRecorded',
      data: {
        visitId: v.visitId,
        usageId: command.usageId,
        engineerId: command.engineerId,
        short: command.short,
        recordedAt: ctx.now.toISOString(),
      },
    },
  ];
}

/** DSP-3 labour hours by kind of work (DSP-6); FIN-1 labour cost at the branch rate. */
export function recordLabour(
  command: RecordLabour,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, ON_SITE, 'DSP-3', 'record labour');
  if (!WORK_KINDS.includes(command.workKind)) {
    throw new RuleViolation('DSP-6', `unknown kind of work: ${String(command.workKind)}`);
  }
  const engineerId = requireEngineer(v, 'DSP-3');
  const minutes = requireMinutes(command.minutes, 'DSP-3');
  return [
    {
      type: 'LabourRecorded',
      data: {
        visitId: v.visitId,
        branch: v.branch,
        engineerId,
        workKind: command.workKind,
        minutes,
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
        ...(v.engineerHome ? { staffHome: v.engineerHome } : {}),
        description: `${command.workKind}: ${minutes} min`,
      },
      ctx.now,
    ),
  ];
}
