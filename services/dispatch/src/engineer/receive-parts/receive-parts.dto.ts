import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PartLineDto } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ReceivePartsDto>({ lines: [{ partNo: 'FUSE-12', qty: 3 }], reference: 'ISS-2026-0031' })
export class ReceivePartsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PartLineDto)
  lines!: PartLineDto[];

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;
}
