import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RETURN_REASONS, type ReturnReason } from '../rma.events';
import { BodyExample } from '@aftersales/platform';

export class MoneyDto {
  @IsInt()
  @Min(0)
  amountMinor!: number;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
}

export class ProductDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  model!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  productLine?: string;
}

export class OriginalOrderDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ref!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deliveredOn must be a date YYYY-MM-DD' })
  deliveredOn!: string;
}

/** RET-1: one line of the 调退货明细表. */
export class ReturnLineDto {
  @ValidateNested()
  @Type(() => ProductDto)
  product!: ProductDto;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  serialNumber?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lotNumber?: string;

  @IsInt()
  @Min(1)
  quantity!: number;

  @ValidateNested()
  @Type(() => MoneyDto)
  unitPrice!: MoneyDto;

  @IsIn(RETURN_REASONS)
  reason!: ReturnReason;

  @ValidateNested()
  @Type(() => OriginalOrderDto)
  originalOrder!: OriginalOrderDto;
}

@BodyExample<RequestReturnDto>({
  branch: 'HZ',
  customerId: 'cust-42',
  lines: [
    {
      product: { model: 'KYN28-12', productLine: 'switchgear' },
      serialNumber: 'SN-2024-000123',
      quantity: 1,
      unitPrice: { amountMinor: 500_000, currency: 'CNY' },
      reason: 'quality',
      originalOrder: { ref: 'SO-2026-0042', deliveredOn: '2026-02-01' },
    },
  ],
})
export class RequestReturnDto {
  @Matches(/^[A-Z]{2,8}$/, { message: 'branch must be a branch code' })
  branch!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  customerId!: string;

  /** The intake case the customer chose a return or exchange on. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  caseId?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReturnLineDto)
  lines!: ReturnLineDto[];
}
