import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { BranchFrom, CurrentAccess, ReadModel, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { casesAwaitingForm } from '../intake-returns/intake-returns';
import { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';
import { RMA_LIST } from './rma-list/rma-list.projection';
import { GetRma, ListRmas, ListTransportOrders } from './rma-list/rma-list.queries';
import { RETURN_REASONS } from './rma.events';
import { RMA_STATUSES } from './rma.state';

export class ListRmasQuery {
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;

  @IsOptional()
  @IsIn(RMA_STATUSES)
  status?: string;

  @IsOptional()
  @IsIn(RETURN_REASONS)
  reason?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  customerId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class BranchQuery {
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;
}

export class TransportOrdersQuery {
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  driverId?: string;
}

const READERS = [
  'intake-clerk',
  'after-sales-head',
  'warehouse-keeper',
  'branch-manager',
  'driver',
  'operations-head',
  'qc-inspector',
  'finance-officer',
  'executive',
] as const;

const PAGE = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: { type: 'object' } }, nextCursor: { type: 'string' } },
};

@Controller()
export class RmaQueriesController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime,
  ) {}

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

  /** Return requests by branch, status, reason and customer, newest first; `nextCursor` pages on. */
  @Get('rmas')
  @ApiOkResponse({ description: 'a page of return requests', schema: PAGE })
  @Roles(...READERS)
  @ReadModel(RMA_LIST)
  @BranchFrom({ query: 'branch' })
  list(@Query() query: ListRmasQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(
      new ListRmas({
        branches: branches === 'all-branches' ? 'all' : branches,
        status: query.status,
        reason: query.reason,
        customerId: query.customerId,
        cursor: query.cursor,
        limit: query.limit ?? 50,
      }),
    );
  }

  /** The request from the log: status, signatures present and missing (whose), its history. */
  @Get('rmas/:rmaId')
  @ApiOkResponse({ description: 'the request and its timeline', schema: { type: 'object' } })
  @Roles(...READERS)
  get(@Param('rmaId', uuidParam('rmaId')) rmaId: string, @CurrentAccess() access: Access) {
    return this.queries.execute(new GetRma(rmaId, access));
  }

  /** RET-5: transport orders (a driver sees which collections they may make). */
  @Get('transport-orders')
  @ApiOkResponse({
    description: 'transport orders, newest first',
    schema: { type: 'array', items: { type: 'object' } },
  })
  @Roles(...READERS)
  @ReadModel(RMA_LIST)
  @BranchFrom({ query: 'branch' })
  transportOrders(@Query() query: TransportOrdersQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(
      new ListTransportOrders(branches === 'all-branches' ? 'all' : branches, query.driverId),
    );
  }
}
