import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Access } from '@aftersales/platform';
import { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';
import type { RmaCommand } from './rma.decider';
import { rmaSummary, type RmaSummary } from './rma.summary';

/** Any step on an existing request, by the caller; ORG-1: only in the caller's branches. */
export class ChangeRma extends Command<RmaSummary & { position: number }> {
  constructor(
    readonly command: RmaCommand,
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(ChangeRma)
export class ChangeRmaHandler implements ICommandHandler<ChangeRma> {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  async execute({ command, access }: ChangeRma): Promise<RmaSummary & { position: number }> {
    const outcome = await this.runtime.rmas.execute(command, {
      authorize: (state) => {
        if (state.exists) access.assertBranch(state.branch);
      },
    });
    return { ...rmaSummary(outcome.state), position: outcome.position };
  }
}

/** What each use case's controller does with its command. */
export function runRmaCommand(commands: CommandBus, access: Access, command: RmaCommand) {
  return commands.execute(new ChangeRma(command, access));
}
