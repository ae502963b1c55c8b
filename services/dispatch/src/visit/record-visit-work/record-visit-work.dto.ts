import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WORK_KINDS, type WorkKind } from '../../dispatch.vocabulary';
import { ID, PricedPartLineDto } from '../../dispatch.dto-parts';

export class FindingsDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings!: string;
}

export class WorkDoneDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  workDone!: string;
}

export class PartsUsedDto {
  @Matches(ID)
  usageId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PricedPartLineDto)
  parts!: PricedPartLineDto[];
}

export class LabourDto {
  @IsIn(WORK_KINDS)
  workKind!: WorkKind;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes!: number;
}
