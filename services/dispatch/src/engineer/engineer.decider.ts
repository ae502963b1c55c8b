import type { Decider } from '@aftersales/cqrs';
import type { EngineerEvent } from './engineer.events';
import { evolveEngineer, initialEngineerState, type EngineerState } from './engineer.state';
import type { EngineerDecideContext } from './engineer.decide-context';
import { registerEngineer, type RegisterEngineer } from './register-engineer/register-engineer.decide';
import { changeSkills, type ChangeSkills } from './change-skills/change-skills.decide';
import {
  deactivateEngineer,
  setAvailability,
  type DeactivateEngineer,
  type SetAvailability,
} from './set-availability/set-availability.decide';
import { receiveParts, type ReceiveParts } from './receive-parts/receive-parts.decide';
import { useParts, type UseParts } from './use-parts/use-parts.decide';

export type EngineerCommand =
  RegisterEngineer | ChangeSkills | SetAvailability | DeactivateEngineer | ReceiveParts | UseParts;

export function decideEngineer(
  command: EngineerCommand,
  state: EngineerState,
  ctx: EngineerDecideContext,
): EngineerEvent[] {
  switch (command.type) {
    case 'RegisterEngineer':
      return registerEngineer(command, state, ctx);
    case 'ChangeSkills':
      return changeSkills(command, state, ctx);
    case 'SetAvailability':
      return setAvailability(command, state, ctx);
    case 'DeactivateEngineer':
      return deactivateEngineer(command, state, ctx);
    case 'ReceiveParts':
      return receiveParts(command, state, ctx);
    case 'UseParts':
      return useParts(command, state, ctx);
  }
}

/** The engineer aggregate as a decider: stream category `engineer`. */
export const engineerDecider: Decider<EngineerCommand, EngineerEvent, EngineerState, EngineerDecideContext> =
  {
    initialState: initialEngineerState,
    evolve: evolveEngineer,
    decide: decideEngineer,
  };

export function engineerStreamId(engineerId: string): string {
  return `engineer-${engineerId}`;
}
