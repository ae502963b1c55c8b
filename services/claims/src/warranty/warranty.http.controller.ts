import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { NotFound } from '@aftersales/kernel';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS } from '../claims.roles';
import { reasonZhOf } from './warranty-terms';
import type { WarrantyEvent } from './warranty.events';
import { WARRANTY } from './warranty.responses';

/** A case's warranty assessment and service class (CLM-1, CLM-3), with how it came to be. */
@Controller('cases')
export class WarrantyController {
  constructor(@Inject(ClaimsRuntime) private readonly runtime: ClaimsRuntime) {}

  @Get(':caseId/warranty')
  @ApiOkResponse({
    description: "the case's service class and every assessment, oldest first",
    schema: WARRANTY,
  })
  @Roles(...CLAIMS_READERS)
  async get(@Param('caseId') caseId: string, @CurrentAccess() access: Access) {
    const events = await this.runtime.store.readStream(`warranty-${caseId}`);
    const { state } = await this.runtime.warranties.load(caseId);
    if (!state.exists || !state.branch) throw new NotFound('case', caseId);
    access.assertBranch(state.branch);
    return {
      caseId,
      branch: state.branch,
      serial: state.caseFacts?.serial ?? null,
      serviceClass: state.serviceClass ?? null,
      standing: state.standing ?? null,
      attribution: state.attribution ?? null,
      approvedCosts: state.costs,
      assessments: events.flatMap((e) => {
        if (e.type !== 'WarrantyAssessed') return [];
        const assessed = e.data as Extract<WarrantyEvent, { type: 'WarrantyAssessed' }>['data'];
        const reasonZh = reasonZhOf(assessed);
        return [{ ...assessed, ...(reasonZh ? { reasonZh } : {}) }];
      }),
    };
  }
}
