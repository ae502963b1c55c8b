import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { CaseTimeline } from './case-timeline.query';
import { CASE_TIMELINE } from '../case.responses';
import { READERS } from '../case.roles';

/** The complaint register, a case's timeline, and the monthly summary (INT-1, KPI-2). */
@Controller()
export class CaseTimelineController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  /** The case with its whole story from the log: who did what, when, in which role (AUD-1). */
  @Get('cases/:caseId')
  @ApiOkResponse({ description: 'the case and its timeline', schema: CASE_TIMELINE })
  @Roles(...READERS)
  timeline(@Param('caseId', uuidParam('caseId')) caseId: string, @CurrentAccess() access: Access) {
    return this.queries.execute(new CaseTimeline(caseId, access));
  }
}
