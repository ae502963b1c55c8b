import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RETURN_REASONS } from '../rma.events';
import { RMA_STATUSES } from '../rma.state';

export class ListRmasQuery {
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;

  @IsOptional()
  @IsIn(RMA_STATUSES)
  status?: string;

  @IsOptional()
  @IsIn(RETURN_REASONS)
  reason?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  customerId?: string;

  /** Keyset paging: the `next` cursor of the page before. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class BranchQuery {
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;
}

export class TransportOrdersQuery {
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  driverId?: string;
}
