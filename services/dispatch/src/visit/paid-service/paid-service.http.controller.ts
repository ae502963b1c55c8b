import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { InvoiceRequestDto, ServiceClassDto, ServiceFeeDto } from './paid-service.dto';
import { DISPATCHERS, FIELD } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class PaidServiceController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** CLM-3 the service class (decides DSP-7 paid service). */
  @Post(':visitId/service-class')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS, 'claims-officer')
  serviceClass(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ServiceClassDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordServiceClass', visitId, serviceClass: dto.serviceClass });
  }

  /** DSP-7 a small fee collected on site, to be handed to the cashier. */
  @Post(':visitId/service-fee')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  serviceFee(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ServiceFeeDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'CollectServiceFee',
      visitId,
      amount: { ...dto.amount },
      receiptNo: dto.receiptNo,
      collectedBy: access.principal.userId,
    });
  }

  /** DSP-7/FIN-5 otherwise an invoice the same day. */
  @Post(':visitId/invoice-request')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD, 'service-director')
  invoice(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: InvoiceRequestDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RequestInvoice',
      visitId,
      amount: { ...dto.amount },
      description: dto.description,
    });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
