import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { BranchFrom, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { NotFound } from '@aftersales/kernel';
import { randomUUID } from 'node:crypto';
import type { EngineerCommand } from '../engineer/engineer.decider';
import type { EngineerState } from '../engineer/engineer.state';
import { DispatchRuntime } from '../infrastructure/dispatch-runtime';
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
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  @Post()
  @Roles(...MAINTAINERS)
  @BranchFrom({ body: 'branch' })
  async register(@Body() dto: RegisterEngineerDto) {
    const engineerId = dto.engineerId ?? randomUUID();
    const { state } = await this.runtime.commands.engineer({
      type: 'RegisterEngineer',
      engineerId,
      branch: dto.branch,
      home: dto.home,
      skills: dto.skills,
      baseZone: dto.baseZone,
    });
    return view(state);
  }

  @Get()
  @Roles(...MAINTAINERS, 'service-director', 'after-sales-head', 'operations-head', 'executive')
  @BranchFrom({ query: 'branch' })
  async list(@Query() query: ListEngineersQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const rows: unknown[] = await this.runtime.dataSource.query(
      `SELECT engineer_id AS "engineerId", branch, home, skills, base_zone AS "baseZone", active
         FROM dispatch.engineer_roster
        WHERE $1::text[] IS NULL OR branch = ANY($1::text[])
        ORDER BY branch, engineer_id LIMIT 1000`,
      [branches === 'all-branches' ? null : [...branches]],
    );
    return { items: rows };
  }

  @Get(':engineerId')
  @Roles(...MAINTAINERS, 'service-director', 'engineer')
  async get(@Param('engineerId') engineerId: string, @CurrentAccess() access: Access) {
    const { state } = await this.runtime.commands.loadEngineer(engineerId);
    if (state.exists) access.assertBranch(state.branch);
    return view(state) ?? this.notFound(engineerId);
  }

  @Post(':engineerId/skills')
  @HttpCode(200)
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

  private async run(access: Access, command: EngineerCommand) {
    const { state, events } = await this.runtime.commands.engineer(command, {
      authorize: (s) => access.assertBranch(s.branch),
    });
    if (!state.exists) return this.notFound(command.engineerId);
    return { ...state, events: events.map((e) => e.type) };
  }

  private notFound(engineerId: string): never {
    throw new NotFound('engineer', engineerId);
  }
}
