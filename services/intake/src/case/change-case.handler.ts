import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Access } from '@aftersales/platform';
import { IntakeRuntime } from '../intake.runtime';
import { caseSummary, type CaseSummary } from './case-summary';
import type { CaseCommand } from './case.decider';
import type { ExistingCase } from './case.state';

export interface CaseChanged extends CaseSummary {
  /** The types of the events the command appended (none when it changed nothing). */
  readonly events: readonly string[];
}

/** Any command on an existing case; the case decider tells them apart (INT-2 … INT-11, ORG-2). */
export class ChangeCase extends Command<CaseChanged> {
  constructor(
    readonly command: Exclude<CaseCommand, { type: 'RegisterCase' }>,
    /** ORG-1: the caller may act only on cases of their own branches. */
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(ChangeCase)
export class ChangeCaseHandler implements ICommandHandler<ChangeCase> {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  async execute({ command, access }: ChangeCase): Promise<CaseChanged> {
    const { state, events } = await this.runtime.commands.execute(command, {
      authorize: (s) => access.assertBranch(s.branch),
    });
    return { ...caseSummary(state as ExistingCase), events: events.map((e) => e.type) };
  }
}
