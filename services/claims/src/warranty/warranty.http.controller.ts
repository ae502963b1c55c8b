import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { NotFound } from '@aftersales/kernel';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS } from '../claims.roles';

/** A case's warranty assessment and service class (CLM-1, CLM-3), with how it came to be. */
@Controller('cases')
export class WarrantyController {
  constructor(@Inject(ClaimsRuntime) private readonly runtime: ClaimsRuntime) {}

  @Get(':caseId/warranty')
  @ApiOkResponse({ description: "the case's service class and every assessment, oldest first" })
  @Roles(...CLAIMS_READERS)
  async get(@Param('caseId') caseId: string, @CurrentAccess() access: Access) {
    const events = await this.runtime.store.readStream(`warranty-${caseId}`);
    const { state } = await this.runtime.warranties.load(caseId);
    if (!state.exists || !state.branch) throw new NotFound('case', caseId);
    access.assertBranch(state.branch);
    return {
      caseId,
      branch: state.branch,
      serial: state.caseFacts?.serial,
      serviceClass: state.serviceClass ?? null,
      standing: state.standing ?? null,
      attribution: state.attribution ?? null,
      approvedCosts: state.costs,
      assessments: events.filter((e) => e.type === 'WarrantyAssessed').map((e) => e.data),
    };
  }
}
