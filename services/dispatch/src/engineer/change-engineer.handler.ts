import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { DispatchRuntime } from '../dispatch.runtime';
import type { EngineerCommand } from './engineer.decider';
import type { ExistingEngineer } from './engineer.state';

export type EngineerChanged = ExistingEngineer & {
  /** The types of the events the command appended (none when it changed nothing). */
  readonly events: readonly string[];
};

/** Any command on an existing engineer: skills, leave, deactivation, parts (DSP-1, DSP-3). */
export class ChangeEngineer extends Command<EngineerChanged> {
  constructor(
    readonly command: Exclude<EngineerCommand, { type: 'RegisterEngineer' }>,
    /** ORG-1: the caller may act only on engineers of their own branches. */
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(ChangeEngineer)
export class ChangeEngineerHandler implements ICommandHandler<ChangeEngineer> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ command, access }: ChangeEngineer): Promise<EngineerChanged> {
    const { state, events } = await this.runtime.commands.engineer(command, {
      authorize: (s) => access.assertBranch(s.branch),
    });
    if (!state.exists) throw new NotFound('engineer', command.engineerId);
    return { ...state, events: events.map((e) => e.type) };
  }
}
