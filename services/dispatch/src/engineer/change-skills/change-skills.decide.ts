import type { EngineerEvent } from '../engineer.events';
import type { EngineerState } from '../engineer.state';
import {
  existingEngineer,
  requireSkills,
  requireText,
  type EngineerDecideContext,
} from '../engineer.decide-context';

export interface ChangeSkills {
  readonly type: 'ChangeSkills';
  readonly engineerId: string;
  readonly skills: readonly string[];
  readonly reason: string;
}

/** DSP-1 dispatchers maintain the product lines an engineer may be assigned for. */
export function changeSkills(
  command: ChangeSkills,
  state: EngineerState,
  _ctx: EngineerDecideContext,
): EngineerEvent[] {
  const e = existingEngineer(state, command.engineerId);
  const to = requireSkills(command.skills);
  if (to.join('\n') === [...e.skills].sort().join('\n')) return [];
  return [
    {
      type: 'EngineerSkillsChanged',
      data: {
        engineerId: e.engineerId,
        from: e.skills,
        to,
        reason: requireText(command.reason, 'DSP-1', 'a reason'),
      },
    },
  ];
}
