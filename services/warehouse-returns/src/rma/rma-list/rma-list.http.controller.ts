import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  BranchFrom,
  CurrentAccess,
  keysetAfter,
  ReadModel,
  Roles,
  uuidParam,
  type Access,
} from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { RMA_ROW, RMA_VIEW } from '../rma.summary';
import { RMA_LIST } from './rma-list.projection';
import { GetRma, ListRmas, ListTransportOrders } from './rma-list.queries';
import { ListRmasQuery, TransportOrdersQuery } from './rma-list.dto';

export const READERS = [
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
  required: ['items', 'next'],
  properties: {
    items: { type: 'array', items: RMA_ROW },
    next: {
      type: 'string',
      nullable: true,
      description: 'the cursor of the next page (send as `after`); null on the last',
    },
  },
};

@Controller()
export class ReturnRequestsController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  /** Return requests by branch, status, reason and customer, newest first; `next` pages on (as `after`). */
  @Get('rmas')
  @ApiOkResponse({ description: 'a page of return requests', schema: PAGE })
  @Roles(...READERS)
  @ReadModel(RMA_LIST)
  @BranchFrom({ query: 'branch' })
  listRequests(@Query() query: ListRmasQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(
      new ListRmas({
        branches: branches === 'all-branches' ? 'all' : branches,
        status: query.status,
        reason: query.reason,
        customerId: query.customerId,
        after: keysetAfter(query.after),
        limit: query.limit ?? 50,
      }),
    );
  }

  /** The request from the log: status, signatures present and missing (whose), its history. */
  @Get('rmas/:rmaId')
  @ApiOkResponse({ description: 'the request and its timeline', schema: RMA_VIEW })
  @Roles(...READERS)
  getRequest(@Param('rmaId', uuidParam('rmaId')) rmaId: string, @CurrentAccess() access: Access) {
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
  listTransportOrders(@Query() query: TransportOrdersQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(
      new ListTransportOrders(branches === 'all-branches' ? 'all' : branches, query.driverId),
    );
  }
}
