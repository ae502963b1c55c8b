import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PERIOD } from '../../finance.dto-parts';
import { BodyExample } from '@aftersales/platform';

/** FIN-1: why finance rejects a cost. */
@BodyExample<RejectCostDto>({ reason: 'no receipt attached' })
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
