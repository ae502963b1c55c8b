import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { COST_CATEGORIES, type CostCategory, type StaffHome } from '../../dispatch.vocabulary';
import { MoneyDto, Reference } from '../../dispatch.dto-parts';
import { BodyExample } from '@aftersales/platform';

@BodyExample<CostDto>({
  costId: 'travel-1',
  category: 'travel',
  amount: { amountMinor: 12_000, currency: 'CNY' },
  staffId: 'eng-wang',
  staffHome: 'branch',
  description: 'train Hangzhou–Ningbo and back',
})
export class CostDto {
  @Reference()
  costId!: string;

  @IsIn(COST_CATEGORIES)
  category!: CostCategory;

  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @Reference()
  staffId!: string;

  @IsIn(['branch', 'head-office'])
  staffHome!: StaffHome;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}
