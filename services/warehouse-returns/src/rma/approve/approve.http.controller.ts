import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { runRmaCommand } from '../change-rma.handler';
import { RMA_CHANGED, rmaParam } from '../rma.summary';
import { SpecialCaseDto } from './approve.dto';

/** RET-3/RET-4: confirmation, the heads' signatures and the executive's special case. Every write is checked against the request's branch (ORG-1). */
@Controller('rmas/:rmaId')
export class ApproveController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** RET-3: the after-sales staff confirm an unsalable exchange within limits. */
  @Post('confirmation')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('intake-clerk')
  confirmRequest(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, {
      type: 'ConfirmRequest',
      rmaId,
      by: access.principal.userId,
    });
  }

  /** RET-4/RET-7: the after-sales head's signature (approves a quality return). */
  @Post('signatures/after-sales-head')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('after-sales-head')
  signAfterSalesHead(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, {
      type: 'SignForm',
      rmaId,
      role: 'after-sales-head',
      by: access.principal.userId,
    });
  }

  /** RET-3/RET-7: the operations head's signature (approves a confirmed unsalable exchange). */
  @Post('signatures/operations-head')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('operations-head')
  signOperationsHead(@Param('rmaId', rmaParam) rmaId: string, @CurrentAccess() access: Access) {
    return runRmaCommand(this.commands, access, {
      type: 'SignForm',
      rmaId,
      role: 'operations-head',
      by: access.principal.userId,
    });
  }

  /** RET-3: an executive approves an exchange over its limits as a special case. */
  @Post('special-approval')
  @HttpCode(200)
  @RMA_CHANGED
  @Roles('executive')
  approveSpecialCase(
    @Param('rmaId', rmaParam) rmaId: string,
    @Body() dto: SpecialCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return runRmaCommand(this.commands, access, {
      type: 'ApproveSpecialCase',
      rmaId,
      by: access.principal.userId,
      reason: dto.reason,
    });
  }
}
