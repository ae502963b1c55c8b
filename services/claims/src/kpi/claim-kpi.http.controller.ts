import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { BranchFrom, CurrentAccess, ReadModel, Roles, type Access, BodyExample } from '@aftersales/platform';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS, CLAIMS_STAFF } from '../claims.roles';
import { claimKpi, type ModelFigures } from './claim-kpi';
import { CLAIM_KPI } from './claim-kpi.projection';

@BodyExample<RecoveredPartsDto>({ partNo: 'COIL-220V', qty: 2 })
export class RecoveredPartsDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  partNo!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  qty!: number;
}

export class ClaimKpiQuery {
  /** The month, YYYY-MM, in the branches' calendar. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '$property must be a month like 2026-03' })
  period!: string;

  @IsOptional()
  @IsString()
  branch?: string;
}

/** CLM-5: old parts recovered for claims, and the claim figures per model and month. */
@Controller()
export class ClaimKpiController {
  constructor(@Inject(ClaimsRuntime) private readonly runtime: ClaimsRuntime) {}

  @Post('cases/:caseId/recovered-parts')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the old parts came back; more than are due is refused (CLM-5)' })
  @Roles(...CLAIMS_STAFF, 'warehouse-keeper')
  async recovered(
    @Param('caseId') caseId: string,
    @Body() dto: RecoveredPartsDto,
    @CurrentAccess() access: Access,
  ) {
    const { state, events } = await this.runtime.warranties.execute(
      { type: 'RecordRecoveredParts', caseId, partNo: dto.partNo, qty: dto.qty },
      { authorize: (s) => s.branch !== undefined && access.assertBranch(s.branch) },
    );
    return { caseId, recovery: state.recovery, events: events.map((e) => e.type) };
  }

  @Get('reports/claim-kpi')
  @ApiOkResponse({
    description: 'per model: recovery rate and net claim cost per unit sold, against targets',
  })
  @Roles(...CLAIMS_READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(CLAIM_KPI)
  async report(@Query() query: ClaimKpiQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const all = branches === 'all-branches';
    const args = [query.period, all ? [] : [...branches]];
    const where = `period = $1 AND ($2::text[] = '{}' OR branch = ANY($2))`;
    const rows: Array<{ model: string; kind: string; a: string; b: string }> =
      await this.runtime.dataSource.query(
        `SELECT model, 'parts' AS kind, SUM(due)::text AS a, SUM(recovered)::text AS b
         FROM claims.recovery_line WHERE ${where} GROUP BY model
       UNION ALL
       SELECT model, 'cost',
              COALESCE(SUM((SELECT COALESCE(SUM(value::bigint), 0) FROM jsonb_each_text(costs))), 0)::text,
              COALESCE(SUM((SELECT COALESCE(SUM(value::bigint), 0) FROM jsonb_each_text(claims))), 0)::text
         FROM claims.case_cost WHERE ${where} AND service_class = 'free-warranty' GROUP BY model
       UNION ALL
       SELECT model, 'sold', COUNT(*)::text, '0'
         FROM claims.product_registry
        WHERE to_char(delivery_date, 'YYYY-MM') = $1 AND ($2::text[] = '{}' OR branch = ANY($2)) GROUP BY model`,
        args,
      );
    const byModel = new Map<string, ModelFigures>();
    for (const r of rows) {
      const f = byModel.get(r.model) ?? {
        model: r.model,
        partsDue: 0,
        partsRecovered: 0,
        freeWarrantyCostMinor: 0,
        confirmedClaimsMinor: 0,
        unitsSold: 0,
      };
      const [a, b] = [Number(r.a), Number(r.b)];
      if (r.kind === 'parts') byModel.set(r.model, { ...f, partsDue: a, partsRecovered: b });
      else if (r.kind === 'cost')
        byModel.set(r.model, { ...f, freeWarrantyCostMinor: a, confirmedClaimsMinor: b });
      else byModel.set(r.model, { ...f, unitsSold: a });
    }
    const targets = this.runtime.settings.kpiTargets;
    return {
      period: query.period,
      currency: this.runtime.settings.currency,
      targets,
      models: [...byModel.values()]
        .sort((x, y) => x.model.localeCompare(y.model))
        .map((f) => claimKpi(f, targets)),
    };
  }
}
