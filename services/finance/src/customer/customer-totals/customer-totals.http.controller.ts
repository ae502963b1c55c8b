import { Body, Controller, Get, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { NotFound } from '@aftersales/kernel';
import { CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { FinanceRuntime } from '../../finance.runtime';
import { caseIdParam } from '../../finance.params';
import { CUSTOMER_TOTALS, WATCH_LIST } from '../../finance.responses';
import { AUDITORS, WATCHERS } from '../../finance.roles';
import { JOURNAL } from '../../ledger/journal-read/journal.projection';
import { CustomerTermsDto } from './customer-totals.dto';

interface TotalsRow {
  customer_id: string;
  currency: string;
  purchased_minor: string;
  exchanged_minor: string;
  period_from: string;
  period_to: string | null;
  exchange_limit_bp: number | null;
  over_limit: boolean;
  as_of: Date;
}

const view = (r: TotalsRow) => ({
  customerId: r.customer_id,
  purchased: { amountMinor: Number(r.purchased_minor), currency: r.currency },
  exchanged: { amountMinor: Number(r.exchanged_minor), currency: r.currency },
  periodFrom: r.period_from,
  periodTo: r.period_to,
  exchangeLimitBp: r.exchange_limit_bp,
  overLimit: r.over_limit,
  asOf: r.as_of,
});

const SELECT = `SELECT customer_id, currency, purchased_minor, exchanged_minor, to_char(period_from, 'YYYY-MM-DD') AS period_from,
  to_char(period_to, 'YYYY-MM-DD') AS period_to, exchange_limit_bp, over_limit, as_of FROM finance.customer_totals`;

/** FIN-7: per-customer purchases against returned/exchanged value, and who is over the limit. */
@Controller('customers')
export class CustomerTotalsController {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  @Put(':customerId/terms')
  @HttpCode(200)
  @ApiOkResponse({ description: "the customer's totals after the change", schema: CUSTOMER_TOTALS })
  @Roles(...AUDITORS)
  async setTerms(
    @Param('customerId', caseIdParam) customerId: string,
    @Body() dto: CustomerTermsDto,
    @CurrentAccess() access: Access,
  ) {
    const { state } = await this.runtime.parts.customers.execute({
      type: 'SetCustomerTerms',
      customerId,
      purchased: { amountMinor: dto.purchased.amountMinor, currency: dto.purchased.currency },
      periodFrom: dto.periodFrom,
      ...(dto.periodTo ? { periodTo: dto.periodTo } : {}),
      exchangeLimitBp: dto.exchangeLimitBp,
      by: { userId: access.principal.userId, role: 'finance-officer' },
    });
    return { customerId, ...(state.exists ? state.totals : {}) };
  }

  /** FIN-7: the customers over their exchange-rate limit, for the operations head and executives. */
  @Get('watch-list')
  @ApiOkResponse({ description: 'customers over their exchange-rate limit', schema: WATCH_LIST })
  @Roles(...WATCHERS)
  @ReadModel(JOURNAL)
  async watchList() {
    const rows: TotalsRow[] = await this.runtime.dataSource.query(
      `${SELECT} WHERE over_limit ORDER BY customer_id`,
    );
    return { items: rows.map(view) };
  }

  @Get(':customerId/totals')
  @ApiOkResponse({ description: "the customer's totals", schema: CUSTOMER_TOTALS })
  @Roles(...WATCHERS)
  @ReadModel(JOURNAL)
  async totals(@Param('customerId', caseIdParam) customerId: string) {
    const rows: TotalsRow[] = await this.runtime.dataSource.query(`${SELECT} WHERE customer_id = $1`, [
      customerId,
    ]);
    if (!rows[0]) throw new NotFound('customer totals', customerId);
    return view(rows[0]);
  }
}
