import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { DispatchRuntime } from '../dispatch.runtime';
import { PARTS_STOCK } from '../reactions/parts-stock.reaction';
import type { VisitCommand } from './visit.decider';
import { visitSummary, type VisitSummary } from './visit-summary';

export interface VisitChanged extends VisitSummary {
  /** The types of the events the command appended (none when it changed nothing). */
  readonly events: readonly string[];
}

/** How long an answer to a parts use waits for the stock to be taken (the reaction goes on after). */
const STOCK_WAIT_MS = 2_000;

/** Any command on an existing visit; the visit decider tells them apart (DSP-1 … DSP-7). */
export class ChangeVisit extends Command<VisitChanged> {
  constructor(
    readonly command: VisitCommand,
    /** ORG-1: the caller may act only on visits of their own branches. */
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(ChangeVisit)
export class ChangeVisitHandler implements ICommandHandler<ChangeVisit> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ command, access }: ChangeVisit): Promise<VisitChanged> {
    const { state, events, position } = await this.runtime.commands.visit(command, {
      authorize: (s) => access.assertBranch(s.branch),
    });
    // DSP-3 read your writes: the engineer's stock shows the use once the answer comes.
    if (events.some((e) => e.type === 'PartsUsedOnVisit')) {
      await this.runtime.projections.waitFor(PARTS_STOCK, position, STOCK_WAIT_MS).catch(() => undefined);
    }
    const summary = visitSummary(state);
    if (!summary) throw new NotFound('visit', command.visitId);
    return { ...summary, events: events.map((e) => e.type) };
  }
}
