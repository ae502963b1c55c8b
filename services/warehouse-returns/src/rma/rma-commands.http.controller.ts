import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { SpecialCaseDto } from './approve/approve.dto';
import { ChangeRma } from './change-rma.handler';
import { DisposeRefusedGoodsDto } from './qc/qc.dto';
import { ReceiveGoodsDto } from './receive/receive.dto';
import type { RmaCommand } from './rma.decider';
import { RMA_SUMMARY } from './rma.summary';
import { ShipExchangeDto } from './settle/settle.dto';
import { ArrivalNoticeDto, TransportOrderDto } from './transport/transport.dto';

const ok = ApiOkResponse({ description: 'where the request stands now', schema: RMA_SUMMARY });
const rmaParam = uuidParam('rmaId');

/** Steps on a return request (RET-3 … RET-8); every write is checked against its branch (ORG-1). */
@Controller('rmas/:rmaId')
export class RmaCommandsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-3: the after-sales staff confirm an unsalable exchange within limits. */
  @Post('confirmation')
  @HttpCode(200)
  @ok
  @Roles('intake-clerk')
  confirm(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'ConfirmRequest', rmaId, by: access.principal.userId });
  }

  /** RET-4/RET-7: the after-sales head's signature (approves a quality return). */
  @Post('signatures/after-sales-head')
  @HttpCode(200)
  @ok
  @Roles('after-sales-head')
  signAfterSalesHead(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, {
      type: 'SignForm',
      rmaId,
      role: 'after-sales-head',
      by: access.principal.userId,
    });
  }

  /** RET-3/RET-7: the operations head's signature (approves a confirmed unsalable exchange). */
  @Post('signatures/operations-head')
  @HttpCode(200)
  @ok
  @Roles('operations-head')
  signOperationsHead(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, {
      type: 'SignForm',
      rmaId,
      role: 'operations-head',
      by: access.principal.userId,
    });
  }

  /** RET-3: an executive approves an exchange over its limits as a special case. */
  @Post('special-approval')
  @HttpCode(200)
  @ok
  @Roles('executive')
  special(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: SpecialCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'ApproveSpecialCase',
      rmaId,
      by: access.principal.userId,
      reason: dto.reason,
    });
  }

  /** RET-5: the freight station notified arrival. */
  @Post('arrival-notice')
  @HttpCode(200)
  @ok
  @Roles('after-sales-head', 'warehouse-keeper', 'intake-clerk')
  arrival(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: ArrivalNoticeDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordArrival', rmaId, station: dto.station });
  }

  /** RET-5: the after-sales head issues the return transport order to a driver. */
  @Post('transport-order')
  @HttpCode(200)
  @ok
  @Roles('after-sales-head')
  transportOrder(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: TransportOrderDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'IssueTransportOrder', rmaId, ...dto });
  }

  /** RET-5: the driver collects the goods; refused without a transport order naming them. */
  @Post('pick-up')
  @HttpCode(200)
  @ok
  @Roles('driver')
  pickUp(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'RecordPickUp', rmaId, by: access.principal.userId });
  }

  /** RET-6: the goods arrived at the warehouse; QC inspects them. */
  @Post('receipt')
  @HttpCode(200)
  @ok
  @Roles('warehouse-keeper')
  receive(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: ReceiveGoodsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ReceiveGoods', rmaId, ...(dto.lines ? { lines: dto.lines } : {}) });
  }

  /** RET-6: what happens to goods QC refused. */
  @Post('refused-goods')
  @HttpCode(200)
  @ok
  @Roles('after-sales-head')
  dispose(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: DisposeRefusedGoodsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'DisposeRefusedGoods',
      rmaId,
      disposition: dto.disposition,
      note: dto.note,
    });
  }

  /** RET-7/RET-8: stock-in with all three signatures; issues the return receipt. */
  @Post('stock-in')
  @HttpCode(200)
  @ok
  @Roles('warehouse-keeper')
  stockIn(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'StockIn', rmaId });
  }

  /** RET-8: the return receipt was sent to the customer. */
  @Post('receipt-sent')
  @HttpCode(200)
  @ok
  @Roles('intake-clerk', 'warehouse-keeper')
  receiptSent(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'MarkReceiptSent', rmaId });
  }

  /** RET-7/CLM-7: the replacement shipped, serials linked. */
  @Post('exchange')
  @HttpCode(200)
  @ok
  @Roles('warehouse-keeper')
  exchange(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: ShipExchangeDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ShipExchange', rmaId, replacements: dto.replacements });
  }

  /** RET-7: the customer chose a refund for a quality return; finance pays it. */
  @Post('refund')
  @HttpCode(200)
  @ok
  @Roles('after-sales-head')
  refund(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'RequestRefund', rmaId });
  }

  private run(access: Access, command: RmaCommand) {
    return this.commands.execute(new ChangeRma(command, access));
  }
}
