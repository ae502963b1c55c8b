import { ApiPropertyOptional } from '@nestjs/swagger';
import { OffsetPageQuery } from '@aftersales/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

const STATUSES = [
  'unassigned',
  'assigned',
  'en-route',
  'on-site',
  'completed',
  'in-repair',
  'repaired',
  'returned',
  'cancelled',
] as const;

export class ListVisitsQuery extends OffsetPageQuery {
  @ApiPropertyOptional({ description: "a branch code (default: the caller's branches)" })
  @IsOptional()
  @IsString()
  branch?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  /** Keyset paging: the `next` cursor of the page before (page 10,000 costs what page 1 costs). */
  @ApiPropertyOptional({ description: 'the next cursor of the page before', maxLength: 400 })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}
