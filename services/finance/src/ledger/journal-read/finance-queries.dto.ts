import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BRANCH, BranchCode, PERIOD } from '../../finance.dto-parts';

const COST_STATUSES = ['pending', 'approved', 'rejected', 'reversed'] as const;
const BRANCH_CODE = { description: 'a branch code', pattern: BRANCH.source };
const MONTH = { description: 'a month, YYYY-MM', pattern: PERIOD.source };

export class ListCostsQuery {
  @ApiPropertyOptional(BRANCH_CODE)
  @IsOptional()
  @BranchCode()
  branch?: string;

  @ApiPropertyOptional({ enum: COST_STATUSES, description: 'pending: the audit queue (FIN-1)' })
  @IsOptional()
  @IsIn(COST_STATUSES)
  status?: (typeof COST_STATUSES)[number];

  /** Keyset paging: the `next` of the page before. */
  @ApiPropertyOptional({ description: 'the next of the page before', maxLength: 400 })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class TrialBalanceQuery {
  /** Up to and including this month (YYYY-MM). */
  @ApiPropertyOptional({ ...MONTH, description: 'up to and including this month, YYYY-MM' })
  @IsOptional()
  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period?: string;
}

const PARTY_ACCOUNTS = [
  'department-cost',
  'supplier-recoverable',
  'customer-receivable',
  'carrier-recoverable',
  'branch-cost',
  'head-office-cost',
  'manufacturing-cost',
];

export class CostReportQuery {
  @ApiPropertyOptional(BRANCH_CODE)
  @IsOptional()
  @BranchCode()
  branch?: string;

  @ApiPropertyOptional(MONTH)
  @IsOptional()
  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period?: string;

  @ApiPropertyOptional({ enum: PARTY_ACCOUNTS })
  @IsOptional()
  @IsIn(PARTY_ACCOUNTS)
  party?: string;
}
