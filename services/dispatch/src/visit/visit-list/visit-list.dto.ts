import { ApiPropertyOptional } from '@nestjs/swagger';
import { OffsetPageQuery } from '@aftersales/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { VISIT_STATUSES, type VisitStatus } from '../visit.state';

export class ListVisitsQuery extends OffsetPageQuery {
  @ApiPropertyOptional({ description: "a branch code (default: the caller's branches)" })
  @IsOptional()
  @IsString()
  branch?: string;

  @ApiPropertyOptional({ enum: VISIT_STATUSES })
  @IsOptional()
  @IsIn(VISIT_STATUSES)
  status?: VisitStatus;

  /** Keyset paging: the `next` cursor of the page before (page 10,000 costs what page 1 costs). */
  @ApiPropertyOptional({ description: 'the next cursor of the page before', maxLength: 400 })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}
