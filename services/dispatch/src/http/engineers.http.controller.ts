import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { BranchFrom, created, CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { VISIT_LIST } from '../visit/visit-list/visit-list.projection';
import type { FastifyReply } from 'fastify';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { ENGINEER, ENGINEER_CHANGED, ENGINEER_LIST } from '../dispatch.responses';
import { randomUUID } from 'node:crypto';
import { ChangeEngineer } from '../engineer/change-engineer.handler';
import { GetEngineer, ListEngineers } from '../engineer/engineer.queries';
import type { EngineerState } from '../engineer/engineer.state';
import { RegisterEngineer } from '../engineer/register-engineer/register-engineer.handler';
import {
  AvailableDto,
  ChangeSkillsDto,
  LeaveDto,
  ListEngineersQuery,
  ReasonDto,
  ReceivePartsDto,
  RegisterEngineerDto,
} from './dispatch.dtos';

const MAINTAINERS = ['dispatcher', 'branch-manager'] as const;

function view(state: EngineerState) {
  return state.exists ? state : undefined;
}

/** Engineers per branch with skills, leave and parts stock (DSP-1, DSP-3); dispatchers maintain them. */
@Controller('engineers')
export class EngineersController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'the engineer is registered', schema: ENGINEER })
  @Roles(...MAINTAINERS)
  @BranchFrom({ body: 'branch' })
  async register(@Body() dto: RegisterEngineerDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const engineerId = dto.engineerId ?? randomUUID();
    const state = await this.commands.execute(
      new RegisterEngineer({
        type: 'RegisterEngineer',
        engineerId,
        branch: dto.branch,
        home: dto.home,
        skills: dto.skills,
        baseZone: dto.baseZone,
      }),
    );
    created(reply, engineerId);
    return view(state);
  }

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

  @Post(':engineerId/skills')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer now', schema: ENGINEER_CHANGED })
  @Roles(...MAINTAINERS)
  skills(
    @Param('engineerId') engineerId: string,
    @Body() dto: ChangeSkillsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ChangeSkills', engineerId, skills: dto.skills, reason: dto.reason });
  }

  @Post(':engineerId/leave')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer now', schema: ENGINEER_CHANGED })
  @Roles(...MAINTAINERS)
  leave(@Param('engineerId') engineerId: string, @Body() dto: LeaveDto, @CurrentAccess() access: Access) {
    return this.run(access, {
      type: 'SetAvailability',
      engineerId,
      availability: 'on-leave',
      from: dto.from,
      ...(dto.until ? { until: dto.until } : {}),
      reason: dto.reason,
    });
  }

  @Post(':engineerId/availability')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer now', schema: ENGINEER_CHANGED })
  @Roles(...MAINTAINERS)
  available(
    @Param('engineerId') engineerId: string,
    @Body() dto: AvailableDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'SetAvailability',
      engineerId,
      availability: 'available',
      ...(dto.from ? { from: dto.from } : {}),
    });
  }

  @Post(':engineerId/deactivation')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer now', schema: ENGINEER_CHANGED })
  @Roles(...MAINTAINERS)
  deactivate(
    @Param('engineerId') engineerId: string,
    @Body() dto: ReasonDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'DeactivateEngineer', engineerId, reason: dto.reason });
  }

  /** DSP-3 parts issued to the engineer's stock. */
  @Post(':engineerId/parts')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer now', schema: ENGINEER_CHANGED })
  @Roles(...MAINTAINERS, 'warehouse-keeper')
  parts(
    @Param('engineerId') engineerId: string,
    @Body() dto: ReceivePartsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'ReceiveParts',
      engineerId,
      lines: dto.lines.map(({ partNo, qty }) => ({ partNo, qty })),
      reference: dto.reference,
    });
  }

  private run(access: Access, command: ChangeEngineer['command']) {
    return this.commands.execute(new ChangeEngineer(command, access));
  }
}
