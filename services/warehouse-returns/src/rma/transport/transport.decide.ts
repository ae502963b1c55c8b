import { RuleViolation } from '@aftersales/kernel';
import { doneAlready, existing, inStatus, type RmaContext } from '../rma.decide-context';
import type { RmaEvent } from '../rma.events';
import type { RmaState } from '../rma.state';

export interface RecordArrival {
  readonly type: 'RecordArrival';
  readonly rmaId: string;
  readonly station: string;
}
export interface IssueTransportOrder {
  readonly type: 'IssueTransportOrder';
  readonly rmaId: string;
  readonly driverId: string;
  readonly driverName: string;
  readonly vehicle: string;
}
export interface RecordPickUp {
  readonly type: 'RecordPickUp';
  readonly rmaId: string;
  /** The driver collecting the goods. */
  readonly by: string;
}

/** The return transport order's number (退货运输单): one per request. */
export const transportOrderNo = (rmaId: string) => `TO-${rmaId.replace(/-/g, '').slice(0, 12).toUpperCase()}`;

/** RET-5: the freight station notifies that the customer's shipment arrived. */
export function recordArrival(command: RecordArrival, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  inStatus(rma, 'RET-5', 'an arrival notice', 'approved');
  if (rma.arrival) return [];
  return [
    {
      type: 'ArrivalNotified',
      data: { rmaId: rma.rmaId, branch: rma.branch, station: command.station, notifiedAt: now.toISOString() },
    },
  ];
}

/** RET-5: on the arrival notice the after-sales head issues a transport order to a named driver. */
export function issueTransportOrder(
  command: IssueTransportOrder,
  state: RmaState,
  { now }: RmaContext,
): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  inStatus(rma, 'RET-5', 'a transport order', 'approved');
  if (!rma.arrival)
    throw new RuleViolation('RET-5', 'a transport order is issued once the freight station notifies arrival');
  if (rma.transportOrder)
    doneAlready('RET-5', `transport order ${rma.transportOrder.orderNo} was issued already`);
  return [
    {
      type: 'TransportOrderIssued',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        orderNo: transportOrderNo(rma.rmaId),
        driverId: command.driverId,
        driverName: command.driverName,
        vehicle: command.vehicle,
        issuedAt: now.toISOString(),
      },
    },
  ];
}

/** RET-5: a driver may not collect returns without a transport order naming them. */
export function recordPickUp(command: RecordPickUp, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  const order = rma.transportOrder;
  if (!order)
    throw new RuleViolation(
      'RET-5',
      'no transport order was issued for this return: the driver may not collect it',
    );
  if (order.driverId !== command.by)
    throw new RuleViolation(
      'RET-5',
      `transport order ${order.orderNo} names driver ${order.driverId}, not ${command.by}`,
    );
  if (order.pickedUpAt) return [];
  return [
    {
      type: 'GoodsPickedUp',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        orderNo: order.orderNo,
        driverId: command.by,
        pickedUpAt: now.toISOString(),
      },
    },
  ];
}
