import { contracts } from '@aftersales/contracts';
import { givenWhenThen } from '@aftersales/cqrs';
import type { RecordedEvent } from '@aftersales/event-store';
import { rmaDecider, type RmaCommand } from '../rma/rma.decider';
import type { RmaEvent } from '../rma/rma.events';
import { contextAt, line, request, T0 } from '../rma/rma.fixtures';
import { PRIVATE_EVENTS, warehouseReturnsPublicEvents } from './warehouse-returns-public-events';

const given = givenWhenThen(rmaDecider, contextAt(), T0);
const run = (history: RmaEvent[], ...commands: RmaCommand[]) =>
  commands.reduce<RmaEvent[]>((events, c) => [...events, ...given(events).when(c).events()], history);
const r1 = { rmaId: 'r1' };
const recorded = (e: RmaEvent) => ({ type: e.type, data: e.data }) as unknown as RecordedEvent;

/** Every kind of event a request can have, from request to receipt and refund. */
function everyEvent(): RmaEvent[] {
  const late = new Date('2026-03-04T00:00:00Z');
  const q = run(
    [],
    request({ caseId: 'case-1', lines: [line({ reason: 'quality' })] }),
    { type: 'SignForm', ...r1, role: 'after-sales-head', by: 'ash' },
    { type: 'RecordArrival', ...r1, station: 'st' },
    { type: 'IssueTransportOrder', ...r1, driverId: 'drv', driverName: 'Li', vehicle: 'V1' },
    { type: 'RecordPickUp', ...r1, by: 'drv' },
    { type: 'ReceiveGoods', ...r1 },
    { type: 'SignForm', ...r1, role: 'operations-head', by: 'ops' },
    { type: 'RecordQcSignature', ...r1, inspectionId: 'i', by: 'qc', signedAt: T0.toISOString() },
    { type: 'StockIn', ...r1 },
    {
      type: 'ShipExchange',
      ...r1,
      replacements: [{ lineNo: 1, model: 'KYN28-12', replacementSerial: 'SN-9' }],
    },
  );
  const missed = given(q)
    .when({ type: 'CheckReceiptDeadline', ...r1 }, late)
    .events();
  const refund = run(q.slice(0, -2), { type: 'RequestRefund', ...r1 });
  const rejected = given([])
    .when(request({ lines: [line({ quantity: 50 })] }))
    .events();
  const special = run(rejected, { type: 'ApproveSpecialCase', ...r1, by: 'exec', reason: 'strategic' });
  const confirmed = run(given([]).when(request()).events(), { type: 'ConfirmRequest', ...r1, by: 'clerk' });
  const refused = run(
    q.slice(0, 7),
    { type: 'RecordQcRefusal', ...r1, inspectionId: 'i', explanation: 'customer damage' },
    { type: 'DisposeRefusedGoods', ...r1, disposition: 'scrapped-with-consent' },
  );
  const sent = run(q.slice(0, -2), { type: 'MarkReceiptSent', ...r1 });
  return [...q, ...missed, ...refund, ...special, ...confirmed, ...refused, ...sent];
}

describe('warehouse returns’ public events', () => {
  const events = everyEvent();

  it('every internal event is either published under a contract or named private with a reason', () => {
    for (const event of events) {
      const mapped = warehouseReturnsPublicEvents(recorded(event));
      if (mapped) expect(() => contracts.assertPublishable(mapped.type, mapped.payload)).not.toThrow();
      else expect(PRIVATE_EVENTS[event.type]).toBeDefined();
    }
  });

  it('every warehouse-returns contract is published by some event, keyed by the request', () => {
    const published = events
      .map((e) => warehouseReturnsPublicEvents(recorded(e)))
      .filter((p) => p !== undefined);
    expect([...new Set(published.map((p) => p.type))].sort()).toEqual(
      contracts.types().filter((t) => t.startsWith('warehouse-returns.')),
    );
    expect(new Set(published.map((p) => p.key))).toEqual(new Set(['r1']));
  });

  it('RET-6: a QC refusal is published as a rejection naming RET-6 with QC’s explanation', () => {
    const refusal = events.find((e) => e.type === 'ReturnRefusedByQc')!;
    expect(warehouseReturnsPublicEvents(recorded(refusal))).toMatchObject({
      type: 'warehouse-returns.return-rejected.v1',
      payload: { rule: 'RET-6', explanation: 'customer damage', inspectionId: 'i' },
    });
  });

  it('AUD-4: the driver’s name stays inside; the transport order names the driver by id', () => {
    const issued = events.find((e) => e.type === 'TransportOrderIssued')!;
    expect(warehouseReturnsPublicEvents(recorded(issued))!.payload).not.toHaveProperty('driverName');
  });
});
