import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Access } from '@aftersales/platform';
import { FinanceRuntime } from '../finance.runtime';
import type { LedgerCommand } from './ledger.decider';

export interface CostChanged {
  readonly caseId: string;
  readonly costId: string;
  readonly status: string;
  /** The entries the command posted, in order. */
  readonly entries: readonly string[];
  /** The types of the events the command appended (none when it changed nothing). */
  readonly events: readonly string[];
  readonly position: number;
}

/** A command on a case's ledger by a user; ORG-1 checks the case's branch. */
export class ChangeLedger extends Command<CostChanged> {
  constructor(
    readonly command: Extract<LedgerCommand, { costId: string }>,
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(ChangeLedger)
export class ChangeLedgerHandler implements ICommandHandler<ChangeLedger> {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  async execute({ command, access }: ChangeLedger): Promise<CostChanged> {
    const { state, events, position } = await this.runtime.parts.ledgers.execute(command, {
      authorize: (s) => access.assertBranch(s.exists ? s.branch : 'branch' in command ? command.branch : ''),
    });
    const cost = state.exists ? state.costs[command.costId] : undefined;
    return {
      caseId: command.caseId,
      costId: command.costId,
      status: cost?.status ?? 'unknown',
      entries: events.flatMap((e) => (e.type === 'EntryPosted' ? [e.data.entryId] : [])),
      events: events.map((e) => e.type),
      position,
    };
  }
}
