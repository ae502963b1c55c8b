import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ENGINEER_CHANGED } from '../../dispatch.responses';
import { ChangeEngineer } from '../change-engineer.handler';
import { AvailableDto, LeaveDto } from './set-availability.dto';
import { ReasonDto } from '../../dispatch.dto-parts';
import { MAINTAINERS } from '../engineer.roles';

/** Engineers per branch with skills, leave and parts stock (DSP-1, DSP-3); dispatchers maintain them. */
@Controller('engineers')
export class SetAvailabilityController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

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

  private run(access: Access, command: ChangeEngineer['command']) {
    return this.commands.execute(new ChangeEngineer(command, access));
  }
}
