import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RETURN_REASONS } from '../rma.events';
import { RMA_STATUSES } from '../rma.state';

export class ListRmasQuery {
  @ApiPropertyOptional({
    description: 'branch codes, comma-separated (HZ,NB)',
    pattern: '^[A-Z]{2,8}(,[A-Z]{2,8})*$',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;

  @ApiPropertyOptional({ enum: RMA_STATUSES })
  @IsOptional()
  @IsIn(RMA_STATUSES)
  status?: (typeof RMA_STATUSES)[number];

  @ApiPropertyOptional({ enum: RETURN_REASONS })
  @IsOptional()
  @IsIn(RETURN_REASONS)
  reason?: (typeof RETURN_REASONS)[number];

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  customerId?: string;

  /** Keyset paging: the `next` cursor of the page before. */
  @ApiPropertyOptional({ description: 'the next cursor of the page before', maxLength: 400 })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class BranchQuery {
  @ApiPropertyOptional({
    description: 'branch codes, comma-separated (HZ,NB)',
    pattern: '^[A-Z]{2,8}(,[A-Z]{2,8})*$',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;
}

export class TransportOrdersQuery {
  @ApiPropertyOptional({
    description: 'branch codes, comma-separated (HZ,NB)',
    pattern: '^[A-Z]{2,8}(,[A-Z]{2,8})*$',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'branch must be branch codes' })
  branch?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  driverId?: string;
}
