import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { NotFound } from '@aftersales/kernel';
import { BranchFrom, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { IsString, Matches } from 'class-validator';
import { IntakeRuntime } from '../infrastructure/intake-runtime';
import { caseStreamId } from './case.decider';
import { SURVEY_QUESTIONS, SURVEY_SCALE } from './case.vocabulary';
import { listComplaintRegister, monthlySummary } from './complaint-register/complaint-register.query';
import { ListCasesQuery } from './case.dtos';

export class SummaryQuery {
  @IsString()
  @Matches(/^[A-Z]{2,8}$/)
  branch!: string;

  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;
}

const READERS = [
  'intake-clerk',
  'branch-manager',
  'dispatcher',
  'engineer',
  'service-director',
  'after-sales-head',
  'qc-inspector',
  'operations-head',
  'finance-officer',
  'claims-officer',
  'executive',
] as const;

/** The complaint register, a case's timeline, and the monthly summary (INT-1, KPI-2). */
@Controller()
export class CaseQueriesController {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  @Get('cases')
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  async list(@Query() query: ListCasesQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return listComplaintRegister(
      this.runtime.dataSource.manager,
      {
        branches: branches === 'all-branches' ? 'all' : branches,
        kind: query.kind,
        severity: query.severity,
        status: query.status,
        overdue: query.overdue === 'true',
        registeredFrom: query.from ? new Date(query.from) : undefined,
        registeredTo: query.to ? new Date(query.to) : undefined,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      },
      new Date(),
    );
  }

  /** The case with its whole story from the log: who did what, when, in which role (AUD-1). */
  @Get('cases/:caseId')
  @Roles(...READERS)
  async timeline(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentAccess() access: Access) {
    const events = await this.runtime.store.readStream(caseStreamId(caseId));
    if (events.length === 0) throw new NotFound('case', caseId);
    const registered = events[0].data as { branch: string };
    access.assertBranch(registered.branch);
    const { state } = await this.runtime.commands.load(caseId);
    return {
      case: state,
      registration: events[0].data,
      timeline: events.map((e) => ({
        position: e.globalPosition,
        version: e.streamVersion,
        type: e.type,
        at: e.metadata.recordedAt,
        actor: e.metadata.actor,
        branch: e.metadata.branch,
        correlationId: e.metadata.correlationId,
        causationId: e.metadata.causationId,
        data: e.data,
      })),
    };
  }

  /** KPI-2: the branch's monthly complaint summary. */
  @Get('reports/monthly-summary')
  @Roles(
    'branch-manager',
    'after-sales-head',
    'service-director',
    'qc-inspector',
    'operations-head',
    'executive',
  )
  @BranchFrom({ query: 'branch' })
  summary(@Query() query: SummaryQuery) {
    if (!query.branch) throw new NotFoundException();
    return monthlySummary(
      this.runtime.dataSource.manager,
      query.branch,
      query.month,
      SURVEY_QUESTIONS.length * SURVEY_SCALE.max,
    );
  }
}
