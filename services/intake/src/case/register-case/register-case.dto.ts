import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { BodyExample } from '@aftersales/platform';

export class CustomerDto {
  /** The customer's id in the organisation's customer master; the key that AUD-4 erasure names. */
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9._:-]+$/, { message: '$property may hold letters, digits and . _ : - only' })
  customerId!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactPerson?: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @Matches(/^[0-9+()\- ]{5,40}$/, { message: 'phone must be digits, spaces, +, -, ( )' })
  phone!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  vip?: boolean;
}

export class ProductDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  model!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  serialNumber!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  purchaseDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  commissioningDate?: string;
}

export class ProblemDto {
  /** INT-1 the customer's own words. */
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(/^[A-Za-z0-9._-]+$/, { message: '$property may hold letters, digits and . _ - only' })
  symptomCode?: string;
}

@BodyExample<RegisterCaseDto>({
  branch: 'HZ',
  channel: 'hotline',
  kind: 'repair-request',
  severity: 'general',
  customer: {
    customerId: 'cust-42',
    name: 'Hangzhou Metro Line 5',
    contactPerson: 'Zhang Wei',
    phone: '+86 571 8888 1234',
    address: 'Depot 2, Xiasha, Hangzhou',
    vip: false,
  },
  product: {
    model: 'KYN28-12',
    serialNumber: 'SN-2024-000123',
    purchaseDate: '2024-03-01T00:00:00.000Z',
    commissioningDate: '2024-04-15T00:00:00.000Z',
  },
  problem: { description: 'the breaker trips right after closing', symptomCode: 'TRIP' },
})
export class RegisterCaseDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Z]{2,8}$/, { message: 'branch must be a branch code (2-8 capital letters)' })
  branch!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ enum: CASE_KINDS })
  @IsIn(CASE_KINDS)
  kind!: CaseKind;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ type: () => CustomerDto })
  @ValidateNested()
  @Type(() => CustomerDto)
  customer!: CustomerDto;

  @ApiProperty({ type: () => ProductDto })
  @ValidateNested()
  @Type(() => ProductDto)
  product!: ProductDto;

  @ApiProperty({ type: () => ProblemDto })
  @ValidateNested()
  @Type(() => ProblemDto)
  problem!: ProblemDto;
}
