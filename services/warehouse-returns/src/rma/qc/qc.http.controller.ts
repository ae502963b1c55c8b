import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { runRmaCommand } from '../change-rma.handler';
import { RMA_CHANGED, rmaParam } from '../rma.summary';
import { DisposeRefusedGoodsDto } from './qc.dto';

/** RET-6: goods QC refused. Every write is checked against the request's branch (ORG-1). */
@Controller('rmas/:rmaId')
export class RefusedGoodsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-6: what happens to goods QC refused. */
  @Post('refused-goods')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('after-sales-head')
  dispose(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: DisposeRefusedGoodsDto,
    @CurrentAccess() access: Access,
  ) {
    return runRmaCommand(this.commands, access, {
      type: 'DisposeRefusedGoods',
      rmaId,
      disposition: dto.disposition,
      note: dto.note,
    });
  }
}
