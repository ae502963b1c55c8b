import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { type ServiceClass } from '../../dispatch.vocabulary';
import { MoneyDto } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<ServiceClassDto>({ serviceClass: 'paid' })
export class ServiceClassDto {
  @IsIn(['free-warranty', 'contract', 'paid'])
  serviceClass!: ServiceClass;
}

@BodyExample<ServiceFeeDto>({ amount: { amountMinor: 50_000, currency: 'CNY' }, receiptNo: 'FEE-2026-0003' })
export class ServiceFeeDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  receiptNo!: string;
}

@BodyExample<InvoiceRequestDto>({
  amount: { amountMinor: 50_000, currency: 'CNY' },
  description: 'paid repair of a KYN28-12 breaker',
})
export class InvoiceRequestDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}
