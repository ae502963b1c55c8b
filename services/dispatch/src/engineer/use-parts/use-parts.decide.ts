import { RuleViolation } from '@aftersales/kernel';
import type { PartLine } from '../../dispatch.vocabulary';
import type { EngineerEvent } from '../engineer.events';
import type { EngineerState } from '../engineer.state';
import { existingEngineer, requirePartLines, type EngineerDecideContext } from '../engineer.decide-context';

export interface UseParts {
  readonly type: 'UseParts';
  readonly engineerId: string;
  /** Idempotency key: the visit's parts-used record this use belongs to. */
  readonly usageId: string;
  readonly visitId: string;
  readonly lines: readonly PartLine[];
}

/**
 * DSP-3 parts used on a visit come from the engineer's stock, which never goes below zero.
 * Once per usage id: a redelivered command takes nothing twice.
 */
export function useParts(
  command: UseParts,
  state: EngineerState,
  ctx: EngineerDecideContext,
): EngineerEvent[] {
  const e = existingEngineer(state, command.engineerId);
  if (e.usageIds.includes(command.usageId)) return [];
  const lines = requirePartLines(command.lines, 'DSP-3');
  const wanted = new Map<string, number>();
  for (const line of lines) wanted.set(line.partNo, (wanted.get(line.partNo) ?? 0) + line.qty);
  for (const [partNo, qty] of wanted) {
    const onHand = e.stock[partNo] ?? 0;
    if (qty > onHand) {
      throw new RuleViolation('DSP-3', `engineer ${e.engineerId} has ${onHand} of ${partNo}, ${qty} used`);
    }
  }
  return [
    {
      type: 'PartsUsed',
      data: {
        engineerId: e.engineerId,
        usageId: command.usageId,
        visitId: command.visitId,
        lines,
        usedAt: ctx.now.toISOString(),
      },
    },
  ];
}
