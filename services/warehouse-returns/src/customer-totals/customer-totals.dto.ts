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
  @Matches(/^[A-Z]{2,8}$/, { message: 'branch must be a branch code' })
  branch!: string;
}
