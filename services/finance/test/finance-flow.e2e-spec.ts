import { eventually, readTopic, testKafka, uniqueTopic } from '@aftersales/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { message, startFinance, tokenFor, type FinanceUnderTest } from './finance-app';

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

describe('finance main flow over Kafka and HTTP (issue 26)', () => {
  const dispatchTopic = uniqueTopic('aftersales.dispatch.events');
  const qcTopic = uniqueTopic('aftersales.quality-inspection.events');
  const claimsTopic = uniqueTopic('aftersales.claims.events');
  const returnsTopic = uniqueTopic('aftersales.warehouse-returns.events');
  const topic = uniqueTopic('aftersales.finance.events');
  let finance: FinanceUnderTest;
  let producer: Producer;
  let reader: Awaited<ReturnType<typeof readTopic>>;
  let officer: string;

  beforeAll(async () => {
    finance = await startFinance({
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      KAFKA_PARTITIONS: '2',
      DISPATCH_EVENTS_TOPIC: dispatchTopic,
      QUALITY_INSPECTION_EVENTS_TOPIC: qcTopic,
      CLAIMS_EVENTS_TOPIC: claimsTopic,
      WAREHOUSE_RETURNS_EVENTS_TOPIC: returnsTopic,
      FINANCE_EVENTS_TOPIC: topic,
      FINANCE_CONSUMER_GROUP: `${topic}.finance`,
      DEFAULT_TIME_ZONE: 'Asia/Shanghai',
    });
    producer = testKafka('finance-e2e').producer();
    await producer.connect();
    reader = await readTopic(topic, 'finance-e2e');
    officer = await tokenFor('u-fin', ['finance-officer'], []);
  });

  afterAll(async () => {
    await reader.stop();
    await producer.disconnect();
    await finance.stop();
  });

  it('FIN-1/FIN-2/FIN-3/FIN-6: visit and take-back costs → approved → QC 70/30 → allocated → supplier claim confirmed → chargeback; superseded to 100 % department → reversed, re-allocated and the chargeback refunded; the case money shows each step with its cause', async () => {
    const caseId = randomUUID();
    const visitId = randomUUID();
    const cost = (costId: string, category: string, amountMinor: number, bearer: string) =>
      message(
        'dispatch.cost-incurred.v1',
        {
          visitId,
          caseId,
          branch: 'HZ',
          costId,
          category,
          amount: cny(amountMinor),
          ...(bearer === 'by-attribution' ? {} : { staffId: 'eng-7', staffHome: bearer }),
          bearer,
          description: `${category} on the visit`,
          incurredAt: new Date().toISOString(),
        } as { caseId: string },
        'dispatch',
      );
    // FIN-1: the visit's travel and the take-back repair's parts, as dispatch publishes them (twice: at least once).
    const travel = cost('c-travel', 'travel', 12_000, 'branch');
    const parts = cost('c-parts', 'parts', 10_001, 'by-attribution');
    await producer.send({ topic: dispatchTopic, messages: [travel, parts, parts] });

    const pending = await eventually(
      async () => {
        const res = await finance.call('GET', '/costs?status=pending&branch=HZ', officer);
        const mine = res.body.items.filter((c: { caseId: string }) => c.caseId === caseId);
        return mine.length === 2 ? mine : undefined;
      },
      'both dispatch costs pending audit',
      30_000,
    );
    expect(pending.map((c: { kind: string; amountMinor: number }) => [c.kind, c.amountMinor])).toEqual([
      ['travel', 12_000],
      ['parts', 10_001],
    ]);
    for (const c of pending) {
      const approved = await finance.call('POST', `/cases/${caseId}/costs/${c.costId}/approve`, officer);
      expect(approved).toMatchObject({ status: 200, body: { status: 'approved' } });
    }
    const partsId = pending[1].costId;

    // QC-3 70/30 department/supplier, then QC-4 supersedes it with 100 % department.
    const shareOf = (kind: string, key: string, shareBp: number) => ({
      party: { kind, ...(kind === 'department' ? { department: key } : { supplierId: key }) },
      partyKey: `${kind}:${key}`,
      shareBp,
    });
    const send = (topicName: string, m: ReturnType<typeof message>) =>
      producer.send({ topic: topicName, messages: [m] });
    await send(
      qcTopic,
      message(
        'quality-inspection.responsibility-attributed.v1',
        {
          inspectionId: 'insp-1',
          caseId,
          branch: 'HZ',
          attributionId: 'attr-1',
          shares: [shareOf('department', 'assembly', 7_000), shareOf('supplier', 'sup-9', 3_000)],
          basis: ['finding-1'],
          signedBy: { userId: 'u-qc', role: 'qc-inspector' },
          attributedAt: new Date().toISOString(),
        } as { caseId: string },
        'quality-inspection',
      ),
    );
    await eventually(
      async () => (await finance.call('GET', `/cases/${caseId}/money`, officer)).body.entries?.length === 3,
      'the 70/30 allocation',
      30_000,
    );
    // CLM-4/FIN-6: the supplier confirms its claim for its 30 %.
    const claim = message(
      'claims.supplier-claim-confirmed.v1',
      {
        claimId: 'clm-1',
        caseId,
        branch: 'HZ',
        supplierId: 'sup-9',
        amount: cny(3_000),
        confirmedBy: 'supplier',
        confirmedAt: new Date().toISOString(),
      } as { caseId: string },
      'claims',
    );
    await send(claimsTopic, claim);
    await send(claimsTopic, claim);
    await eventually(
      async () => (await finance.call('GET', `/cases/${caseId}/money`, officer)).body.entries?.length === 4,
      'the chargeback',
      30_000,
    );
    await send(
      qcTopic,
      message(
        'quality-inspection.attribution-superseded.v1',
        {
          inspectionId: 'insp-1',
          caseId,
          attributionId: 'attr-1',
          supersededBy: 'attr-2',
          reason: 'supplier dispute upheld',
          previousShares: [shareOf('department', 'assembly', 7_000), shareOf('supplier', 'sup-9', 3_000)],
          shares: [shareOf('department', 'assembly', 10_000)],
          decidedBy: { userId: 'u-qc', role: 'qc-inspector' },
          supersededAt: new Date().toISOString(),
        } as { caseId: string },
        'quality-inspection',
      ),
    );
    const money = await eventually(
      async () => {
        const res = await finance.call('GET', `/cases/${caseId}/money`, officer);
        return res.status === 200 && res.body.entries.length === 7 ? res.body : undefined;
      },
      'the allocation, its reversal, the re-allocation and the refund',
      30_000,
    );
    const steps = money.entries.map((e: { cause: object; lines: object[] }) => [e.cause, e.lines]);
    const line = (account: string, debitMinor: number, creditMinor: number) => ({
      account,
      debitMinor,
      creditMinor,
    });
    expect(steps).toEqual([
      [
        { kind: 'cost-approved', costId: pending[0].costId },
        [line('branch-cost:HZ', 12_000, 0), line('costs-payable', 0, 12_000)],
      ],
      [
        { kind: 'cost-approved', costId: partsId },
        [line('manufacturing-cost', 10_001, 0), line('costs-payable', 0, 10_001)],
      ],
      // FIN-3 largest remainder: 7000.7 and 3000.3 → the unit left goes to the larger remainder.
      [
        { kind: 'allocation', costId: partsId, attributionId: 'attr-1' },
        [
          line('department-cost:assembly', 7_001, 0),
          line('supplier-recoverable:sup-9', 3_000, 0),
          line('manufacturing-cost', 0, 10_001),
        ],
      ],
      [
        { kind: 'chargeback', claimId: 'clm-1' },
        [line('supplier-payable:sup-9', 3_000, 0), line('supplier-recoverable:sup-9', 0, 3_000)],
      ],
      [
        { kind: 'reversal', costId: partsId, attributionId: 'attr-2', reverses: `${caseId}:3` },
        [
          line('department-cost:assembly', 0, 7_001),
          line('supplier-recoverable:sup-9', 0, 3_000),
          line('manufacturing-cost', 10_001, 0),
        ],
      ],
      [
        { kind: 'allocation', costId: partsId, attributionId: 'attr-2' },
        [line('department-cost:assembly', 10_001, 0), line('manufacturing-cost', 0, 10_001)],
      ],
      // FIN-6: the supplier, cleared, gets its chargeback credited back to its payables.
      [
        { kind: 'chargeback-refund', claimId: 'clm-1', attributionId: 'attr-2', reverses: `${caseId}:4` },
        [line('supplier-recoverable:sup-9', 3_000, 0), line('supplier-payable:sup-9', 0, 3_000)],
      ],
    ]);
    // AUD-2: every decision from the log, with who made it and which event caused it.
    expect(money.decisions.map((d: { type: string }) => d.type)).toEqual([
      'CostRecorded',
      'CostRecorded',
      'CostApproved',
      'CostApproved',
      'AttributionApplied',
      'ChargebackConfirmed',
      'AttributionApplied',
      'ChargebackRefunded',
    ]);
    expect(money.decisions[2]).toMatchObject({ actor: { userId: 'u-fin', role: 'finance-officer' } });
    expect(money.decisions[6]).toMatchObject({
      data: { attributionId: 'attr-2', supersedes: 'attr-1', reason: 'supplier dispute upheld' },
    });
    expect(money.costs.map((c: { source: { kind: string; eventId: string } }) => c.source.eventId)).toEqual([
      travel.headers.ce_id,
      parts.headers.ce_id,
    ]);

    // FIN-9: the whole ledger balances; the cost report shows who bears what.
    const trial = await finance.call('GET', '/trial-balance', officer);
    expect(trial.body.balanced).toBe(true);
    const report = await finance.call('GET', '/cost-report?branch=HZ', officer);
    const borne = Object.fromEntries(
      report.body.rows.map((r: { account: string; amountMinor: number }) => [r.account, r.amountMinor]),
    );
    expect(borne).toMatchObject({ 'branch-cost:HZ': 12_000, 'department-cost:assembly': 10_001 });
    // Recovered 3,000 from the supplier, then QC cleared it and it was credited back: nothing is
    // left recoverable from it nor deducted from what it is owed.
    expect(borne['supplier-recoverable:sup-9'] ?? 0).toBe(0);
    expect(borne['supplier-payable:sup-9'] ?? 0).toBe(0);

    // Public events on finance's topic: the audit verdicts and every entry, keyed by the case.
    await eventually(
      async () => reader.seen.filter((m) => m.key === caseId).length === 10,
      'two verdicts, seven entries and the refund published',
      30_000,
    );
    expect(reader.seen.filter((m) => m.key === caseId).map((m) => m.type)).toEqual([
      'finance.cost-audited.v1',
      'finance.entry-posted.v1',
      'finance.cost-audited.v1',
      'finance.entry-posted.v1',
      'finance.entry-posted.v1',
      'finance.entry-posted.v1',
      'finance.entry-posted.v1',
      'finance.entry-posted.v1',
      'finance.chargeback-refunded.v1',
      'finance.entry-posted.v1',
    ]);
  });

  it('FIN-7: purchases set by finance and returns stocked in by the warehouse give the customer totals, published for warehouse returns; over the limit, the customer is on the watch list', async () => {
    const customerId = `cust-${randomUUID()}`;
    const terms = await finance.call('PUT', `/customers/${customerId}/terms`, officer, {
      purchased: cny(1_000_000),
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      exchangeLimitBp: 500,
    });
    expect(terms).toMatchObject({ status: 200, body: { exchanged: cny(0), exchangeLimitBp: 500 } });
    const stockedIn = (rmaId: string, amountMinor: number) =>
      message(
        'warehouse-returns.return-stocked-in.v1',
        {
          rmaId,
          branch: 'HZ',
          customerId,
          receiptNo: `R-${rmaId}`,
          lines: [{ lineNo: 1, model: 'KYN28-12', quantity: 1, amount: cny(amountMinor) }],
          total: cny(amountMinor),
          stockedInAt: new Date().toISOString(),
          receiptDueAt: new Date().toISOString(),
        } as { caseId?: string },
        'warehouse-returns',
      );
    const rma1 = stockedIn('rma-1', 30_000);
    await producer.send({ topic: returnsTopic, messages: [rma1, rma1, stockedIn('rma-2', 25_000)] });

    const totals = await eventually(
      async () => {
        const res = await finance.call('GET', `/customers/${customerId}/totals`, officer);
        return res.body?.exchanged?.amountMinor === 55_000 ? res.body : undefined;
      },
      'both returns counted once',
      30_000,
    );
    expect(totals).toMatchObject({ purchased: cny(1_000_000), overLimit: true });
    const head = await tokenFor('u-ops', ['operations-head'], []);
    const watch = await finance.call('GET', '/customers/watch-list', head);
    expect(watch.body.items.map((c: { customerId: string }) => c.customerId)).toContain(customerId);
    const manager = await tokenFor('u-m', ['branch-manager'], ['HZ']);
    expect((await finance.call('GET', '/customers/watch-list', manager)).status).toBe(403);

    // The contract warehouse returns consumes, keyed by the customer.
    await eventually(
      async () => reader.seen.filter((m) => m.key === customerId).length === 3,
      'three totals published',
      30_000,
    );
    const published = reader.seen.filter((m) => m.key === customerId);
    expect(published.map((m) => m.type)).toEqual(Array(3).fill('finance.customer-totals-changed.v1'));
    expect(published[2].payload).toMatchObject({
      customerId,
      purchased: cny(1_000_000),
      exchanged: cny(55_000),
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
  });

  it('FIN-5: paid service dispatch asks to invoice is invoiced once, on the delivery day, to the customer', async () => {
    const caseId = randomUUID();
    const requested = message(
      'dispatch.invoice-requested.v1',
      {
        visitId: randomUUID(),
        caseId,
        branch: 'HZ',
        amount: cny(30_000),
        description: 'paid on-site service',
        invoiceDate: '2026-03-02',
        requestedAt: new Date().toISOString(),
      } as { caseId: string },
      'dispatch',
    );
    await producer.send({ topic: dispatchTopic, messages: [requested, requested] });
    const invoices = await eventually(
      async () => {
        const res = await finance.call('GET', '/invoices?branch=HZ&period=2026-03', officer);
        const mine = res.body.items.filter((i: { caseId: string }) => i.caseId === caseId);
        return mine.length > 0 ? mine : undefined;
      },
      'the invoice',
      30_000,
    );
    expect(invoices).toEqual([
      expect.objectContaining({
        amount: cny(30_000),
        invoiceDate: '2026-03-02',
        description: expect.stringContaining('paid on-site service'),
      }),
    ]);
    const money = (await finance.call('GET', `/cases/${caseId}/money`, officer)).body;
    expect(money.entries).toEqual([
      expect.objectContaining({
        cause: { kind: 'invoice', invoiceId: invoices[0].invoiceId },
        lines: [
          { account: `customer-receivable:${caseId}`, debitMinor: 30_000, creditMinor: 0 },
          { account: 'service-revenue', debitMinor: 0, creditMinor: 30_000 },
        ],
      }),
    ]);
  });
});
