import { Body, Controller, Get, HttpCode, Inject, Param, Put, Query } from '@nestjs/common';
import { BranchFrom, Roles, ValidationFailed } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { NotFound } from '@aftersales/kernel';
import { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';
import { ExchangeRateQuery, OpeningBalancesDto } from './customer-totals.dto';
import { readTotals, recordBalance } from './customer-totals.store';

const money = {
  type: 'object',
  required: ['amountMinor', 'currency'],
  properties: { amountMinor: { type: 'integer', description: 'minor units' }, currency: { type: 'string' } },
};
/** RET-2/FIN-7: a customer's purchases and exchanges of the period, the rate and the region's limit. */
const EXCHANGE_RATE = {
  type: 'object',
  required: [
    'customerId',
    'purchased',
    'exchanged',
    'periodFrom',
    'asOf',
    'source',
    'rateBp',
    'limitBp',
    'withinLimit',
  ],
  properties: {
    customerId: { type: 'string' },
    purchased: money,
    exchanged: money,
    periodFrom: { type: 'string', format: 'date' },
    periodTo: { type: 'string', format: 'date' },
    asOf: { type: 'string', format: 'date-time' },
    source: { type: 'string', description: 'where the totals came from (opening-balance, …)' },
    rateBp: {
      type: 'integer',
      nullable: true,
      description: 'exchanged ÷ purchased, basis points; null: no purchases',
    },
    limitBp: { type: 'integer', description: "the limit of the branch's region, basis points" },
    withinLimit: { type: 'boolean' },
  },
};

/** FIN-7 as kept here: finance's totals per customer, which RET-2's check reads. */
@Controller()
export class CustomerTotalsController {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  /**
   * Ops load finance's opening balances before finance publishes its own events. Idempotent:
   * the same balances again change nothing; figures older than those held are skipped.
   */
  @Put('customer-totals/opening-balances')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'how many balances were applied and how many were already as new',
    schema: {
      type: 'object',
      required: ['applied', 'unchanged'],
      properties: { applied: { type: 'integer' }, unchanged: { type: 'integer' } },
    },
  })
  @Roles('finance-officer', 'operations-head')
  async openingBalances(@Body() dto: OpeningBalancesDto) {
    const mixed = dto.balances.findIndex((b) => b.purchased.currency !== b.exchanged.currency);
    if (mixed >= 0)
      throw new ValidationFailed([
        {
          field: `balances[${mixed}].exchanged.currency`,
          reason: 'purchases and exchanges are in one currency',
        },
      ]);
    let applied = 0;
    await this.runtime.dataSource.transaction(async (em) => {
      for (const balance of dto.balances)
        if (await recordBalance(em, balance, 'opening-balance')) applied += 1;
    });
    return { applied, unchanged: dto.balances.length - applied };
  }

  /** RET-2/FIN-7: the customer's exchange rate against the limit of the branch's region. */
  @Get('customers/:customerId/exchange-rate')
  @ApiOkResponse({ description: "the customer's totals, rate and limit", schema: EXCHANGE_RATE })
  @Roles(
    'intake-clerk',
    'after-sales-head',
    'operations-head',
    'finance-officer',
    'executive',
    'branch-manager',
  )
  @BranchFrom({ query: 'branch' })
  async exchangeRate(@Param('customerId') customerId: string, @Query() query: ExchangeRateQuery) {
    const totals = await readTotals(this.runtime.dataSource, customerId);
    if (!totals) throw new NotFound('customer totals', customerId);
    const limitBp = this.runtime.settings.policy.exchangeRateLimitBp(query.branch);
    const rateBp =
      totals.purchased.amountMinor > 0
        ? Math.ceil((totals.exchanged.amountMinor * 10_000) / totals.purchased.amountMinor)
        : null;
    return { ...totals, rateBp, limitBp, withinLimit: rateBp !== null && rateBp <= limitBp };
  }
}
