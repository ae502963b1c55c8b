import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { IntakeRuntime } from '../../intake.runtime';
import { SURVEY_QUESTIONS, SURVEY_SCALE } from '../case.vocabulary';
import type { ComplaintRegisterRow } from './complaint-register.entity';
import {
  listComplaintRegister,
  monthlySummary,
  type MonthlySummary,
  type Page,
  type RegisterFilter,
} from './complaint-register.query';

/** A page of the complaint register (INT-1), newest first, within the caller's branches (ORG-1). */
export class ListCases extends Query<Page<ComplaintRegisterRow>> {
  constructor(readonly filter: RegisterFilter) {
    super();
  }
}

@QueryHandler(ListCases)
export class ListCasesHandler implements IQueryHandler<ListCases> {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  execute({ filter }: ListCases): Promise<Page<ComplaintRegisterRow>> {
    return listComplaintRegister(this.runtime.dataSource.manager, filter, this.runtime.commands.clock.now());
  }
}

/** KPI-2: a branch's complaint summary for one month (`YYYY-MM`, the branch's calendar). */
export class MonthlyComplaintSummary extends Query<MonthlySummary> {
  constructor(
    readonly branch: string,
    readonly month: string,
  ) {
    super();
  }
}

@QueryHandler(MonthlyComplaintSummary)
export class MonthlyComplaintSummaryHandler implements IQueryHandler<MonthlyComplaintSummary> {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  execute({ branch, month }: MonthlyComplaintSummary): Promise<MonthlySummary> {
    return monthlySummary(
      this.runtime.dataSource.manager,
      branch,
      month,
      SURVEY_QUESTIONS.length * SURVEY_SCALE.max,
    );
  }
}
