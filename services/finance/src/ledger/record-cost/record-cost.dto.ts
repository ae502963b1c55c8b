import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { BEARERS, COST_KINDS, type Bearer, type CostKind } from '../../finance.vocabulary';
import { BranchCode, MoneyDto, Reference } from '../../finance.dto-parts';
import { BodyExample } from '@aftersales/platform';

/** FIN-1: a cost entered by hand against a case. */
@BodyExample<RecordCostDto>({
  caseId: '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11',
  costId: 'freight-1',
  branch: 'HZ',
  kind: 'transport',
  amount: { amountMinor: 4_500, currency: 'CNY' },
  bearer: 'by-attribution',
  description: 'freight back to the factory',
})
export class RecordCostDto {
  @Reference()
  caseId!: string;

  @Reference()
  costId!: string;

  @BranchCode()
  branch!: string;

  @IsIn(COST_KINDS)
  kind!: CostKind;

  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  /** FIN-2 branch / head office; FIN-3 by-attribution (warranty); FIN-4/5 customer (paid service). */
  @IsIn(BEARERS)
  bearer!: Bearer;

  @IsOptional()
  @Reference()
  customerId?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;
}
