import { Matches } from 'class-validator';
import { BranchCode } from '../dispatch.dto-parts';

export class DailyReportQuery {
  @BranchCode()
  branch!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;
}
