import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WORK_KINDS, type WorkKind } from '../../dispatch.vocabulary';
import { PricedPartLineDto, Reference } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<FindingsDto>({ findings: 'vacuum breaker contacts burnt; the closing coil overheats' })
export class FindingsDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings!: string;
}

@BodyExample<WorkDoneDto>({ workDone: 'replaced the contacts and the closing coil; tested 20 operations' })
export class WorkDoneDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  workDone!: string;
}

@BodyExample<PartsUsedDto>({
  usageId: 'use-1',
  parts: [{ partNo: 'FUSE-12', qty: 1, unitCost: { amountMinor: 3_550, currency: 'CNY' } }],
})
export class PartsUsedDto {
  @Reference()
  usageId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PricedPartLineDto)
  parts!: PricedPartLineDto[];
}

@BodyExample<LabourDto>({ workKind: 'on-site-repair', minutes: 90 })
export class LabourDto {
  @IsIn(WORK_KINDS)
  workKind!: WorkKind;

  @IsInt()
  @Min(1)
  @Max(24 * 60)
  minutes!: number;
}
