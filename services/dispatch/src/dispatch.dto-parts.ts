import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BodyExample } from '@aftersales/platform';

export const BRANCH = /^[A-Z]{2,8}$/;

export const ID = /^[A-Za-z0-9._-]{1,100}$/;

/** A branch code, refused in words (the console says them in Chinese). */
export const BranchCode = () =>
  Matches(BRANCH, { message: '$property must be a branch code (2-8 capital letters)' });
/** An engineer, cost or usage reference, refused in words. */
export const Reference = () =>
  Matches(ID, { message: '$property may hold letters, digits and . _ - only (at most 100)' });

export class MoneyDto {
  @IsInt()
  @Min(0)
  amountMinor!: number;

  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code' })
  currency!: string;
}

export class PartLineDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  partNo!: string;

  @IsInt()
  @Min(1)
  qty!: number;
}

export class PricedPartLineDto extends PartLineDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  unitCost!: MoneyDto;
}

export class SignatureDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signedBy!: string;

  @IsISO8601({ strict: true })
  signedAt!: string;

  @IsIn(['signature', 'e-signature'])
  method!: 'signature' | 'e-signature';
}

@BodyExample<ReasonDto>({ reason: 'resolved by phone' })
export class ReasonDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
