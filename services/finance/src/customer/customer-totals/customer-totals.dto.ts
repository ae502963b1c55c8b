import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../finance.dto-parts';

/** FIN-7: the customer's purchases over its contract period and the exchange-rate limit. */
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
