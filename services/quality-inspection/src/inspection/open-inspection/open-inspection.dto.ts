import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';

class ProductDto {
  @IsString()
  @Length(1, 200)
  model!: string;

  @IsString()
  @Length(1, 200)
  serialNumber!: string;
}

/** QC-1 by hand: the origins other services do not report by themselves. */
export const MANUAL_ORIGINS = ['quality-return', 'unsalable-return', 'manual'] as const;

export class OpenInspectionDto {
  @IsString()
  @Matches(/^[A-Z]{2,8}$/)
  branch!: string;

  @IsOptional()
  @IsUUID()
  caseId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  caseNumber?: string;

  @ValidateNested()
  @Type(() => ProductDto)
  product!: ProductDto;

  @IsIn(MANUAL_ORIGINS)
  origin!: (typeof MANUAL_ORIGINS)[number];

  /** The return form, complaint or note the inspection comes from. */
  @IsString()
  @Length(1, 200)
  originRef!: string;

  @IsOptional()
  @IsString()
  @Length(1, 4000)
  symptom?: string;
}
