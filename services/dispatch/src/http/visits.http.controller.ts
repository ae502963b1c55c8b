import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { created, CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import type { FastifyReply } from 'fastify';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { AUTO_ASSIGNED, VISIT_CHANGED, VISIT_SUMMARY } from '../dispatch.responses';
import { AutoAssignEngineer } from '../visit/assign-engineer/auto-assign.handler';
import { ChangeVisit } from '../visit/change-visit.handler';
import { OpenVisit } from '../visit/open-visit/open-visit.handler';
import type { VisitCommand } from '../visit/visit.decider';
import {
  AppointmentDto,
  AssignDto,
  CompleteRepairDto,
  CompleteVisitDto,
  CostDto,
  FindingsDto,
  InvoiceRequestDto,
  LabourDto,
  OpenVisitDto,
  PartsUsedDto,
  PromiseDto,
  ReassignDto,
  ReasonDto,
  RepairCardEntryDto,
  ReturnProductDto,
  ServiceClassDto,
  ServiceFeeDto,
  TakeBackDto,
  WorkDoneDto,
} from './dispatch.dtos';

const DISPATCHERS = ['dispatcher', 'branch-manager'] as const;
const FIELD = ['engineer', 'dispatcher', 'branch-manager'] as const;
const WORKSHOP = ['engineer', 'dispatcher', 'service-director', 'branch-manager'] as const;

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class VisitsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** DSP-1 a dispatcher opens a visit for a case dispatch knows, naming the address's zone (DSP-2). */
  @Post()
  @ApiCreatedResponse({ description: 'the visit is open', schema: VISIT_SUMMARY })
  @Roles(...DISPATCHERS)
  async open(
    @Body() dto: OpenVisitDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const visit = await this.commands.execute(new OpenVisit(dto.caseId, dto.zone, dto.urgency, access));
    if (visit) created(reply, visit.visitId);
    return visit;
  }

  @Post(':visitId/assignment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  assign(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: AssignDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'AssignEngineer',
      visitId,
      engineerId: dto.engineerId,
      assignedBy: 'dispatcher',
      ...(dto.note ? { reason: dto.note } : {}),
    });
  }

  /** DSP-1 the auto-assigner: skill, availability, least load, then zone distance. */
  @Post(':visitId/auto-assignment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer taken, and every one weighed', schema: AUTO_ASSIGNED })
  @Roles(...DISPATCHERS)
  autoAssign(@Param('visitId', uuidParam('visitId')) visitId: string, @CurrentAccess() access: Access) {
    return this.commands.execute(new AutoAssignEngineer(visitId, access));
  }

  @Post(':visitId/reassignment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  reassign(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ReassignDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'ReassignEngineer',
      visitId,
      engineerId: dto.engineerId,
      reason: dto.reason,
    });
  }

  @Post(':visitId/appointment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  appointment(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: AppointmentDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ConfirmAppointment', visitId, confirmedAt: dto.confirmedAt });
  }

  @Post(':visitId/departure')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  depart(@Param('visitId', uuidParam('visitId')) visitId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'RecordDeparture', visitId });
  }

  @Post(':visitId/arrival')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  arrive(@Param('visitId', uuidParam('visitId')) visitId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'RecordArrival', visitId });
  }

  @Post(':visitId/findings')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  findings(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: FindingsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordFindings', visitId, findings: dto.findings });
  }

  @Post(':visitId/work-done')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  workDone(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: WorkDoneDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordWorkDone', visitId, workDone: dto.workDone });
  }

  /** DSP-3 parts from the engineer's stock (the engineer stream is decremented with the same usage id). */
  @Post(':visitId/parts-used')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  partsUsed(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: PartsUsedDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RecordPartsUsed',
      visitId,
      usageId: dto.usageId,
      parts: dto.parts.map((p) => ({ partNo: p.partNo, qty: p.qty, unitCost: { ...p.unitCost } })),
    });
  }

  @Post(':visitId/labour')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  labour(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: LabourDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordLabour', visitId, workKind: dto.workKind, minutes: dto.minutes });
  }

  /** FIN-1/FIN-2 travel, accommodation, allowances of the staff who went. */
  @Post(':visitId/costs')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  cost(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: CostDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RecordCost',
      visitId,
      costId: dto.costId,
      category: dto.category,
      amount: { ...dto.amount },
      staffId: dto.staffId,
      staffHome: dto.staffHome,
      description: dto.description,
    });
  }

  /** DSP-3 the customer signs the service voucher. */
  @Post(':visitId/completion')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  complete(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: CompleteVisitDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'CompleteVisit',
      visitId,
      voucherNo: dto.voucherNo,
      firstTimeFix: dto.firstTimeFix,
      signature: { ...dto.signature },
    });
  }

  /** DSP-4 taken back against a product receipt; register entry and repair card. */
  @Post(':visitId/take-back')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  takeBack(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: TakeBackDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'TakeBackProduct',
      visitId,
      receiptNo: dto.receiptNo,
      registerEntryNo: dto.registerEntryNo,
      repairCardNo: dto.repairCardNo,
    });
  }

  @Post(':visitId/repair-card')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...WORKSHOP)
  repairCard(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: RepairCardEntryDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RecordRepairWork',
      visitId,
      engineerId: dto.engineerId,
      minutes: dto.minutes,
      ...(dto.parts
        ? { parts: dto.parts.map((p) => ({ partNo: p.partNo, qty: p.qty, unitCost: { ...p.unitCost } })) }
        : {}),
      ...(dto.note ? { note: dto.note } : {}),
    });
  }

  @Post(':visitId/repair-completion')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...WORKSHOP)
  repairCompleted(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: CompleteRepairDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'CompleteRepair', visitId, outcome: dto.outcome });
  }

  /** DSP-4 returned against the customer's signature; the receipt is voided. */
  @Post(':visitId/return')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...WORKSHOP)
  returnProduct(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ReturnProductDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'ReturnProductToCustomer',
      visitId,
      registerEntryNo: dto.registerEntryNo,
      signature: { ...dto.signature },
    });
  }

  /** DSP-5 the promised repair date; escalation is due the configured lead time before it. */
  @Post(':visitId/promise')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...WORKSHOP)
  promise(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: PromiseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'PromiseRepairDate', visitId, promisedBy: dto.promisedBy });
  }

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

  @Post(':visitId/cancellation')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  cancel(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ReasonDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'CancelVisit', visitId, reason: dto.reason });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
