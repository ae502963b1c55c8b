import type { ContractDefinition } from '../contract-definition';
import exchangeShipped from '../../schemas/warehouse-returns/exchange-shipped.v1.schema.json';
import receiptDeadlineMissed from '../../schemas/warehouse-returns/receipt-deadline-missed.v1.schema.json';
import refundRequested from '../../schemas/warehouse-returns/refund-requested.v1.schema.json';
import returnApproved from '../../schemas/warehouse-returns/return-approved.v1.schema.json';
import returnReceived from '../../schemas/warehouse-returns/return-received.v1.schema.json';
import returnRejected from '../../schemas/warehouse-returns/return-rejected.v1.schema.json';
import returnRequested from '../../schemas/warehouse-returns/return-requested.v1.schema.json';
import returnStockedIn from '../../schemas/warehouse-returns/return-stocked-in.v1.schema.json';
import serialReplaced from '../../schemas/warehouse-returns/serial-replaced.v1.schema.json';
import transportOrderIssued from '../../schemas/warehouse-returns/transport-order-issued.v1.schema.json';

/** Every public event warehouse returns can publish; keyed by the request, so its events stay in order. */
export const warehouseReturnsContracts: readonly ContractDefinition[] = [
  returnRequested,
  returnApproved,
  returnRejected,
  transportOrderIssued,
  returnReceived,
  returnStockedIn,
  receiptDeadlineMissed,
  exchangeShipped,
  serialReplaced,
  refundRequested,
].map((schema) => ({ type: schema.title, schema, key: 'the return request id (rmaId)' }));
