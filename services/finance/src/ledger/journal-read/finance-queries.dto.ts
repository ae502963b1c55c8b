import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BRANCH, PERIOD } from '../../finance.dto-parts';

export class ListCostsQuery {
  @IsOptional()
  @Matches(BRANCH)
  branch?: string;

  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected', 'reversed'])
  status?: string;

  /** Keyset paging: the `next` of the page before. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class TrialBalanceQuery {
  /** Up to and including this month (YYYY-MM). */
  @IsOptional()
  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period?: string;
}

export class CostReportQuery {
  @IsOptional()
  @Matches(BRANCH)
  branch?: string;

  @IsOptional()
  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period?: string;

  @IsOptional()
  @IsIn([
    'department-cost',
    'supplier-recoverable',
    'customer-receivable',
    'carrier-recoverable',
    'branch-cost',
    'head-office-cost',
    'manufacturing-cost',
  ])
  party?: string;
}
