import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../finance.dto-parts';
import { BodyExample } from '@aftersales/platform';

/** FIN-7: the customer's purchases over its contract period and the exchange-rate limit. */
@BodyExample<CustomerTermsDto>({
  purchased: { amountMinor: 100_000_000, currency: 'CNY' },
  periodFrom: '2026-01-01T00:00:00.000Z',
  periodTo: '2026-12-31T00:00:00.000Z',
  exchangeLimitBp: 500,
})
export class CustomerTermsDto {
  @ValidateNested()
  @Type(() => MoneyDto)
  purchased!: MoneyDto;

  @IsISO8601({ strict: true })
  periodFrom!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  periodTo?: string;

  /** exchanged ÷ purchased, in basis points (RET-2). */
  @IsInt()
  @Min(0)
  @Max(10_000)
  exchangeLimitBp!: number;
}
