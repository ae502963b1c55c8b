import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MoneyDto } from '../rma/request-return/request-return.dto';
import { BodyExample } from '@aftersales/platform';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** FIN-7: one customer's opening purchase and return totals, as finance states them. */
export class OpeningBalanceDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  customerId!: string;

  @ValidateNested()
  @Type(() => MoneyDto)
  purchased!: MoneyDto;

  @ValidateNested()
  @Type(() => MoneyDto)
  exchanged!: MoneyDto;

  @Matches(DATE, { message: 'periodFrom must be a date YYYY-MM-DD' })
  periodFrom!: string;

  @IsOptional()
  @Matches(DATE, { message: 'periodTo must be a date YYYY-MM-DD' })
  periodTo?: string;

  /** Finance's time of the figures; a later event from finance supersedes them. */
  @IsISO8601({ strict: true })
  asOf!: string;
}

@BodyExample<OpeningBalancesDto>({
  balances: [
    {
      customerId: 'cust-42',
      purchased: { amountMinor: 100_000_000, currency: 'CNY' },
      exchanged: { amountMinor: 3_000_000, currency: 'CNY' },
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      asOf: '2026-03-01T00:00:00.000Z',
    },
  ],
})
export class OpeningBalancesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => OpeningBalanceDto)
  balances!: OpeningBalanceDto[];
}

export class ExchangeRateQuery {
  /** The branch whose region's limit applies (RET-2). */
  @ApiProperty({ description: "RET-2 the branch whose region's limit applies", pattern: '^[A-Z]{2,8}$' })
  @Matches(/^[A-Z]{2,8}$/, { message: 'branch must be a branch code' })
  branch!: string;
}
