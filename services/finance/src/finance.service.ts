import { topicOf } from '@aftersales/contracts';
import { defineService } from '@aftersales/platform';
import { financeAudit } from './finance.audit';
import { FinanceConfig } from './finance.config';
import { financeParts, financeSettings } from './finance.runtime';
import { AuditCostController } from './ledger/audit-cost/audit-cost.http.controller';
import { ChangeLedgerHandler } from './ledger/change-ledger.handler';
import { FinanceQueriesController } from './ledger/journal-read/finance-queries.http.controller';
import {
  GetCaseMoneyHandler,
  GetCostReportHandler,
  GetTrialBalanceHandler,
  ListCostsHandler,
} from './ledger/journal-read/finance.queries';
import { CostRow, JournalLineRow } from './ledger/journal-read/journal.entities';
import { JournalExportController } from './ledger/journal-export/journal-export.http.controller';
import { InvoicesController } from './ledger/journal-read/invoices.http.controller';
import { JournalProjection } from './ledger/journal-read/journal.projection';
import { LEDGER } from './ledger/ledger.decider';
import { ClosePeriodController } from './period/close-period/close-period.http.controller';
import { PERIOD } from './period/period.decider';
import { CUSTOMER } from './customer/customer.decider';
import { CustomerTotalsController } from './customer/customer-totals/customer-totals.http.controller';
import { RecordCostController } from './ledger/record-cost/record-cost.http.controller';
import { FinanceSchema1764000000000 } from './migrations/1764000000000-finance-schema';
import { AccountBalance1767000000000 } from './migrations/1767000000000-account-balance';
import { financePublicEvents } from './public-events/finance-public-events';
import { caseMoneyReactions } from './reactions/case-money.reactions';

/** Finance: case costs, their audit, the double-entry ledger and allocation by responsibility (FIN-1 … FIN-9). */
export const financeService = defineService({
  name: 'finance',
  config: FinanceConfig,
  // FIN-8: the kit refuses an event store that cannot check this (EventStoreDB); finance runs on PostgreSQL.
  conditionalAppends:
    "FIN-8: a cost's posting is appended on condition that its branch's month was not closed since the decision read it",
  streams: { published: [LEDGER, CUSTOMER], internal: [PERIOD] },
  settings: financeSettings,
  readModels: {
    entities: [JournalLineRow, CostRow],
    migrations: [FinanceSchema1764000000000, AccountBalance1767000000000],
    projections: (settings) => [new JournalProjection(settings.timeZone)],
  },
  parts: financeParts,
  publicEvents: {
    topic: (config) => config.FINANCE_EVENTS_TOPIC ?? topicOf('finance'),
    mapper: financePublicEvents,
  },
  reactions: [
    {
      // FIN-1 costs of visits and take-back repairs; FIN-3 attributions and their supersessions; FIN-6 confirmed claims; FIN-7 returns stocked in.
      name: 'case-money',
      topics: (config) => [
        config.DISPATCH_EVENTS_TOPIC ?? topicOf('dispatch'),
        config.QUALITY_INSPECTION_EVENTS_TOPIC ?? topicOf('quality-inspection'),
        config.CLAIMS_EVENTS_TOPIC ?? topicOf('claims'),
        config.WAREHOUSE_RETURNS_EVENTS_TOPIC ?? topicOf('warehouse-returns'),
      ],
      groupId: (config) => config.FINANCE_CONSUMER_GROUP,
      handler: ({ parts }) => caseMoneyReactions(parts),
    },
  ],
  audit: financeAudit,
  http: {
    controllers: [
      RecordCostController,
      AuditCostController,
      FinanceQueriesController,
      ClosePeriodController,
      CustomerTotalsController,
      JournalExportController,
      InvoicesController,
    ],
    providers: [
      ChangeLedgerHandler,
      GetCaseMoneyHandler,
      ListCostsHandler,
      GetTrialBalanceHandler,
      GetCostReportHandler,
    ],
  },
});
