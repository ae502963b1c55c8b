import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ROOT_CAUSES } from '../inspection/inspection.vocabulary';

export const STATUSES = [
  'open',
  'attributed',
  'disputed',
  'signed-off',
  'refused',
  'checked-intact',
  'checked-not-intact',
] as const;

export class ListInspectionsQuery {
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/)
  branch?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  model?: string;

  @IsOptional()
  @IsIn(ROOT_CAUSES)
  cause?: string;

  /** A party of the attribution in force: `department:production`, `supplier:SUP-7`, `customer`. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  responsible?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** The nextCursor of the previous page. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}

export class MonthlySummaryQuery {
  /** QC-7: the month, `YYYY-MM`. */
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2026-03' })
  month!: string;

  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/)
  branch?: string;
}

export class ListCapasQuery {
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/)
  branch?: string;

  /** Default: open and overdue. */
  @IsOptional()
  @IsIn(['open', 'overdue', 'closed'])
  status?: 'open' | 'overdue' | 'closed';

  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,99}$/)
  ownerDepartment?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
