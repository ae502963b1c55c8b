import { OffsetPageQuery, BodyExample } from '@aftersales/platform';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class MoneyDto {
  @IsInt()
  @Min(0)
  amountMinor!: number;

  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

@BodyExample<ConfirmClaimDto>({ amount: { amountMinor: 300_000, currency: 'CNY' } })
export class ConfirmClaimDto {
  /** The amount the supplier accepts: it must be the claimed share exactly (CLM-4). */
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

@BodyExample<DisputeClaimDto>({ reason: 'the coil was damaged in transport, not in manufacture' })
export class DisputeClaimDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}

export class ListClaimsQuery extends OffsetPageQuery {
  @IsOptional()
  @IsString()
  branch?: string;

  @IsOptional()
  @IsIn(['issued', 'confirmed', 'disputed', 'withdrawn'])
  status?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  supplierId?: string;
}
