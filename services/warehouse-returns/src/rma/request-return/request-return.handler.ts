import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { timeOrderedUuid } from '@aftersales/kernel';
import { ValidationFailed, type Access } from '@aftersales/platform';
import { intakeCase } from '../../intake-returns/intake-returns';
import { WarehouseReturnsRuntime } from '../../warehouse-returns.runtime';
import { rmaSummary, type RmaSummary } from '../rma.summary';
import type { RequestReturnDto } from './request-return.dto';

/** RET-1: a return or exchange request, entered directly or for an intake case. */
export class RequestReturnCommand extends Command<RmaSummary & { position: number }> {
  constructor(
    readonly request: RequestReturnDto,
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(RequestReturnCommand)
export class RequestReturnHandler implements ICommandHandler<RequestReturnCommand> {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  async execute({ request }: RequestReturnCommand): Promise<RmaSummary & { position: number }> {
    // One currency per form: a 400 naming the line, before anything is decided.
    const currency = request.lines[0].unitPrice.currency;
    const mismatched = request.lines.findIndex((l) => l.unitPrice.currency !== currency);
    if (mismatched > 0)
      throw new ValidationFailed([
        {
          field: `lines[${mismatched}].unitPrice.currency`,
          reason: `every line of a form is in one currency (${currency})`,
        },
      ]);
    // A request for an intake case must be that case's customer and branch.
    const known = request.caseId ? await intakeCase(this.runtime.dataSource, request.caseId) : undefined;
    if (known && (known.branch !== request.branch || known.customerId !== request.customerId))
      throw new ValidationFailed([
        {
          field: 'caseId',
          reason: `case ${known.caseId} is customer ${known.customerId}'s in branch ${known.branch}`,
        },
      ]);
    const outcome = await this.runtime.rmas.execute(
      {
        type: 'RequestReturn',
        rmaId: timeOrderedUuid(),
        branch: request.branch,
        customerId: request.customerId,
        ...(request.caseId ? { caseId: request.caseId } : {}),
        source: request.caseId ? 'intake' : 'direct',
        lines: request.lines,
      },
      { assumeNew: true },
    );
    return { ...rmaSummary(outcome.state), position: outcome.position };
  }
}
