import { OffsetPageQuery } from '@aftersales/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListVisitsQuery extends OffsetPageQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsIn([
    'unassigned',
    'assigned',
    'en-route',
    'on-site',
    'completed',
    'in-repair',
    'repaired',
    'returned',
    'cancelled',
  ])
  status?: string;

  /** Keyset paging: the `next` cursor of the page before (page 10,000 costs what page 1 costs). */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}
