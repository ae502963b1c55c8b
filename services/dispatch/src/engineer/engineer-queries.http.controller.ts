import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { BranchFrom, CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { VISIT_LIST } from '../visit/visit-list/visit-list.projection';
import { ApiOkResponse } from '@nestjs/swagger';
import { ENGINEER, ENGINEER_LIST } from '../dispatch.responses';
import { GetEngineer, ListEngineers } from './engineer.queries';
import { ListEngineersQuery } from './engineer-queries.dto';
import { MAINTAINERS } from './engineer.roles';

/** Engineers per branch with skills, leave and parts stock (DSP-1, DSP-3); dispatchers maintain them. */
@Controller('engineers')
export class EngineerQueriesController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: "the engineers of the caller's branches", schema: ENGINEER_LIST })
  @Roles(...MAINTAINERS, 'service-director', 'after-sales-head', 'operations-head', 'executive')
  @BranchFrom({ query: 'branch' })
  @ReadModel(VISIT_LIST)
  list(@Query() query: ListEngineersQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(new ListEngineers(branches === 'all-branches' ? 'all' : branches));
  }

  @Get(':engineerId')
  @ApiOkResponse({ description: 'the engineer', schema: ENGINEER })
  @Roles(...MAINTAINERS, 'service-director', 'engineer')
  get(@Param('engineerId') engineerId: string, @CurrentAccess() access: Access) {
    return this.queries.execute(new GetEngineer(engineerId, access));
  }
}
