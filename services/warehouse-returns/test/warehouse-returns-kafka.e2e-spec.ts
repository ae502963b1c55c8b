import {
  contracts,
  intakeExamples,
  qualityInspectionExamples,
  type CustomerTotalsChangedV1,
} from '@aftersales/contracts';
import { eventually, readTopic, testKafka, uniqueTopic, type TopicMessage } from '@aftersales/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { startWarehouseReturns, tokenFor, type WarehouseReturnsUnderTest } from './warehouse-returns-app';

type Seen = TopicMessage & { payload: Record<string, unknown> };

/** A message as another service's relay publishes it: JSON value, CloudEvents binary-mode headers. */
function message(type: string, key: string, payload: object, source: string) {
  return {
    key,
    value: JSON.stringify(payload),
    headers: {
      ce_specversion: '1.0',
      ce_id: randomUUID(),
      ce_type: type,
      ce_source: `/aftersales/${source}`,
      ce_time: new Date().toISOString(),
      ce_actorid: 'system',
      ce_actorrole: 'system',
      'content-type': 'application/json',
    },
  };
}

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const deliveredOn = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
const line = (quantity: number) => ({
  product: { model: 'KYN28-12' },
  serialNumber: 'SN-E2E-1',
  quantity,
  unitPrice: cny(500_000),
  reason: 'unsalable',
  originalOrder: { ref: 'SO-2026-0042', deliveredOn },
});

describe('warehouse returns main flow over HTTP and Kafka (issue 24)', () => {
  const topic = uniqueTopic('aftersales.warehouse-returns.events');
  const financeTopic = uniqueTopic('aftersales.finance.events');
  const qcTopic = uniqueTopic('aftersales.quality-inspection.events');
  const intakeTopic = uniqueTopic('aftersales.intake.events');
  const customerId = `cust-${randomUUID().slice(0, 8)}`;
  let app: WarehouseReturnsUnderTest;
  let producer: Producer;
  let topicReader: Awaited<ReturnType<typeof readTopic>>;
  let seen: Seen[];

  const totals = (exchanged: number, asOf: string): CustomerTotalsChangedV1 => {
    const payload = {
      customerId,
      purchased: cny(100_000_000),
      exchanged: cny(exchanged),
      periodFrom: '2026-01-01',
      asOf,
    };
    contracts.assertPublishable('finance.customer-totals-changed.v1', payload);
    return payload;
  };
  const rate = async () => {
    const clerk = await tokenFor('clerk-1', ['intake-clerk']);
    return app.call('GET', `/customers/${customerId}/exchange-rate?branch=HZ`, clerk);
  };

  beforeAll(async () => {
    app = await startWarehouseReturns({
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      WAREHOUSE_RETURNS_EVENTS_TOPIC: topic,
      FINANCE_EVENTS_TOPIC: financeTopic,
      QUALITY_INSPECTION_EVENTS_TOPIC: qcTopic,
      INTAKE_EVENTS_TOPIC: intakeTopic,
      WAREHOUSE_RETURNS_CONSUMER_GROUP: `${topic}.wr`,
    });
    producer = testKafka('wr-e2e').producer();
    await producer.connect();
    topicReader = await readTopic(topic, 'wr-e2e');
    seen = topicReader.seen as Seen[];
  });

  afterAll(async () => {
    await topicReader?.stop();
    await producer?.disconnect();
    await app?.stop();
  });

  it('over the limit rejected with the numbers; within it approved → transport order → received → QC signs → stock-in → receipt on the topic; finance’s totals move', async () => {
    const [clerk, opsHead, asHead, keeper, driver, keeperNB] = await Promise.all([
      tokenFor('clerk-1', ['intake-clerk']),
      tokenFor('ops-1', ['operations-head'], []),
      tokenFor('ash-1', ['after-sales-head']),
      tokenFor('wk-1', ['warehouse-keeper']),
      tokenFor('drv-1', ['driver']),
      tokenFor('wk-nb', ['warehouse-keeper'], ['NB']),
    ]);

    // FIN-7: finance's totals arrive (3 % of purchases exchanged).
    await producer.send({
      topic: financeTopic,
      messages: [
        message(
          'finance.customer-totals-changed.v1',
          customerId,
          totals(3_000_000, '2026-03-01T00:00:00.000Z'),
          'finance',
        ),
      ],
    });
    await eventually(async () => (await rate()).status === 200, 'the customer totals kept locally', 30_000);
    expect((await rate()).body).toMatchObject({ rateBp: 300, limitBp: 500, withinLimit: true });

    // RET-2: 5 × 5,000.00 would make it 5.50 %: rejected with the numbers.
    const over = await app.call('POST', '/rmas', clerk, { branch: 'HZ', customerId, lines: [line(5)] });
    expect(over.status).toBe(201);
    expect(over.body).toMatchObject({
      status: 'rejected',
      rejection: { rule: 'RET-2', explanation: expect.stringContaining('would make it 5.50 %') },
      limitCheck: { limitBp: 500, currentRateBp: 300, resultingRateBp: 550, withinRate: false },
    });

    // Within the limit (4.00 %): staff confirm, the operations head approves (RET-3).
    const within = await app.call('POST', '/rmas', clerk, { branch: 'HZ', customerId, lines: [line(2)] });
    expect(within.body).toMatchObject({ status: 'requested', limitCheck: { resultingRateBp: 400 } });
    const rmaId: string = within.body.rmaId;
    const at = (step: string) => `/rmas/${rmaId}/${step}`;
    expect((await app.call('POST', at('signatures/operations-head'), keeper)).status).toBe(403);
    expect((await app.call('POST', at('confirmation'), clerk)).body).toMatchObject({ status: 'confirmed' });
    expect((await app.call('POST', at('signatures/operations-head'), opsHead)).body).toMatchObject({
      status: 'approved',
    });
    expect((await app.call('POST', at('signatures/operations-head'), opsHead)).status).toBe(409);

    // RET-5: no collection without a transport order; then the order to a named driver.
    expect((await app.call('POST', at('arrival-notice'), asHead, { station: 'Hangzhou East' })).status).toBe(
      200,
    );
    const refused = await app.call('POST', at('pick-up'), driver);
    expect(refused).toMatchObject({ status: 422, body: { rule: 'RET-5' } });
    const order = await app.call('POST', at('transport-order'), asHead, {
      driverId: 'drv-1',
      driverName: 'Li Wei',
      vehicle: '浙A-12345',
    });
    expect(order.body.transportOrder).toMatchObject({ driverId: 'drv-1', vehicle: '浙A-12345' });
    expect((await app.call('POST', at('pick-up'), driver)).status).toBe(200);

    // ORG-1: a keeper of another branch may not receive it.
    expect((await app.call('POST', at('receipt'), keeperNB, {})).status).toBe(403);
    expect((await app.call('POST', at('receipt'), keeper, {})).body).toMatchObject({ status: 'received' });
    await eventually(
      async () => seen.some((s) => s.type === 'warehouse-returns.return-received.v1' && s.key === rmaId),
      'return-received on the topic (QC opens its inspection from it)',
      30_000,
    );

    // QC opens an inspection on the return and signs it intact (QC-6): its signature is on the form.
    const inspectionId = randomUUID();
    const qc = qualityInspectionExamples;
    const opened = {
      ...qc['quality-inspection.inspection-opened.v1'],
      inspectionId,
      origin: { kind: 'unsalable-return' as const, ref: rmaId },
    };
    const checked = {
      ...qc['quality-inspection.unsalable-return-checked.v1'],
      inspectionId,
      checkedAt: new Date().toISOString(),
    };
    contracts.assertPublishable('quality-inspection.inspection-opened.v1', opened);
    contracts.assertPublishable('quality-inspection.unsalable-return-checked.v1', checked);
    await producer.send({
      topic: qcTopic,
      messages: [
        message('quality-inspection.inspection-opened.v1', inspectionId, opened, 'quality-inspection'),
        message(
          'quality-inspection.unsalable-return-checked.v1',
          inspectionId,
          checked,
          'quality-inspection',
        ),
      ],
    });
    await eventually(
      async () =>
        !(await app.call('GET', `/rmas/${rmaId}`, clerk)).body.rma.missingSignatures.includes('qc-inspector'),
      "QC's signature on the form",
      30_000,
    );

    // RET-7: the after-sales head has not signed yet.
    const early = await app.call('POST', at('stock-in'), keeper);
    expect(early).toMatchObject({
      status: 422,
      body: { rule: 'RET-7', message: expect.stringMatching(/missing: the after-sales head$/) },
    });
    expect((await app.call('POST', at('signatures/after-sales-head'), asHead)).status).toBe(200);

    // Two keepers stock it in at once: exactly one succeeds, the other gets 409.
    const both = await Promise.all([
      app.call('POST', at('stock-in'), keeper),
      app.call('POST', at('stock-in'), keeper),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const receipt = both.find((r) => r.status === 200)!.body.receipt;

    await eventually(
      async () => seen.some((s) => s.type === 'warehouse-returns.return-stocked-in.v1' && s.key === rmaId),
      'the receipt on the topic',
      30_000,
    );
    expect(seen.find((s) => s.type === 'warehouse-returns.return-stocked-in.v1')!.payload).toMatchObject({
      rmaId,
      customerId,
      receiptNo: receipt.receiptNo,
      lines: [{ lineNo: 1, model: 'KYN28-12', quantity: 2, amount: cny(1_000_000) }],
      total: cny(1_000_000),
    });
    expect(seen.filter((s) => s.key === rmaId).map((s) => s.type)).toEqual([
      'warehouse-returns.return-requested.v1',
      'warehouse-returns.return-approved.v1',
      'warehouse-returns.transport-order-issued.v1',
      'warehouse-returns.return-received.v1',
      'warehouse-returns.return-stocked-in.v1',
    ]);

    // Finance books the receipt and publishes the customer's new totals: the local copy moves.
    await producer.send({
      topic: financeTopic,
      messages: [
        message(
          'finance.customer-totals-changed.v1',
          customerId,
          totals(4_000_000, '2026-03-02T09:00:00.000Z'),
          'finance',
        ),
      ],
    });
    await eventually(async () => (await rate()).body.rateBp === 400, 'the totals after the receipt', 30_000);
  });

  it('RET-1: an intake case whose customer chose an exchange waits for its form; the form must be that case’s customer', async () => {
    const clerk = await tokenFor('clerk-1', ['intake-clerk']);
    const caseId = randomUUID();
    await producer.send({
      topic: intakeTopic,
      messages: [
        message(
          'intake.case-registered.v1',
          caseId,
          { ...intakeExamples['intake.case-registered.v1'], caseId, customerId },
          'intake',
        ),
        message(
          'intake.case-accepted.v1',
          caseId,
          { caseId, kind: 'quality-complaint', remedy: 'exchange' },
          'intake',
        ),
      ],
    });
    const waiting = async () =>
      (await app.call('GET', '/intake-returns?branch=HZ', clerk)).body as Array<{ caseId: string }>;
    await eventually(
      async () => (await waiting()).some((c) => c.caseId === caseId),
      'the case awaiting its form',
      30_000,
    );
    const form = { branch: 'HZ', caseId, lines: [{ ...line(1), reason: 'quality' }] };
    const wrong = await app.call('POST', '/rmas', clerk, { ...form, customerId: 'someone-else' });
    expect(wrong).toMatchObject({ status: 400, body: { details: [{ field: 'caseId' }] } });
    const rma = await app.call('POST', '/rmas', clerk, { ...form, customerId });
    expect(rma.status).toBe(201);
    await eventually(
      async () => !(await waiting()).some((c) => c.caseId === caseId),
      'the form entered',
      30_000,
    );
    await eventually(
      async () =>
        seen.some(
          (s) =>
            s.type === 'warehouse-returns.return-requested.v1' &&
            s.payload.caseId === caseId &&
            s.payload.source === 'intake',
        ),
      'the request on the topic, for the case',
      30_000,
    );
  });
});
