import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { DepartmentCode } from '../inspection/inspection.dto-parts';
import { ROOT_CAUSES } from '../inspection/inspection.vocabulary';

/** Branch codes, comma-separated, refused in words. */
const BranchCodes = () =>
  Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: '$property must be branch codes' });

export const STATUSES = [
  'open',
  'attributed',
  'disputed',
  'signed-off',
  'refused',
  'checked-intact',
  'checked-not-intact',
] as const;

const BRANCHES = {
  description: 'branch codes, comma-separated (HZ,NB)',
  pattern: '^[A-Z]{2,8}(,[A-Z]{2,8})*$',
};
const LIMIT = { type: 'integer', minimum: 1, maximum: 200 } as const;

export class ListInspectionsQuery {
  @ApiPropertyOptional(BRANCHES)
  @IsOptional()
  @IsString()
  @BranchCodes()
  branch?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  model?: string;

  @ApiPropertyOptional({ enum: ROOT_CAUSES })
  @IsOptional()
  @IsIn(ROOT_CAUSES)
  cause?: (typeof ROOT_CAUSES)[number];

  /** A party of the attribution in force: `department:production`, `supplier:SUP-7`, `customer`. */
  @ApiPropertyOptional({
    description: 'a party of the attribution in force: department:production, supplier:SUP-7, customer',
    minLength: 1,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  responsible?: string;

  @ApiPropertyOptional(LIMIT)
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** The nextCursor of the previous page. */
  @ApiPropertyOptional({ description: 'the nextCursor of the previous page', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be the next cursor of an earlier page' })
  cursor?: string;
}

export class MonthlySummaryQuery {
  /** QC-7: the month, `YYYY-MM`. */
  @ApiProperty({ description: 'QC-7 the month, YYYY-MM', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must look like 2026-03' })
  month!: string;

  @ApiPropertyOptional(BRANCHES)
  @IsOptional()
  @IsString()
  @BranchCodes()
  branch?: string;
}

export class ListCapasQuery {
  @ApiPropertyOptional(BRANCHES)
  @IsOptional()
  @IsString()
  @BranchCodes()
  branch?: string;

  /** The CAPAs of one inspection (QC-5). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  inspectionId?: string;

  /** Default: open and overdue; of one inspection, every status. */
  @ApiPropertyOptional({
    enum: ['open', 'overdue', 'closed'],
    description: 'default: open and overdue; of one inspection (inspectionId), every status',
  })
  @IsOptional()
  @IsIn(['open', 'overdue', 'closed'])
  status?: 'open' | 'overdue' | 'closed';

  @ApiPropertyOptional({ pattern: '^[a-z][a-z0-9-]{0,99}$' })
  @IsOptional()
  @IsString()
  @DepartmentCode()
  ownerDepartment?: string;

  @ApiPropertyOptional(LIMIT)
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
