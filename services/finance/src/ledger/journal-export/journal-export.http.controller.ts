import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { BranchFrom, CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { FinanceRuntime } from '../../finance.runtime';
import { READERS } from '../../finance.roles';
import { CostReportQuery } from '../journal-read/finance-queries.dto';
import { JOURNAL } from '../journal-read/journal.projection';
import { csvLine } from './csv';

const COLUMNS = [
  'entry_id',
  'line_no',
  'case_id',
  'branch',
  'period',
  'posted_at',
  'account',
  'debit_minor',
  'credit_minor',
  'currency',
  'cause_kind',
  'cost_id',
  'claim_id',
  'attribution_id',
  'reverses',
] as const;

/** The journal as CSV for accountants: one row per line, amounts in integer minor units (FIN-9). */
@Controller('exports')
export class JournalExportController {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  @Get('journal.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="journal.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the journal lines, oldest first', schema: { type: 'string' } })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(JOURNAL)
  async journal(@Query() query: CostReportQuery, @CurrentAccess() access: Access): Promise<string> {
    const branches = access.branchFilter(query.branch);
    const rows: Array<Record<(typeof COLUMNS)[number], string | number | null>> =
      await this.runtime.dataSource.query(
        `SELECT entry_id, line_no, case_id, branch, period, to_char(posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS posted_at,
              account, debit_minor::text, credit_minor::text, currency, cause_kind, cost_id, claim_id, attribution_id, reverses
         FROM finance.journal_line
        WHERE ($1::text[] IS NULL OR branch = ANY($1)) AND ($2::text IS NULL OR period = $2)
          AND ($3::text IS NULL OR split_part(account, ':', 1) = $3)
        ORDER BY position, line_no`,
        [branches === 'all-branches' ? null : [...branches], query.period ?? null, query.party ?? null],
      );
    return csvLine(COLUMNS) + rows.map((r) => csvLine(COLUMNS.map((c) => r[c]))).join('');
  }
}
