import { ApiPropertyOptional } from '@nestjs/swagger';
import { OffsetPageQuery, BodyExample } from '@aftersales/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLAIM_STATUSES } from './claim.events';

export class MoneyDto {
  @IsInt()
  @Min(0)
  amountMinor!: number;

  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code' })
  currency!: string;
}

@BodyExample<ConfirmClaimDto>({ amount: { amountMinor: 300_000, currency: 'CNY' } })
export class ConfirmClaimDto {
  /** The amount the supplier accepts: it must be the claimed share exactly (CLM-4). */
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

/** A document the supplier's dispute rests on, by reference and content hash. */
export class DisputeEvidenceDto {
  @IsIn(['photo', 'measurement-record', 'test-report', 'attachment'])
  kind!: 'photo' | 'measurement-record' | 'test-report' | 'attachment';

  /** Where the document management system keeps it (a URI or a document number). */
  @IsString()
  @Length(1, 1000)
  ref!: string;

  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be the 64 lower-case hex digits of the content hash' })
  sha256!: string;

  @IsOptional()
  @IsString()
  @Length(1, 1000)
  description?: string;
}

@BodyExample<DisputeClaimDto>({ reason: 'the coil was damaged in transport, not in manufacture' })
export class DisputeClaimDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;

  /** The supplier's evidence, carried to the dispute QC opens (QC-4). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DisputeEvidenceDto)
  evidence?: DisputeEvidenceDto[];
}

export class ListClaimsQuery extends OffsetPageQuery {
  @ApiPropertyOptional({ description: "a branch code (default: the caller's branches)" })
  @IsOptional()
  @IsString()
  branch?: string;

  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOptional()
  @IsIn([...CLAIM_STATUSES])
  status?: (typeof CLAIM_STATUSES)[number];

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  supplierId?: string;
}
