import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { BranchFrom, created, Roles } from '@aftersales/platform';
import { type FastifyReply } from 'fastify';
import { ApiCreatedResponse } from '@nestjs/swagger';
import { ENGINEER } from '../../dispatch.responses';
import { randomUUID } from 'node:crypto';
import { RegisterEngineer } from './register-engineer.handler';
import { RegisterEngineerDto } from './register-engineer.dto';
import { MAINTAINERS } from '../engineer.roles';
import { view } from '../engineer-view';

/** Engineers per branch with skills, leave and parts stock (DSP-1, DSP-3); dispatchers maintain them. */
@Controller('engineers')
export class RegisterEngineerController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

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
}
