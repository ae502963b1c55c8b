import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { type ServiceClass } from '../../dispatch.vocabulary';
import { MoneyDto } from '../../dispatch.dto-parts';

export class ServiceClassDto {
  @IsIn(['free-warranty', 'contract', 'paid'])
  serviceClass!: ServiceClass;
}

export class ServiceFeeDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  receiptNo!: string;
}

export class InvoiceRequestDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}
