import { Conflict, NotFound } from '@aftersales/kernel';
import { allocateLargestRemainder } from './allocation';
import type { LedgerEvent } from './ledger.events';
import {
  approve,
  at,
  attribute,
  costCommand,
  dept,
  given,
  history,
  OFFICER,
  supplier,
} from './ledger.fixtures';

const entries = (events: readonly LedgerEvent[]) =>
  events.flatMap((e) => (e.type === 'EntryPosted' ? [e.data] : []));

describe('recording costs (FIN-1, FIN-9)', () => {
  it('FIN-1: a cost is recorded against its case with its kind and source event, pending audit', () => {
    given([])
      .when(costCommand())
      .then([
        {
          type: 'CostRecorded',
          data: {
            caseId: 'c1',
            costId: 'k1',
            branch: 'HZ',
            kind: 'parts',
            amount: { amountMinor: 10_000, currency: 'CNY' },
            bearer: 'by-attribution',
            description: 'breaker coil',
            source: { kind: 'event', eventId: 'evt-1', eventType: 'dispatch.cost-incurred.v1' },
            recordedAt: at,
          },
        },
      ]);
  });

  it('FIN-1: the same cost delivered twice is recorded once', () => {
    given(history([costCommand()]))
      .when(costCommand())
      .then([]);
  });

  it('FIN-1: a negative or zero cost is refused', () => {
    given([])
      .when(costCommand({ amount: { amountMinor: -5, currency: 'CNY' } }))
      .thenThrows('FIN-1', /positive/);
  });

  it('FIN-9: fractional minor units are refused', () => {
    given([])
      .when(costCommand({ amount: { amountMinor: 10.5, currency: 'CNY' } }))
      .thenThrows('FIN-9', /integer/);
  });

  it('FIN-9: a cost in another currency than the ledger is refused', () => {
    given([])
      .when(costCommand({ amount: { amountMinor: 100, currency: 'EUR' } }))
      .thenThrows('FIN-9', /kept in CNY, not EUR/);
  });

  it('FIN-2: staff travel cannot be left to attribution', () => {
    given([])
      .when(costCommand({ kind: 'travel', bearer: 'by-attribution' }))
      .thenThrows('FIN-2', /branch or head office/);
  });
});

describe('auditing costs (FIN-1)', () => {
  it('CLM-4/FIN-2: an approved staff cost says it follows no attribution, so no supplier is claimed a share of it', () => {
    const travel = history([costCommand({ kind: 'travel', bearer: 'branch' })]);
    expect(given(travel).when(approve()).events()[0]).toMatchObject({
      type: 'CostApproved',
      data: { costId: 'k1', allocatedByAttribution: false },
    });
    const parts = history([costCommand()]);
    expect(given(parts).when(approve()).events()[0]).toMatchObject({
      data: { costId: 'k1', allocatedByAttribution: true },
    });
  });

  it('FIN-1: nothing is posted before the audit; an approval posts the cost', () => {
    const recorded = history([costCommand()]);
    expect(entries(recorded)).toEqual([]);
    const events = given(recorded).when(approve()).events();
    expect(events[0]).toEqual({
      type: 'CostApproved',
      data: {
        caseId: 'c1',
        costId: 'k1',
        amount: { amountMinor: 10_000, currency: 'CNY' },
        allocatedByAttribution: true,
        approvedBy: OFFICER,
        approvedAt: at,
      },
    });
    expect(entries(events)).toEqual([
      {
        caseId: 'c1',
        entryId: 'c1:1',
        branch: 'HZ',
        currency: 'CNY',
        cause: { kind: 'cost-approved', costId: 'k1' },
        lines: [
          { account: 'manufacturing-cost', debitMinor: 10_000, creditMinor: 0 },
          { account: 'costs-payable', debitMinor: 0, creditMinor: 10_000 },
        ],
        postedAt: at,
      },
    ]);
  });

  it('FIN-1: a rejection keeps the reason and posts nothing', () => {
    given(history([costCommand()]))
      .when({ type: 'RejectCost', caseId: 'c1', costId: 'k1', reason: 'no receipt', by: OFFICER })
      .then([
        {
          type: 'CostRejected',
          data: { caseId: 'c1', costId: 'k1', reason: 'no receipt', rejectedBy: OFFICER, rejectedAt: at },
        },
      ]);
  });

  it('FIN-1: a rejection needs a reason', () => {
    given(history([costCommand()]))
      .when({ type: 'RejectCost', caseId: 'c1', costId: 'k1', reason: ' ', by: OFFICER })
      .thenThrows('FIN-1', /a reason is required/);
  });

  it('FIN-1: approving a rejected cost is a conflict; approving twice changes nothing', () => {
    const rejected = history([
      costCommand(),
      { type: 'RejectCost', caseId: 'c1', costId: 'k1', reason: 'duplicate', by: OFFICER },
    ]);
    given(rejected).when(approve()).thenThrows(Conflict);
    given(history([costCommand(), approve()]))
      .when(approve())
      .then([]);
  });

  it('FIN-1: an unknown cost is not found', () => {
    given(history([costCommand()]))
      .when(approve('nope'))
      .thenThrows(NotFound);
  });
});

describe('who bears what (FIN-2 … FIN-5)', () => {
  const chargedTo = (overrides: Parameters<typeof costCommand>[0]) =>
    entries(
      given(history([costCommand(overrides)]))
        .when(approve())
        .events(),
    )[0].lines[0].account;

  it("FIN-2: a branch engineer's travel is borne by the branch, head office staff's by head office", () => {
    expect(chargedTo({ kind: 'travel', bearer: 'branch' })).toBe('branch-cost:HZ');
    expect(chargedTo({ kind: 'accommodation', bearer: 'head-office' })).toBe('head-office-cost');
  });

  it('FIN-4: a paid-service cost is billed to the customer', () => {
    expect(chargedTo({ kind: 'labour', bearer: 'customer', customerId: 'cust-1' })).toBe(
      'customer-receivable:cust-1',
    );
  });

  it("FIN-4: a share attributed to the customer (non-quality damage) is billed on the case's receivable", () => {
    const events = given(history([costCommand(), approve()]))
      .when(
        attribute('a1', [
          dept('assembly', 2_500),
          { party: 'customer', partyKey: 'customer', shareBp: 7_500 },
        ]),
      )
      .events();
    expect(entries(events)[0].lines).toEqual([
      { account: 'department-cost:assembly', debitMinor: 2_500, creditMinor: 0 },
      { account: 'customer-receivable:c1', debitMinor: 7_500, creditMinor: 0 },
      { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 10_000 },
    ]);
  });

  it('FIN-3: warranty work goes to manufacturing cost, then to the responsible parties in the attribution shares', () => {
    const events = given(history([costCommand(), approve()]))
      .when(attribute('a1', [dept('assembly', 7_000), supplier('sup-9', 3_000)]))
      .events();
    expect(events[0]).toMatchObject({ type: 'AttributionApplied', data: { attributionId: 'a1' } });
    expect(entries(events)).toEqual([
      expect.objectContaining({
        entryId: 'c1:2',
        cause: { kind: 'allocation', costId: 'k1', attributionId: 'a1' },
        lines: [
          { account: 'department-cost:assembly', debitMinor: 7_000, creditMinor: 0 },
          { account: 'supplier-recoverable:sup-9', debitMinor: 3_000, creditMinor: 0 },
          { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 10_000 },
        ],
      }),
    ]);
  });

  it('FIN-3: a cost approved after the attribution is allocated at once', () => {
    const events = given(history([attribute('a1', [dept('assembly', 10_000)]), costCommand()]))
      .when(approve())
      .events();
    expect(entries(events).map((e) => e.cause.kind)).toEqual(['cost-approved', 'allocation']);
  });

  it('FIN-3: staff travel is never allocated', () => {
    const events = given(history([costCommand({ kind: 'travel', bearer: 'branch' }), approve()]))
      .when(attribute('a1', [dept('assembly', 10_000)]))
      .events();
    expect(entries(events)).toEqual([]);
  });

  it('FIN-3: a superseded attribution is reversed by a compensating entry and allocated again', () => {
    const events = given(
      history([
        costCommand(),
        approve(),
        attribute('a1', [dept('assembly', 7_000), supplier('sup-9', 3_000)]),
      ]),
    )
      .when(attribute('a2', [dept('assembly', 10_000)], 'a1'))
      .events();
    expect(entries(events)).toEqual([
      expect.objectContaining({
        entryId: 'c1:3',
        cause: { kind: 'reversal', costId: 'k1', attributionId: 'a2', reverses: 'c1:2' },
        lines: [
          { account: 'department-cost:assembly', debitMinor: 0, creditMinor: 7_000 },
          { account: 'supplier-recoverable:sup-9', debitMinor: 0, creditMinor: 3_000 },
          { account: 'manufacturing-cost', debitMinor: 10_000, creditMinor: 0 },
        ],
      }),
      expect.objectContaining({
        entryId: 'c1:4',
        cause: { kind: 'allocation', costId: 'k1', attributionId: 'a2' },
        lines: [
          { account: 'department-cost:assembly', debitMinor: 10_000, creditMinor: 0 },
          { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 10_000 },
        ],
      }),
    ]);
  });

  it('FIN-3: an attribution seen before (repeated or superseded) changes nothing', () => {
    const past = history([
      attribute('a1', [dept('assembly', 10_000)]),
      attribute('a2', [dept('test', 10_000)], 'a1'),
    ]);
    given(past)
      .when(attribute('a1', [dept('assembly', 10_000)]))
      .then([]);
    given(past)
      .when(attribute('a2', [dept('test', 10_000)], 'a1'))
      .then([]);
  });

  it('FIN-3: a superseded attribution delivered after its successor never comes back into force', () => {
    const past = history([costCommand(), approve(), attribute('a2', [dept('test', 10_000)], 'a1')]);
    given(past)
      .when(attribute('a1', [dept('assembly', 10_000)]))
      .then([]);
  });

  it('FIN-3: shares that do not sum to 100 % are refused', () => {
    given([])
      .when(attribute('a1', [dept('assembly', 6_000), supplier('s', 3_000)]))
      .thenThrows('FIN-3', /sum to 10000/);
  });

  it('FIN-3: largest remainder rounding: the parts add up exactly, leftovers to the largest remainders', () => {
    // 33.33, 33.33, 33.34 round down to 99; the one unit left goes to the largest remainder (0.34).
    expect(allocateLargestRemainder(100, [3_333, 3_333, 3_334])).toEqual([33, 33, 34]);
    // 0.01 × 7000 bp = 0.7 → 1 to the 70 % line (largest remainder), 0 to the 30 % line.
    expect(allocateLargestRemainder(1, [7_000, 3_000])).toEqual([1, 0]);
    expect(allocateLargestRemainder(10_001, [5_000, 5_000])).toEqual([5_001, 5_000]);
    expect(allocateLargestRemainder(7, [1_500, 2_500, 6_000]).reduce((s, x) => s + x, 0)).toBe(7);
  });
});

describe('supplier chargebacks (FIN-6)', () => {
  const confirmed = (claimId = 'clm-1', amountMinor = 3_000) => ({
    type: 'ChargeBack' as const,
    caseId: 'c1',
    branch: 'HZ',
    claimId,
    supplierId: 'sup-9',
    amount: { amountMinor, currency: 'CNY' },
    sourceEventId: `evt-${claimId}`,
  });

  it("FIN-6: a confirmed claim is deducted from the supplier's payables against what is recoverable from it", () => {
    const events = given(
      history([
        costCommand(),
        approve(),
        attribute('a1', [dept('assembly', 7_000), supplier('sup-9', 3_000)]),
      ]),
    )
      .when(confirmed())
      .events();
    expect(events[0]).toMatchObject({
      type: 'ChargebackConfirmed',
      data: { claimId: 'clm-1', supplierId: 'sup-9' },
    });
    expect(entries(events)).toEqual([
      expect.objectContaining({
        entryId: 'c1:3',
        cause: { kind: 'chargeback', claimId: 'clm-1' },
        lines: [
          { account: 'supplier-payable:sup-9', debitMinor: 3_000, creditMinor: 0 },
          { account: 'supplier-recoverable:sup-9', debitMinor: 0, creditMinor: 3_000 },
        ],
      }),
    ]);
  });

  it('FIN-6: a claim is charged back once', () => {
    given(history([confirmed()]))
      .when(confirmed())
      .then([]);
  });

  /** Net per account over the entries, zeros left out. */
  const net = (events: readonly LedgerEvent[]) => {
    const sums = new Map<string, number>();
    for (const e of entries(events))
      for (const l of e.lines) sums.set(l.account, (sums.get(l.account) ?? 0) + l.debitMinor - l.creditMinor);
    return Object.fromEntries([...sums].filter(([, v]) => v !== 0));
  };
  const chargedBack = () =>
    history([
      costCommand(),
      approve(),
      attribute('a1', [dept('assembly', 7_000), supplier('sup-9', 3_000)]),
      confirmed(),
    ]);

  it('FIN-6: a supplier cleared by a superseding attribution gets its chargeback credited back to its payables', () => {
    const before = chargedBack();
    const events = given(before)
      .when(attribute('a2', [dept('assembly', 10_000)], 'a1'))
      .events();
    expect(events.map((e) => e.type)).toEqual([
      'AttributionApplied',
      'EntryPosted', // the earlier allocation reversed
      'EntryPosted', // allocated again, all to the department
      'ChargebackRefunded',
      'EntryPosted', // the refund
    ]);
    expect(events[3]).toEqual({
      type: 'ChargebackRefunded',
      data: {
        caseId: 'c1',
        branch: 'HZ',
        claimId: 'clm-1',
        supplierId: 'sup-9',
        amount: { amountMinor: 3_000, currency: 'CNY' },
        attributionId: 'a2',
        reason: 'attribution a2 no longer names the supplier',
        refundedAt: at,
      },
    });
    expect(entries(events).at(-1)).toMatchObject({
      entryId: 'c1:6',
      cause: { kind: 'chargeback-refund', claimId: 'clm-1', attributionId: 'a2', reverses: 'c1:3' },
      lines: [
        { account: 'supplier-recoverable:sup-9', debitMinor: 3_000, creditMinor: 0 },
        { account: 'supplier-payable:sup-9', debitMinor: 0, creditMinor: 3_000 },
      ],
    });
    // Nothing is left recoverable from or deducted from the supplier; the department bears it all.
    expect(net([...before, ...events])).toEqual({
      'costs-payable': -10_000,
      'department-cost:assembly': 10_000,
    });
  });

  it('FIN-6: a supplier whose share is lowered gets back what was charged beyond its new part', () => {
    const events = given(chargedBack())
      .when(attribute('a2', [dept('assembly', 9_000), supplier('sup-9', 1_000)], 'a1'))
      .events();
    expect(events.find((e) => e.type === 'ChargebackRefunded')).toMatchObject({
      data: { amount: { amountMinor: 2_000, currency: 'CNY' }, reason: expect.stringMatching(/1000 bp/) },
    });
    const all = [...chargedBack(), ...events];
    // It bears exactly its 10 %: 1,000 recovered through payables, nothing left over either way.
    expect(net(all)).toMatchObject({ 'supplier-payable:sup-9': 1_000 });
    expect(net(all)).not.toHaveProperty('supplier-recoverable:sup-9');
  });

  it('FIN-6: a share kept or raised refunds nothing; a redelivered supersession changes nothing', () => {
    const kept = given(chargedBack())
      .when(attribute('a2', [dept('assembly', 6_000), supplier('sup-9', 4_000)], 'a1'))
      .events();
    expect(kept.map((e) => e.type)).not.toContain('ChargebackRefunded');
    const clear = attribute('a2', [dept('assembly', 10_000)], 'a1');
    const once = [...chargedBack(), ...given(chargedBack()).when(clear).events()];
    given(once)
      .when(attribute('a2', [dept('assembly', 10_000)], 'a1'))
      .then([]);
  });

  it('FIN-6: a claim refunded in full, issued anew under an attribution naming the supplier again and confirmed, is charged again', () => {
    const named = history([
      costCommand(),
      approve(),
      attribute('a1', [dept('assembly', 7_000), supplier('sup-9', 3_000)]),
      confirmed(),
      attribute('a2', [dept('assembly', 10_000)], 'a1'),
      attribute('a3', [dept('assembly', 7_000), supplier('sup-9', 3_000)], 'a2'),
    ]);
    expect(named.map((e) => e.type)).toContain('ChargebackRefunded');
    const again = { ...confirmed(), sourceEventId: 'evt-clm-1-reissued' };
    const events = given(named).when(again).events();
    expect(events.map((e) => e.type)).toEqual(['ChargebackConfirmed', 'EntryPosted']);
    expect(net([...named, ...events])).toMatchObject({ 'supplier-payable:sup-9': 3_000 });
    expect(net([...named, ...events])).not.toHaveProperty('supplier-recoverable:sup-9');
    // Still once while it stands.
    given([...named, ...events])
      .when(again)
      .then([]);
  });

  it('FIN-6: a confirmation that arrives after the supplier was cleared is refunded in the same step', () => {
    const cleared = history([
      costCommand(),
      approve(),
      attribute('a1', [dept('assembly', 7_000), supplier('sup-9', 3_000)]),
      attribute('a2', [dept('assembly', 10_000)], 'a1'),
    ]);
    const events = given(cleared).when(confirmed()).events();
    expect(events.map((e) => e.type)).toEqual([
      'ChargebackConfirmed',
      'EntryPosted',
      'ChargebackRefunded',
      'EntryPosted',
    ]);
    expect(net([...cleared, ...events])).not.toHaveProperty('supplier-payable:sup-9');
    expect(net([...cleared, ...events])).not.toHaveProperty('supplier-recoverable:sup-9');
  });

  it('FIN-9: a claim in another currency is refused', () => {
    given([])
      .when({ ...confirmed(), amount: { amountMinor: 1, currency: 'USD' } })
      .thenThrows('FIN-9', /not USD/);
  });
});

describe('corrections (FIN-9: never edited)', () => {
  const reverse = {
    type: 'ReverseCost' as const,
    caseId: 'c1',
    costId: 'k1',
    reason: 'double entry',
    by: OFFICER,
  };

  it('FIN-9: an approved cost found wrong is taken back by compensating entries: its allocation, then its charge', () => {
    const events = given(history([costCommand(), approve(), attribute('a1', [dept('assembly', 10_000)])]))
      .when(reverse)
      .events();
    expect(events[0]).toEqual({
      type: 'CostReversed',
      data: { caseId: 'c1', costId: 'k1', reason: 'double entry', reversedBy: OFFICER, reversedAt: at },
    });
    expect(entries(events).map((e) => [e.cause, e.lines])).toEqual([
      [
        { kind: 'reversal', costId: 'k1', reverses: 'c1:2' },
        [
          { account: 'department-cost:assembly', debitMinor: 0, creditMinor: 10_000 },
          { account: 'manufacturing-cost', debitMinor: 10_000, creditMinor: 0 },
        ],
      ],
      [
        { kind: 'reversal', costId: 'k1', reverses: 'c1:1' },
        [
          { account: 'costs-payable', debitMinor: 10_000, creditMinor: 0 },
          { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 10_000 },
        ],
      ],
    ]);
  });

  it('FIN-9: a reversed cost is not allocated again; only an approved cost can be reversed', () => {
    const reversed = history([costCommand(), approve(), reverse]);
    expect(
      entries(
        given(reversed)
          .when(attribute('a1', [dept('assembly', 10_000)]))
          .events(),
      ),
    ).toEqual([]);
    given(history([costCommand()]))
      .when(reverse)
      .thenThrows(Conflict);
    given(reversed).when(approve()).thenThrows(Conflict);
  });
});

describe('paid service invoices (FIN-5)', () => {
  const invoice = {
    type: 'IssueInvoice' as const,
    caseId: 'c1',
    branch: 'HZ',
    invoiceId: 'inv-1',
    amount: { amountMinor: 30_000, currency: 'CNY' },
    description: 'paid on-site service',
    invoiceDate: '2026-03-02',
    sourceEventId: 'evt-inv',
  };

  it('FIN-5: paid service is invoiced to the customer on the delivery day, once', () => {
    const events = given([]).when(invoice).events();
    expect(events[0]).toMatchObject({
      type: 'InvoiceIssued',
      data: { invoiceId: 'inv-1', invoiceDate: '2026-03-02' },
    });
    expect(entries(events).map((e) => [e.cause, e.lines])).toEqual([
      [
        { kind: 'invoice', invoiceId: 'inv-1' },
        [
          { account: 'customer-receivable:c1', debitMinor: 30_000, creditMinor: 0 },
          { account: 'service-revenue', debitMinor: 0, creditMinor: 30_000 },
        ],
      ],
    ]);
    given(events).when(invoice).then([]);
  });

  it('FIN-5: an invoice needs the delivery day', () => {
    given([])
      .when({ ...invoice, invoiceDate: 'tomorrow' })
      .thenThrows('FIN-5', /delivery day/);
  });
});
