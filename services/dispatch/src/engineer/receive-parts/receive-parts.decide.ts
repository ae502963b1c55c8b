import type { PartLine } from '../../dispatch.vocabulary';
import type { EngineerEvent } from '../engineer.events';
import type { EngineerState } from '../engineer.state';
import {
  existingEngineer,
  requirePartLines,
  requireText,
  type EngineerDecideContext,
} from '../engineer.decide-context';

export interface ReceiveParts {
  readonly type: 'ReceiveParts';
  readonly engineerId: string;
  readonly lines: readonly PartLine[];
  readonly reference: string;
}

/** DSP-3 the engineer's stock of parts grows by what the warehouse issues. */
export function receiveParts(
  command: ReceiveParts,
  state: EngineerState,
  ctx: EngineerDecideContext,
): EngineerEvent[] {
  const e = existingEngineer(state, command.engineerId);
  return [
    {
      type: 'PartsReceived',
      data: {
        engineerId: e.engineerId,
        lines: requirePartLines(command.lines, 'DSP-3'),
        reference: requireText(command.reference, 'DSP-3', 'an issue reference'),
        receivedAt: ctx.now.toISOString(),
      },
    },
  ];
}
