import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, Matches } from 'class-validator';
import { CASE_KINDS, SEVERITIES, type CaseKind, type Severity } from '../case.vocabulary';

export class ListCasesQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  branch?: string;

  /** INT-1: the case of this number (HZ-2026-000123), as staff quote it. */
  @ApiPropertyOptional({ description: 'INT-1 the case number, exactly' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  caseNumber?: string;

  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: ['registered', 'accepted', 'rejected', 'resolved', 'closed'] })
  @IsOptional()
  @IsIn(['registered', 'accepted', 'rejected', 'resolved', 'closed'])
  status?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  /** Keyset paging: the `next` cursor of the page before (page 10,000 costs what page 1 costs). */
  @ApiPropertyOptional({ description: 'the next cursor of the page before' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}

export class SummaryQuery {
  @ApiProperty({ description: 'a branch code', pattern: '^[A-Z]{2,8}$' })
  @IsString()
  @Matches(/^[A-Z]{2,8}$/, { message: '$property must be a branch code (2-8 capital letters)' })
  branch!: string;

  @ApiProperty({ description: 'KPI-2 the month, YYYY-MM', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;
}
