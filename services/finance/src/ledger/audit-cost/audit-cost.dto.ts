import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PERIOD } from '../../finance.dto-parts';

/** FIN-1: why finance rejects a cost. */
export class RejectCostDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

/** FIN-8: the month the approved cost belongs to (default: the month of the approval). */
export class ApproveCostQuery {
  @IsOptional()
  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period?: string;
}
