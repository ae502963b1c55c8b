import { Controller, Get, Inject, Query } from '@nestjs/common';
import { BranchFrom, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { BranchQuery } from '../rma/rma-list/rma-list.dto';
import { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';
import { casesAwaitingForm } from './intake-returns';

@Controller()
export class IntakeReturnsController {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  /** RET-1: intake cases whose customer chose a return or exchange, still without their form. */
  @Get('intake-returns')
  @ApiOkResponse({
    description: 'cases awaiting their line-item form',
    schema: { type: 'array', items: { type: 'object' } },
  })
  @Roles('intake-clerk', 'after-sales-head', 'branch-manager', 'operations-head', 'executive')
  @BranchFrom({ query: 'branch' })
  awaitingForm(@Query() query: BranchQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return casesAwaitingForm(this.runtime.dataSource, branches === 'all-branches' ? 'all' : branches);
  }
}
