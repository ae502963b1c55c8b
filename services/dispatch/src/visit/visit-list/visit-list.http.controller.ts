import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  BranchFrom,
  CurrentAccess,
  ReadModel,
  Roles,
  uuidParam,
  type Access,
  keysetAfter,
} from '@aftersales/platform';
import { VISIT_LIST } from './visit-list.projection';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_PAGE, VISIT_TIMELINE } from '../../dispatch.responses';
import { ListVisits, VisitTimeline } from './visit.queries';
import { ListVisitsQuery } from './visit-list.dto';
import { READERS } from '../visit.roles';

/** The visit list, a visit's timeline, and the daily report (DSP-6). */
@Controller()
export class VisitListController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  /** ORG-1: only the caller's branches (head-office roles: all, or those asked for). */
  @Get('visits')
  @ApiOkResponse({ description: 'a page of visits', schema: VISIT_PAGE })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(VISIT_LIST)
  list(@Query() query: ListVisitsQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(
      new ListVisits({
        branches: branches === 'all-branches' ? 'all' : branches,
        status: query.status,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
        after: keysetAfter(query.after),
      }),
    );
  }

  /** The visit with its whole story from the log: who did what, when, in which role (AUD-1). */
  @Get('visits/:visitId')
  @ApiOkResponse({ description: 'the visit and its timeline', schema: VISIT_TIMELINE })
  @Roles(...READERS)
  timeline(@Param('visitId', uuidParam('visitId')) visitId: string, @CurrentAccess() access: Access) {
    return this.queries.execute(new VisitTimeline(visitId, access));
  }
}
