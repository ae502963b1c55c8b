import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { BranchFrom, created, CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { derivedUuid } from './derived-id';
import type { CaseCommand } from './case.decider';
import {
  AnswerSurveyDto,
  AssignFollowUpOwnerDto,
  CloseCaseDto,
  OverturnReviewDto,
  PauseClockDto,
  ReclassifyCaseDto,
  ResolveCaseDto,
  RespondToCustomerDto,
  ReviewValidityDto,
} from './case.dtos';
import { CASE_CHANGED, CASE_SUMMARY } from './case.responses';
import { ChangeCase } from './change-case.handler';
import { RegisterCase } from './register-case/register-case.handler';
import { RegisterCaseDto } from './register-case/register-case.dto';

type CommandOn<T extends CaseCommand['type']> = Omit<Extract<CaseCommand, { type: T }>, 'type' | 'caseId'>;

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class CaseCommandsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** INT-1: register from any channel. An Idempotency-Key makes a retried registration return the same case. */
  @Post()
  @ApiCreatedResponse({ description: 'the case is registered', schema: CASE_SUMMARY })
  @ApiOkResponse({
    description: 'a retry with the same Idempotency-Key: the case it registered',
    schema: CASE_SUMMARY,
  })
  @Roles('intake-clerk', 'branch-manager', 'engineer', 'after-sales-head')
  @BranchFrom({ body: 'branch' })
  async register(
    @Body() dto: RegisterCaseDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const registration = await this.commands.execute(new RegisterCase(dto, access, idempotencyKey));
    if (registration.created) created(reply, registration.summary.caseId);
    else void reply.status(200);
    return registration.summary;
  }

  @Post(':caseId/classification')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager', 'after-sales-head')
  reclassify(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: ReclassifyCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ReclassifyCase', caseId, ...(dto as CommandOn<'ReclassifyCase'>) });
  }

  @Post(':caseId/review')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  review(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: ReviewValidityDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ReviewValidity', caseId, ...(dto as CommandOn<'ReviewValidity'>) });
  }

  /** ORG-2: only the branch manager overturns a review. */
  @Post(':caseId/review/overturn')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('branch-manager')
  overturn(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: OverturnReviewDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'OverturnReview', caseId, ...(dto as CommandOn<'OverturnReview'>) });
  }

  @Post(':caseId/responses')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'engineer', 'branch-manager', 'after-sales-head')
  respond(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: RespondToCustomerDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RespondToCustomer', caseId, response: dto.response });
  }

  /** INT-11: the case waits on the customer; its deadline clocks stop. */
  @Post(':caseId/clock-pause')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  pauseClock(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: PauseClockDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'PauseClock', caseId, reason: dto.reason, note: dto.note });
  }

  /** INT-11: the customer answered; the clocks resume, due later by the time paused. */
  @Post(':caseId/clock-resume')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  resumeClock(@Param('caseId', uuidParam('caseId')) caseId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'ResumeClock', caseId });
  }

  /** INT-10: a VIP case's dedicated follow-up owner. */
  @Post(':caseId/follow-up-owner')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('branch-manager', 'after-sales-head')
  followUpOwner(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: AssignFollowUpOwnerDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'AssignFollowUpOwner', caseId, ownerId: dto.ownerId });
  }

  @Post(':caseId/resolution')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'engineer', 'branch-manager', 'service-director')
  resolve(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: ResolveCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ResolveCase', caseId, outcome: dto.outcome });
  }

  /** INT-8: outcome + the customer's confirmation; the survey is issued with it. */
  @Post(':caseId/closure')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  close(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: CloseCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'CloseCase',
      caseId,
      outcome: dto.outcome,
      confirmation: { ...dto.confirmation },
      surveyId: derivedUuid(`survey:${caseId}`),
    });
  }

  @Post(':caseId/survey')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager', 'service-director')
  answerSurvey(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: AnswerSurveyDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'AnswerSurvey',
      caseId,
      scores: { ...dto.scores },
      comment: dto.comment,
      complaintAboutService: dto.complaintAboutService,
      followUpCaseId: derivedUuid(`service-follow-up:${caseId}`),
    });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
