import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { runRmaCommand } from '../change-rma.handler';
import { RMA_CHANGED, rmaParam } from '../rma.summary';
import { ArrivalNoticeDto, TransportOrderDto } from './transport.dto';

/** RET-5: arrival notice, transport order, pick-up. Every write is checked against the request's branch (ORG-1). */
@Controller('rmas/:rmaId')
export class TransportController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-5: the freight station notified arrival. */
  @Post('arrival-notice')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('after-sales-head', 'warehouse-keeper', 'intake-clerk')
  recordArrivalNotice(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: ArrivalNoticeDto,
    @CurrentAccess() access: Access,
  ) {
    return runRmaCommand(this.commands, access, { type: 'RecordArrival', rmaId, station: dto.station });
  }

  /** RET-5: the after-sales head issues the return transport order to a driver. */
  @Post('transport-order')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('after-sales-head')
  issueTransportOrder(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: TransportOrderDto,
    @CurrentAccess() access: Access,
  ) {
    return runRmaCommand(this.commands, access, { type: 'IssueTransportOrder', rmaId, ...dto });
  }

  /** RET-5: the driver collects the goods; refused without a transport order naming them. */
  @Post('pick-up')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('driver')
  recordPickUp(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, { type: 'RecordPickUp', rmaId, by: access.principal.userId });
  }
}
