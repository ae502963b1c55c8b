import { topicOf } from '@aftersales/contracts';
import { deriveEventId } from '@aftersales/messaging';
import { defineService } from '@aftersales/platform';
import { warehouseReturnsAudit } from './rma/rma.audit';
import { IntakeReturnsController } from './intake-returns/intake-returns.http.controller';
import { CustomerTotalsController } from './customer-totals/customer-totals.http.controller';
import { WarehouseReturnsSchema1765100000000 } from './migrations/1765100000000-warehouse-returns-schema';
import { warehouseReturnsPublicEvents } from './public-events/warehouse-returns-public-events';
import { warehouseReturnsReactions } from './reactions/warehouse-returns.reactions';
import { ApproveController } from './rma/approve/approve.http.controller';
import { ChangeRmaHandler } from './rma/change-rma.handler';
import { RefusedGoodsController } from './rma/qc/qc.http.controller';
import { ReceiveGoodsController } from './rma/receive/receive.http.controller';
import { SettleController } from './rma/settle/settle.http.controller';
import { StockInController } from './rma/stock-in/stock-in.http.controller';
import { TransportController } from './rma/transport/transport.http.controller';
import { RECEIPT_DEADLINE, ReceiptDeadlineTimers } from './rma/receipt-deadline/receipt-deadline.timers';
import { RequestReturnController } from './rma/request-return/request-return.http.controller';
import { RequestReturnHandler } from './rma/request-return/request-return.handler';
import { RmaListRow } from './rma/rma-list/rma-list.entity';
import { RmaListProjection } from './rma/rma-list/rma-list.projection';
import { GetRmaHandler, ListRmasHandler, ListTransportOrdersHandler } from './rma/rma-list/rma-list.queries';
import { ReturnRequestsController } from './rma/rma-list/rma-list.http.controller';
import { TransportOrderRow } from './rma/transport-orders/transport-order.entity';
import { WarehouseReturnsConfig } from './warehouse-returns.config';
import { warehouseReturnsParts, warehouseReturnsSettings } from './warehouse-returns.runtime';

/** Warehouse returns: return and exchange requests from request to receipt (RET-1..RET-8, CLM-7). */
export const warehouseReturnsService = defineService({
  name: 'warehouse-returns',
  config: WarehouseReturnsConfig,
  streams: { published: ['rma'] },
  settings: warehouseReturnsSettings,
  readModels: {
    entities: [RmaListRow, TransportOrderRow],
    migrations: [WarehouseReturnsSchema1765100000000],
    projections: () => [new RmaListProjection()],
  },
  parts: warehouseReturnsParts,
  followers: ({ timers }) => [new ReceiptDeadlineTimers(timers)],
  // On /metrics as deadline misses when they record events: a return's receipt deadline passed.
  deadlines: [RECEIPT_DEADLINE],
  timers: {
    // RET-8: a missed receipt is reported once: the event's id derives from the timer's.
    [RECEIPT_DEADLINE]:
      ({ parts }) =>
      (timer) =>
        parts.rmas.execute(
          { type: 'CheckReceiptDeadline', rmaId: (timer.payload as { rmaId: string }).rmaId },
          { eventIds: (i) => deriveEventId(timer.id, `receipt-deadline#${i}`) },
        ),
  },
  publicEvents: {
    topic: (config) => config.WAREHOUSE_RETURNS_EVENTS_TOPIC ?? topicOf('warehouse-returns'),
    mapper: warehouseReturnsPublicEvents,
  },
  reactions: [
    {
      // FIN-7 totals, intake's return/exchange cases, QC's decisions on received goods.
      name: 'upstream',
      topics: (config) => [
        config.FINANCE_EVENTS_TOPIC ?? topicOf('finance'),
        config.INTAKE_EVENTS_TOPIC ?? topicOf('intake'),
        config.QUALITY_INSPECTION_EVENTS_TOPIC ?? topicOf('quality-inspection'),
      ],
      groupId: (config) => config.WAREHOUSE_RETURNS_CONSUMER_GROUP,
      handler: ({ parts, clock }) => warehouseReturnsReactions(parts.rmas, clock),
    },
  ],
  audit: warehouseReturnsAudit,
  http: {
    controllers: [
      RequestReturnController,
      ApproveController,
      TransportController,
      ReceiveGoodsController,
      RefusedGoodsController,
      StockInController,
      SettleController,
      ReturnRequestsController,
      CustomerTotalsController,
      IntakeReturnsController,
    ],
    providers: [
      RequestReturnHandler,
      ChangeRmaHandler,
      ListRmasHandler,
      GetRmaHandler,
      ListTransportOrdersHandler,
    ],
  },
});
