import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { runRmaCommand } from '../change-rma.handler';
import { RMA_CHANGED, rmaParam } from '../rma.summary';

/** RET-7/RET-8: stock-in and the return receipt. Every write is checked against the request's branch (ORG-1). */
@Controller('rmas/:rmaId')
export class StockInController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-7/RET-8: stock-in with all three signatures; issues the return receipt. */
  @Post('stock-in')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('warehouse-keeper')
  bookIntoStock(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, { type: 'StockIn', rmaId });
  }

  /** RET-8: the return receipt was sent to the customer. */
  @Post('receipt-sent')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('intake-clerk', 'warehouse-keeper')
  recordReceiptSent(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, { type: 'MarkReceiptSent', rmaId });
  }
}
