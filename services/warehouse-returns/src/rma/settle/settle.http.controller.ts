import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { runRmaCommand } from '../change-rma.handler';
import { RMA_CHANGED, rmaParam } from '../rma.summary';
import { ShipExchangeDto } from './settle.dto';

/** RET-7/CLM-7: exchange or refund after stock-in. Every write is checked against the request's branch (ORG-1). */
@Controller('rmas/:rmaId')
export class SettleController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-7/CLM-7: the replacement shipped, serials linked. */
  @Post('exchange')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('warehouse-keeper')
  shipExchange(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: ShipExchangeDto,
    @CurrentAccess() access: Access,
  ) {
    return runRmaCommand(this.commands, access, {
      type: 'ShipExchange',
      rmaId,
      replacements: dto.replacements,
    });
  }

  /** RET-7: the customer chose a refund for a quality return; finance pays it. */
  @Post('refund')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('after-sales-head')
  requestRefund(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, { type: 'RequestRefund', rmaId });
  }
}
