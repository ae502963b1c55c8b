import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DispatchRuntime } from '../../dispatch.runtime';
import type { EngineerCommand } from '../engineer.decider';
import type { EngineerState } from '../engineer.state';

/** DSP-1 an engineer joins a branch's roster with skills, a home and a base zone. */
export class RegisterEngineer extends Command<EngineerState> {
  constructor(readonly command: Extract<EngineerCommand, { type: 'RegisterEngineer' }>) {
    super();
  }
}

@CommandHandler(RegisterEngineer)
export class RegisterEngineerHandler implements ICommandHandler<RegisterEngineer> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ command }: RegisterEngineer): Promise<EngineerState> {
    const { state } = await this.runtime.commands.engineer(command);
    return state;
  }
}
