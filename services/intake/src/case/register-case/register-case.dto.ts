import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CASE_KINDS,
  CHANNELS,
  SEVERITIES,
  type CaseKind,
  type Channel,
  type Severity,
} from '../case.vocabulary';

export class CustomerDto {
  /** The customer's id in the organisation's customer master; the key that AUD-4 erasure names. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9._:-]+$/)
  customerId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactPerson?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @Matches(/^[0-9+()\- ]{5,40}$/, { message: 'phone must be digits, spaces, +, -, ( )' })
  phone!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address!: string;

  @IsOptional()
  @IsBoolean()
  vip?: boolean;
}

export class ProductDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  model!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  serialNumber!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  purchaseDate?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  commissioningDate?: string;
}

export class ProblemDto {
  /** INT-1 the customer's own words. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(/^[A-Za-z0-9._-]+$/)
  symptomCode?: string;
}

export class RegisterCaseDto {
  @IsString()
  @Matches(/^[A-Z]{2,8}$/, { message: 'branch must be a branch code (2-8 capital letters)' })
  branch!: string;

  @IsIn(CHANNELS)
  channel!: Channel;

  @IsIn(CASE_KINDS)
  kind!: CaseKind;

  @IsIn(SEVERITIES)
  severity!: Severity;

  @ValidateNested()
  @Type(() => CustomerDto)
  customer!: CustomerDto;

  @ValidateNested()
  @Type(() => ProductDto)
  product!: ProductDto;

  @ValidateNested()
  @Type(() => ProblemDto)
  problem!: ProblemDto;
}
