import { RuleViolation } from '@aftersales/kernel';
import type { EngineerEvent } from '../engineer.events';
import type { EngineerState } from '../engineer.state';
import { existingEngineer, requireText, type EngineerDecideContext } from '../engineer.decide-context';

export type SetAvailability =
  | {
      readonly type: 'SetAvailability';
      readonly engineerId: string;
      readonly availability: 'on-leave';
      readonly from: string;
      readonly until?: string;
      readonly reason: string;
    }
  | {
      readonly type: 'SetAvailability';
      readonly engineerId: string;
      readonly availability: 'available';
      /** Default: now. */
      readonly from?: string;
    };

export interface DeactivateEngineer {
  readonly type: 'DeactivateEngineer';
  readonly engineerId: string;
  readonly reason: string;
}

/** DSP-1 availability: leave periods make an engineer unavailable to the dispatcher and the auto-assigner. */
export function setAvailability(
  command: SetAvailability,
  state: EngineerState,
  ctx: EngineerDecideContext,
): EngineerEvent[] {
  const e = existingEngineer(state, command.engineerId);
  if (command.availability === 'on-leave') {
    const from = new Date(command.from);
    const until = command.until ? new Date(command.until) : undefined;
    if (Number.isNaN(from.getTime()) || (until && !(until > from))) {
      throw new RuleViolation('DSP-1', 'a leave needs a valid start before its end');
    }
    return [
      {
        type: 'EngineerAvailabilitySet',
        data: {
          engineerId: e.engineerId,
          availability: 'on-leave',
          from: from.toISOString(),
          ...(until ? { until: until.toISOString() } : {}),
          reason: requireText(command.reason, 'DSP-1', 'a reason for the leave'),
        },
      },
    ];
  }
  return [
    {
      type: 'EngineerAvailabilitySet',
      data: {
        engineerId: e.engineerId,
        availability: 'available',
        from: new Date(command.from ?? ctx.now).toISOString(),
      },
    },
  ];
}

export function deactivateEngineer(
  command: DeactivateEngineer,
  state: EngineerState,
  ctx: EngineerDecideContext,
): EngineerEvent[] {
  const e = existingEngineer(state, command.engineerId);
  if (!e.active) return [];
  return [
    {
      type: 'EngineerDeactivated',
      data: {
        engineerId: e.engineerId,
        reason: requireText(command.reason, 'DSP-1', 'a reason'),
        at: ctx.now.toISOString(),
      },
    },
  ];
}
