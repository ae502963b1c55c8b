import { Matches } from 'class-validator';
import { BRANCH, PERIOD } from '../../finance.dto-parts';

export class ClosePeriodParams {
  @Matches(BRANCH)
  branch!: string;

  @Matches(PERIOD, { message: 'period must be a month like 2026-03' })
  period!: string;
}
