import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { BranchFrom, created, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiCreatedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { INSPECTION_CHANGED } from '../inspection.responses';
import { OpenInspectionDto } from './open-inspection.dto';

@Controller('inspections')
export class OpenInspectionController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-1 by hand: a quality return, an unsalable return, or any product QC takes up itself. */
  @Post()
  @ApiCreatedResponse({ description: 'the inspection is open', schema: INSPECTION_CHANGED })
  @Roles('qc-inspector')
  @BranchFrom({ body: 'branch' })
  async open(
    @Body() dto: OpenInspectionDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const inspectionId = randomUUID();
    const { origin, originRef, ...rest } = dto;
    const changed = await this.commands.execute(
      new ChangeInspection(
        {
          type: 'OpenInspection',
          inspectionId,
          ...rest,
          origin: { kind: origin, ref: originRef },
          by: decidedBy(access),
        },
        access,
        undefined,
        true,
      ),
    );
    created(reply, inspectionId);
    return changed;
  }
}
