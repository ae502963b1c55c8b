import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BodyExample } from '@aftersales/platform';

export class ReplacementDto {
  @IsInt()
  @Min(1)
  lineNo!: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  model!: string;

  /** CLM-7: the replacement's serial, linked to the faulty unit's. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  replacementSerial?: string;
}

/** RET-7: the replacements shipped, one per received line. */
@BodyExample<ShipExchangeDto>({
  replacements: [{ lineNo: 1, model: 'KYN28-12', replacementSerial: 'SN-2026-000777' }],
})
export class ShipExchangeDto {
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ReplacementDto)
  replacements!: ReplacementDto[];
}
