import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ENGINEER_CHANGED } from '../../dispatch.responses';
import { ChangeEngineer } from '../change-engineer.handler';
import { ChangeSkillsDto } from './change-skills.dto';
import { MAINTAINERS } from '../engineer.roles';

/** Engineers per branch with skills, leave and parts stock (DSP-1, DSP-3); dispatchers maintain them. */
@Controller('engineers')
export class ChangeSkillsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

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

  private run(access: Access, command: ChangeEngineer['command']) {
    return this.commands.execute(new ChangeEngineer(command, access));
  }
}
