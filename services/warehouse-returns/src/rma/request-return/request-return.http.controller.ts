import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { BranchFrom, created, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiCreatedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RMA_SUMMARY } from '../rma.summary';
import { RequestReturnDto } from './request-return.dto';
import { RequestReturnCommand } from './request-return.handler';

@Controller('rmas')
export class RequestReturnController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-1/RET-2: the request; an unsalable one over its limits comes back rejected with the numbers. */
  @Post()
  @ApiCreatedResponse({
    description: 'the request, checked against RET-2 when unsalable',
    schema: RMA_SUMMARY,
  })
  @Roles('intake-clerk', 'after-sales-head', 'branch-manager')
  @BranchFrom({ body: 'branch' })
  async request(
    @Body() dto: RequestReturnDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const summary = await this.commands.execute(new RequestReturnCommand(dto, access));
    created(reply, summary.rmaId);
    return summary;
  }
}
