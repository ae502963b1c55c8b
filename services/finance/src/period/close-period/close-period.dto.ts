import { Matches } from 'class-validator';
import { BranchCode, PERIOD } from '../../finance.dto-parts';

export class ClosePeriodParams {
  @BranchCode()
  branch!: string;

  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period!: string;
}
