import { Body, Controller, Headers, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { BranchFrom, created, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CASE_SUMMARY } from '../case.responses';
import { RegisterCase } from './register-case.handler';
import { RegisterCaseDto } from './register-case.dto';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class RegisterCaseController {
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
}
