import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID, PricedPartLineDto } from '../../dispatch.dto-parts';

export class RepairCardEntryDto {
  @Matches(ID)
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

export class CompleteRepairDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;
}
