import { givenWhenThen } from '@aftersales/cqrs';
import { Conflict, NotFound } from '@aftersales/kernel';
import { rmaDecider, type RmaCommand } from './rma.decider';
import type { RmaEvent } from './rma.events';
import { contextAt, line, request, T0 } from './rma.fixtures';

const given = givenWhenThen(rmaDecider, contextAt(), T0);
const givenNoTotals = givenWhenThen(rmaDecider, contextAt('none'), T0);
const r1 = { rmaId: 'r1' };

/** Runs commands in order from a history, each deciding on the events before it. */
function run(history: RmaEvent[], ...commands: RmaCommand[]): RmaEvent[] {
  return commands.reduce((events, command) => [...events, ...given(events).when(command).events()], history);
}
const requested = (over = {}) => given([]).when(request(over)).events();
const quality = () => requested({ lines: [line({ reason: 'quality' })] });
const staff = { type: 'ConfirmRequest', ...r1, by: 'clerk-1' } as const;
const opsHead = { type: 'SignForm', ...r1, role: 'operations-head', by: 'ops-1' } as const;
const asHead = { type: 'SignForm', ...r1, role: 'after-sales-head', by: 'ash-1' } as const;
const qc = {
  type: 'RecordQcSignature',
  ...r1,
  inspectionId: 'insp-1',
  by: 'qc-1',
  signedAt: T0.toISOString(),
} as const;
const arrival = { type: 'RecordArrival', ...r1, station: 'Hangzhou East freight' } as const;
const order = {
  type: 'IssueTransportOrder',
  ...r1,
  driverId: 'drv-1',
  driverName: 'Li Wei',
  vehicle: '浙A-12345',
} as const;
const pickUp = { type: 'RecordPickUp', ...r1, by: 'drv-1' } as const;
const receive = { type: 'ReceiveGoods', ...r1 } as const;
const stockIn = { type: 'StockIn', ...r1 } as const;
const approvedUnsalable = () => run(requested(), staff, opsHead);
const received = () => run(approvedUnsalable(), arrival, order, pickUp, receive);

describe('a return request (RET-1)', () => {
  it('RET-1: the line-item form is numbered and priced in integer minor units, the total summed', () => {
    const [event] = given([])
      .when(request({ lines: [line({ reason: 'quality' })] }))
      .events();
    expect(event).toMatchObject({
      type: 'ReturnRequested',
      data: {
        reason: 'quality',
        lines: [
          {
            lineNo: 1,
            quantity: 2,
            amount: { amountMinor: 1_000_000, currency: 'CNY' },
            originalOrder: { ref: 'SO-2026-0042' },
          },
        ],
        total: { amountMinor: 1_000_000, currency: 'CNY' },
      },
    });
  });

  it('RET-1: a zero quantity, a currency mismatch, mixed reasons or no serial/lot are refused naming the line', () => {
    given([])
      .when(request({ lines: [line({ quantity: 0 })] }))
      .thenThrows('RET-1', /line 1: quantity/);
    given([])
      .when(request({ lines: [line(), line({ unitPrice: { amountMinor: 1, currency: 'EUR' } })] }))
      .thenThrows('RET-1', /line 2: currency EUR differs from CNY/);
    given([])
      .when(request({ lines: [line(), line({ reason: 'quality' })] }))
      .thenThrows('RET-1', /one reason/);
    given([])
      .when(request({ lines: [line({ serialNumber: undefined })] }))
      .thenThrows('RET-1', /serial number or a lot/);
  });

  it('RET-1: the same request again decides nothing', () => {
    given(requested()).when(request()).then([]);
  });
});

describe('unsalable exchanges against the limits (RET-2, RET-3)', () => {
  it('RET-2: within the exchange-rate and time limits the request waits for confirmation, with the check recorded', () => {
    const [event, ...rest] = requested();
    expect(rest).toEqual([]);
    expect(event.data).toMatchObject({
      limitCheck: {
        limitBp: 500,
        currentRateBp: 300,
        resultingRateBp: 400,
        withinRate: true,
        withinTime: true,
      },
    });
  });

  it('RET-2: over the rate it is rejected with the limit, the current rate and the rate this request would make', () => {
    const events = given([])
      .when(request({ lines: [line({ quantity: 5 })] }))
      .events();
    expect(events[1]).toMatchObject({
      type: 'ReturnRejected',
      data: {
        rule: 'RET-2',
        limitCheck: { limitBp: 500, currentRateBp: 300, resultingRateBp: 550, withinRate: false },
      },
    });
    expect((events[1].data as { explanation: string }).explanation).toBe(
      "RET-2: exchange rate limit 5.00 %: the customer's rate is 3.00 % (3000000 of 100000000 CNY minor units) and this request would make it 5.50 %",
    );
  });

  it("RET-2: the limit is the branch's region's (NB 8 %)", () => {
    const [event, ...rest] = given([])
      .when(request({ branch: 'NB', lines: [line({ quantity: 5 })] }))
      .events();
    expect(rest).toEqual([]);
    expect(event.data).toMatchObject({ limitCheck: { limitBp: 800, withinRate: true } });
  });

  it('RET-2: past the time limit after delivery it is rejected with the days', () => {
    const events = given([])
      .when(request({ lines: [line({ originalOrder: { ref: 'SO-1', deliveredOn: '2025-10-01' } })] }))
      .events();
    expect(events[1].data).toMatchObject({
      rule: 'RET-2',
      explanation: expect.stringMatching(
        /time limit 90 days after delivery: delivered on 2025-10-01, 152 days ago/,
      ),
    });
  });

  it('RET-2: a customer with no purchases on record is over any limit', () => {
    const events = givenNoTotals([]).when(request()).events();
    expect(events[1].data).toMatchObject({
      rule: 'RET-2',
      limitCheck: { currentRateBp: null, withinRate: false },
    });
  });

  it('RET-2: totals kept in another currency are refused, not compared', () => {
    given([])
      .when(request({ lines: [line({ unitPrice: { amountMinor: 1, currency: 'EUR' } })] }))
      .thenThrows('RET-2', /kept in CNY/);
  });

  it('RET-3: the staff confirm, the operations head approves', () => {
    const events = approvedUnsalable();
    expect(events.map((e) => e.type)).toEqual([
      'ReturnRequested',
      'RequestConfirmed',
      'FormSigned',
      'ReturnApproved',
    ]);
  });

  it('RET-3: the operations head cannot approve before the staff confirmed', () => {
    given(requested())
      .when(opsHead)
      .thenThrows('RET-3', /needs the request confirmed/);
  });

  it('RET-3: a rejected request is signed by nobody; an executive approves it as a special case with a reason', () => {
    const rejected = requested({ lines: [line({ quantity: 5 })] });
    given(rejected).when(staff).thenThrows('RET-3');
    given(rejected)
      .when(opsHead)
      .thenThrows('RET-3', /rejected/);
    const special = run(
      rejected,
      { type: 'ApproveSpecialCase', ...r1, by: 'exec-1', reason: 'strategic customer' },
      staff,
      opsHead,
    );
    expect(special.map((e) => e.type)).toEqual([
      'ReturnRequested',
      'ReturnRejected',
      'SpecialCaseApproved',
      'RequestConfirmed',
      'FormSigned',
      'ReturnApproved',
    ]);
  });

  it('RET-3: a special case needs a request rejected over its limits', () => {
    given(requested())
      .when({ type: 'ApproveSpecialCase', ...r1, by: 'exec-1', reason: 'x' })
      .thenThrows('RET-3');
  });
});

describe('quality returns (RET-4)', () => {
  it('RET-4: the after-sales head reviews and signs, which approves it', () => {
    const events = run(quality(), asHead);
    expect(events.slice(1).map((e) => e.type)).toEqual(['FormSigned', 'ReturnApproved']);
  });

  it('RET-4: staff confirmation is not how a quality return is approved', () => {
    given(quality()).when(staff).thenThrows('RET-4');
  });

  it('RET-7: a second signature of the same role is a conflict (409)', () => {
    given(run(quality(), asHead))
      .when(asHead)
      .thenThrows(Conflict, /signed the form already/);
  });
});

describe('transport (RET-5)', () => {
  it('RET-5: the arrival notice, then a transport order to a named driver and vehicle, then the pick-up', () => {
    const events = run(approvedUnsalable(), arrival, order, pickUp);
    expect(events.slice(-3)).toMatchObject([
      { type: 'ArrivalNotified', data: { station: 'Hangzhou East freight' } },
      { type: 'TransportOrderIssued', data: { orderNo: 'TO-R1', driverId: 'drv-1', vehicle: '浙A-12345' } },
      { type: 'GoodsPickedUp', data: { orderNo: 'TO-R1', driverId: 'drv-1' } },
    ]);
  });

  it('RET-5: a pick-up without a transport order is refused', () => {
    given(run(approvedUnsalable(), arrival))
      .when(pickUp)
      .thenThrows('RET-5', /no transport order/);
  });

  it('RET-5: another driver than the one named may not collect', () => {
    given(run(approvedUnsalable(), arrival, order))
      .when({ ...pickUp, by: 'drv-2' })
      .thenThrows('RET-5', /names driver drv-1/);
  });

  it('RET-5: no transport order before the arrival notice or before approval', () => {
    given(approvedUnsalable())
      .when(order)
      .thenThrows('RET-5', /notifies arrival/);
    given(requested()).when(arrival).thenThrows('RET-5');
  });
});

describe('receipt and QC (RET-6)', () => {
  it('RET-6: goods collected by the ordered driver are received as requested', () => {
    expect(received().at(-1)).toMatchObject({
      type: 'GoodsReceived',
      data: { lines: [{ lineNo: 1, quantity: 2 }] },
    });
  });

  it('RET-6: more than requested is refused', () => {
    given(run(approvedUnsalable()))
      .when({ ...receive, lines: [{ lineNo: 1, quantity: 3 }] })
      .thenThrows('RET-1', /received 3, requested 2/);
  });

  it("RET-6: QC's refusal rejects the return with its explanation; the goods are sent back or scrapped", () => {
    const refused = run(received(), {
      type: 'RecordQcRefusal',
      ...r1,
      inspectionId: 'insp-1',
      explanation: 'dropped in transit by the customer',
    });
    given(refused)
      .when(stockIn)
      .thenThrows('RET-6', /dropped in transit/);
    given(refused)
      .when({ type: 'DisposeRefusedGoods', ...r1, disposition: 'returned-to-customer' })
      .then([
        {
          type: 'RefusedGoodsDisposed',
          data: {
            rmaId: 'r1',
            branch: 'HZ',
            disposition: 'returned-to-customer',
            disposedAt: T0.toISOString(),
          },
        },
      ]);
  });
});

describe('QC line by line (RET-6, RET-7)', () => {
  const twoLines = () =>
    run(
      given([])
        .when(
          request({
            lines: [
              line({ reason: 'quality' }),
              line({ reason: 'quality', serialNumber: 'SN-0002', quantity: 1 }),
            ],
          }),
        )
        .events(),
      asHead,
      arrival,
      order,
      pickUp,
      receive,
      opsHead,
    );
  const signLine = (lineNo: number) => ({ ...qc, lineNo, inspectionId: `insp-${lineNo}` });
  const refuseLine = (lineNo: number) => ({
    type: 'RecordQcRefusal' as const,
    ...r1,
    lineNo,
    inspectionId: `insp-${lineNo}`,
    explanation: 'housing cracked by a fall',
  });

  it('RET-7: QC signs the form once every received line is decided; one line signed is not enough', () => {
    const one = run(twoLines(), signLine(1));
    given(one)
      .when(stockIn)
      .thenThrows('RET-7', /missing: QC$/);
    const both = run(one, signLine(2));
    expect(both.at(-1)).toMatchObject({
      type: 'FormSigned',
      data: { signature: { role: 'qc-inspector', userId: 'qc-1' } },
    });
    given(both).when(signLine(2)).then([]);
  });

  it('RET-6: a refused line is rejected with QC’s explanation and left out of the receipt; the rest is stocked in', () => {
    const events = run(twoLines(), refuseLine(2), signLine(1), stockIn);
    expect(events.find((e) => e.type === 'LineInspected')).toMatchObject({
      data: { lineNo: 2, outcome: 'refused', explanation: 'housing cracked by a fall' },
    });
    expect(events.at(-1)).toMatchObject({
      type: 'StockedIn',
      data: { lines: [{ lineNo: 1, quantity: 2 }], total: { amountMinor: 1_000_000 } },
    });
  });

  it('RET-6: every line refused rejects the return, naming each line', () => {
    const events = run(twoLines(), refuseLine(1), refuseLine(2));
    expect(events.at(-1)).toMatchObject({
      type: 'ReturnRefusedByQc',
      data: {
        lineNos: [1, 2],
        explanation: 'line 1: housing cracked by a fall; line 2: housing cracked by a fall',
      },
    });
  });

  it('RET-6: QC cannot decide a line that was not received', () => {
    given(twoLines())
      .when(signLine(3))
      .thenThrows('RET-6', /line 3, which was not received/);
  });
});

describe('stock-in (RET-7) and the return receipt (RET-8)', () => {
  const signedAll = () => run(received(), asHead, qc);

  it.each([
    ['the after-sales head', [qc]],
    ['the operations head', [asHead, qc]],
    ['QC', [asHead]],
  ] as const)('RET-7: stock-in is refused naming %s when that signature is missing', (missing, commands) => {
    const history =
      missing === 'the operations head'
        ? run(
            requested({ lines: [line({ reason: 'quality' })] }),
            asHead,
            arrival,
            order,
            pickUp,
            receive,
            qc,
          )
        : run(received(), ...commands);
    given(history)
      .when(stockIn)
      .thenThrows('RET-7', new RegExp(`missing: ${missing}$`));
  });

  it('RET-7: QC signs only received goods', () => {
    given(approvedUnsalable()).when(qc).thenThrows('RET-6');
  });

  it('RET-8: with all three signatures the stock-in issues the receipt, due before 12:00 the next day, branch time', () => {
    const [event] = given(signedAll()).when(stockIn).events();
    expect(event).toEqual({
      type: 'StockedIn',
      data: {
        rmaId: 'r1',
        branch: 'HZ',
        customerId: 'cust-1',
        receiptNo: 'RR-R1',
        lines: [
          { lineNo: 1, model: 'KYN28-12', quantity: 2, amount: { amountMinor: 1_000_000, currency: 'CNY' } },
        ],
        total: { amountMinor: 1_000_000, currency: 'CNY' },
        stockedInAt: T0.toISOString(),
        receiptDueAt: '2026-03-03T04:00:00.000Z',
      },
    });
  });

  it('RET-7: a second stock-in is a conflict (409)', () => {
    given(run(signedAll(), stockIn))
      .when(stockIn)
      .thenThrows(Conflict, /stocked in already/);
  });

  it('RET-8: the receipt not sent by its deadline is reported missed once; sent in time, nothing', () => {
    const stocked = run(signedAll(), stockIn);
    const late = new Date('2026-03-03T04:00:00.000Z');
    given(stocked)
      .when({ type: 'CheckReceiptDeadline', ...r1 }, late)
      .then([
        {
          type: 'ReceiptDeadlineMissed',
          data: {
            rmaId: 'r1',
            branch: 'HZ',
            receiptNo: 'RR-R1',
            dueAt: late.toISOString(),
            detectedAt: late.toISOString(),
          },
        },
      ]);
    given(run(stocked, { type: 'MarkReceiptSent', ...r1 }))
      .when({ type: 'CheckReceiptDeadline', ...r1 }, late)
      .then([]);
  });

  it('RET-7/CLM-7: the exchange is for the same product, and links the faulty serial to the replacement', () => {
    const stocked = run(signedAll(), stockIn);
    const events = given(stocked)
      .when({
        type: 'ShipExchange',
        ...r1,
        replacements: [{ lineNo: 1, model: 'KYN28-12', replacementSerial: 'SN-0999' }],
      })
      .events();
    expect(events).toMatchObject([
      {
        type: 'ExchangeShipped',
        data: { replacements: [{ lineNo: 1, model: 'KYN28-12', quantity: 2, replacementSerial: 'SN-0999' }] },
      },
      { type: 'SerialReplaced', data: { faultySerial: 'SN-0001', replacementSerial: 'SN-0999' } },
    ]);
    given(stocked)
      .when({
        type: 'ShipExchange',
        ...r1,
        replacements: [{ lineNo: 1, model: 'OTHER', replacementSerial: 'x' }],
      })
      .thenThrows('RET-7', /same product KYN28-12/);
  });

  it('RET-7: an unsalable return is not refunded; a quality return may be, for the amount received', () => {
    given(run(signedAll(), stockIn))
      .when({ type: 'RequestRefund', ...r1 })
      .thenThrows('RET-7', /exchanged/);
    const q = run(quality(), asHead, arrival, order, pickUp, receive, opsHead, qc, stockIn);
    expect(
      given(q)
        .when({ type: 'RequestRefund', ...r1 })
        .events()[0],
    ).toMatchObject({
      type: 'RefundRequested',
      data: { amount: { amountMinor: 1_000_000, currency: 'CNY' } },
    });
  });

  it('an unknown request is 404', () => {
    given([]).when(stockIn).thenThrows(NotFound);
  });
});
