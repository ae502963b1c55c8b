import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { BranchFrom, CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { FinanceRuntime } from '../../finance.runtime';
import { INVOICES } from '../../finance.responses';
import { READERS } from '../../finance.roles';
import { CostReportQuery } from './finance-queries.dto';
import { JOURNAL } from './journal.projection';

/** FIN-5: the invoices of paid service, by branch and month of the invoice date. */
@Controller('invoices')
export class InvoicesController {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  @Get()
  @ApiOkResponse({ description: 'invoices, by invoice date', schema: INVOICES })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(JOURNAL)
  async list(@Query() query: CostReportQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const rows: Array<Record<string, string>> = await this.runtime.dataSource.query(
      `SELECT invoice_id, case_id, branch, amount_minor::text, currency, description,
              to_char(invoice_date, 'YYYY-MM-DD') AS invoice_date, issued_at
         FROM finance.invoice
        WHERE ($1::text[] IS NULL OR branch = ANY($1)) AND ($2::text IS NULL OR to_char(invoice_date, 'YYYY-MM') = $2)
        ORDER BY invoice_date, position`,
      [branches === 'all-branches' ? null : [...branches], query.period ?? null],
    );
    return {
      items: rows.map((r) => ({
        invoiceId: r.invoice_id,
        caseId: r.case_id,
        branch: r.branch,
        amount: { amountMinor: Number(r.amount_minor), currency: r.currency },
        description: r.description,
        invoiceDate: r.invoice_date,
        issuedAt: r.issued_at,
      })),
    };
  }
}
