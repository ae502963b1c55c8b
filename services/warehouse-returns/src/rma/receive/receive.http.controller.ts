import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { runRmaCommand } from '../change-rma.handler';
import { RMA_CHANGED, rmaParam } from '../rma.summary';
import { ReceiveGoodsDto } from './receive.dto';

/** RET-6: the goods at the warehouse. Every write is checked against the request's branch (ORG-1). */
@Controller('rmas/:rmaId')
export class ReceiveGoodsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-6: the goods arrived at the warehouse; QC inspects them. */
  @Post('receipt')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('warehouse-keeper')
  receive(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: ReceiveGoodsDto,
    @CurrentAccess() access: Access,
  ) {
    return runRmaCommand(this.commands, access, {
      type: 'ReceiveGoods',
      rmaId,
      ...(dto.lines ? { lines: dto.lines } : {}),
    });
  }
}
