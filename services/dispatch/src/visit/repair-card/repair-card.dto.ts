import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PricedPartLineDto, Reference } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<RepairCardEntryDto>({
  engineerId: 'eng-wang',
  minutes: 120,
  parts: [{ partNo: 'COIL-220V', qty: 1, unitCost: { amountMinor: 18_000, currency: 'CNY' } }],
  note: 'coil replaced on the bench',
})
export class RepairCardEntryDto {
  @Reference()
  engineerId!: string;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes!: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PricedPartLineDto)
  parts?: PricedPartLineDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@BodyExample<CompleteRepairDto>({ outcome: 'repaired and type-tested; ready to return' })
export class CompleteRepairDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;
}
