import { Conflict, RuleViolation } from '@aftersales/kernel';
import type { StaffHome, Zone } from '../../dispatch.vocabulary';
import type { EngineerEvent } from '../engineer.events';
import type { EngineerState } from '../engineer.state';
import { requireSkills, requireText, type EngineerDecideContext } from '../engineer.decide-context';

export interface RegisterEngineer {
  readonly type: 'RegisterEngineer';
  readonly engineerId: string;
  readonly branch: string;
  readonly home: StaffHome;
  readonly skills: readonly string[];
  readonly baseZone: Zone;
}

/** DSP-1 engineers belong to one branch and have product-line skills; FIN-2 their home bears travel costs. */
export function registerEngineer(
  command: RegisterEngineer,
  state: EngineerState,
  ctx: EngineerDecideContext,
): EngineerEvent[] {
  if (state.exists) throw new Conflict(`engineer ${command.engineerId} is already registered`);
  const branch = requireText(command.branch, 'ORG-1', 'the engineer’s branch');
  if (command.home !== 'branch' && command.home !== 'head-office') {
    throw new RuleViolation('FIN-2', `home must be 'branch' or 'head-office', got ${String(command.home)}`);
  }
  return [
    {
      type: 'EngineerRegistered',
      data: {
        engineerId: command.engineerId,
        branch,
        home: command.home,
        skills: requireSkills(command.skills),
        baseZone: command.baseZone,
        registeredAt: ctx.now.toISOString(),
      },
    },
  ];
}
