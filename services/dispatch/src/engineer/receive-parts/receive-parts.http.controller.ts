import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ENGINEER_CHANGED } from '../../dispatch.responses';
import { ChangeEngineer } from '../change-engineer.handler';
import { ReceivePartsDto } from './receive-parts.dto';
import { MAINTAINERS } from '../engineer.roles';

/** Engineers per branch with skills, leave and parts stock (DSP-1, DSP-3); dispatchers maintain them. */
@Controller('engineers')
export class ReceivePartsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

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
