import { Matches } from 'class-validator';
import { BRANCH, PERIOD } from '../../finance.dto-parts';

export class ClosePeriodParams {
  @Matches(BRANCH, { message: '$property must be a branch code (2-8 capital letters)' })
  branch!: string;

  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period!: string;
}
