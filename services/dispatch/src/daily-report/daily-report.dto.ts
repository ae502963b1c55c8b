import { Matches } from 'class-validator';
import { BRANCH } from '../dispatch.dto-parts';

export class DailyReportQuery {
  @Matches(BRANCH, { message: '$property must be a branch code (2-8 capital letters)' })
  branch!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;
}
