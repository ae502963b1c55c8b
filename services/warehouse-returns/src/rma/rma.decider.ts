import type { Aggregate, Decider } from '@aftersales/cqrs';
import {
  approveSpecialCase,
  confirmRequest,
  signForm,
  type ApproveSpecialCase,
  type ConfirmRequest,
  type SignForm,
} from './approve/approve.decide';
import {
  disposeRefusedGoods,
  recordQcRefusal,
  recordQcSignature,
  type DisposeRefusedGoods,
  type RecordQcRefusal,
  type RecordQcSignature,
} from './qc/qc.decide';
import { receiveGoods, type ReceiveGoods } from './receive/receive.decide';
import { requestReturn, type RequestReturn } from './request-return/request-return.decide';
import type { CustomerTotals, RmaContext } from './rma.decide-context';
import type { RmaEvent } from './rma.events';
import type { ReturnsPolicy } from './rma.policy';
import { evolveRma, initialRmaState, type RmaState } from './rma.state';
import { requestRefund, shipExchange, type RequestRefund, type ShipExchange } from './settle/settle.decide';
import {
  checkReceiptDeadline,
  markReceiptSent,
  stockIn,
  type CheckReceiptDeadline,
  type MarkReceiptSent,
  type StockIn,
} from './stock-in/stock-in.decide';
import {
  issueTransportOrder,
  recordArrival,
  recordPickUp,
  type IssueTransportOrder,
  type RecordArrival,
  type RecordPickUp,
} from './transport/transport.decide';

export type RmaCommand =
  | RequestReturn
  | ConfirmRequest
  | SignForm
  | ApproveSpecialCase
  | RecordArrival
  | IssueTransportOrder
  | RecordPickUp
  | ReceiveGoods
  | RecordQcSignature
  | RecordQcRefusal
  | DisposeRefusedGoods
  | StockIn
  | MarkReceiptSent
  | CheckReceiptDeadline
  | ShipExchange
  | RequestRefund;

/** A return or exchange request (RMA), RET-1 … RET-8: each step decided in its use case's folder. */
export const rmaDecider: Decider<RmaCommand, RmaEvent, RmaState, RmaContext> = {
  initialState: initialRmaState,
  evolve: evolveRma,
  decide(command, state, context) {
    switch (command.type) {
      case 'RequestReturn':
        return requestReturn(command, state, context);
      case 'ConfirmRequest':
        return confirmRequest(command, state, context);
      case 'SignForm':
        return signForm(command, state, context);
      case 'ApproveSpecialCase':
        return approveSpecialCase(command, state, context);
      case 'RecordArrival':
        return recordArrival(command, state, context);
      case 'IssueTransportOrder':
        return issueTransportOrder(command, state, context);
      case 'RecordPickUp':
        return recordPickUp(command, state, context);
      case 'ReceiveGoods':
        return receiveGoods(command, state, context);
      case 'RecordQcSignature':
        return recordQcSignature(command, state);
      case 'RecordQcRefusal':
        return recordQcRefusal(command, state, context);
      case 'DisposeRefusedGoods':
        return disposeRefusedGoods(command, state, context);
      case 'StockIn':
        return stockIn(command, state, context);
      case 'MarkReceiptSent':
        return markReceiptSent(command, state, context);
      case 'CheckReceiptDeadline':
        return checkReceiptDeadline(command, state, context);
      case 'ShipExchange':
        return shipExchange(command, state, context);
      case 'RequestRefund':
        return requestRefund(command, state, context);
    }
  },
};

export const RMA_CATEGORY = 'rma';
export const rmaStreamId = (rmaId: string) => `${RMA_CATEGORY}-${rmaId}`;

/** The RMA aggregate: a new unsalable request looks up the customer's totals (RET-2, FIN-7). */
export function rmaAggregate(
  policy: ReturnsPolicy,
  totalsOf: (customerId: string) => Promise<CustomerTotals | undefined>,
): Aggregate<RmaCommand, RmaEvent, RmaState, RmaContext> {
  return {
    category: RMA_CATEGORY,
    idOf: (command) => command.rmaId,
    decider: rmaDecider,
    context: async (now, command, state) =>
      command.type === 'RequestReturn' && !state.exists && command.lines.some((l) => l.reason === 'unsalable')
        ? { now, policy, totals: await totalsOf(command.customerId) }
        : { now, policy },
  };
}
