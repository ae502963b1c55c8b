import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { BodyExample } from '@aftersales/platform';

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

@BodyExample<OpenInspectionDto>({
  branch: 'HZ',
  caseId: '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11',
  product: { model: 'KYN28-12', serialNumber: 'SN-2024-000123' },
  origin: 'quality-return',
  originRef: 'RMA-2026-0042',
  symptom: 'trips after closing',
})
export class OpenInspectionDto {
  @IsString()
  @Matches(/^[A-Z]{2,8}$/, { message: '$property must be a branch code (2-8 capital letters)' })
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
