import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { INSPECTION_CHANGED } from '../inspection.responses';
import { SignOffDto } from './sign-off.dto';

@Controller('inspections')
export class SignOffController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-5: QC confirms and signs on the attribution in force; a company fault raises a CAPA. */
  @Post(':inspectionId/sign-off')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'the inspection is signed off (and its CAPA raised)',
    schema: INSPECTION_CHANGED,
  })
  @Roles('qc-inspector')
  signOff(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Body() dto: SignOffDto,
    @CurrentAccess() access: Access,
  ) {
    return this.commands.execute(
      new ChangeInspection(
        {
          type: 'SignOff',
          inspectionId,
          ...(dto.note ? { note: dto.note } : {}),
          ...(dto.capa ? { capa: { capaId: randomUUID(), ...dto.capa } } : {}),
          by: decidedBy(access),
        },
        access,
      ),
    );
  }
}
