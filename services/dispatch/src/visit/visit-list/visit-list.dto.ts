import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ListVisitsQuery {
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

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  /** Keyset paging: the `next` cursor of the page before (page 10,000 costs what page 1 costs). */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}
