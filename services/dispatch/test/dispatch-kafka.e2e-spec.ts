import { contracts, type CaseAcceptedV1, type CaseRegisteredV1 } from '@aftersales/contracts';
import { eventually, readTopic, testKafka, uniqueTopic } from '@aftersales/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { visitIdOfCase } from '../src/reactions/intake-reactions';
import {
  ALWAYS_OPEN,
  startDispatch,
  tokenFor,
  writePolicyFile,
  type DispatchUnderTest,
} from './dispatch-app';

/** What intake's relay would publish: JSON value, key = case id, CloudEvents binary-mode headers. */
function intakeMessage<T extends 'intake.case-registered.v1' | 'intake.case-accepted.v1'>(
  type: T,
  payload: T extends 'intake.case-registered.v1' ? CaseRegisteredV1 : CaseAcceptedV1,
  id = randomUUID(),
) {
  contracts.assertPublishable(type, payload);
  return {
    key: payload.caseId,
    value: JSON.stringify(payload),
    headers: {
      ce_specversion: '1.0',
      ce_id: id,
      ce_type: type,
      ce_source: '/aftersales/intake',
      ce_time: new Date().toISOString(),
      ce_subject: `case-${payload.caseId}`,
      ce_correlationid: `corr-${payload.caseId}`,
      ce_actorid: 'u-li',
      ce_actorrole: 'intake-clerk',
      ce_branch: 'HZ',
      'content-type': 'application/json',
    },
  };
}

const localDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

describe('dispatch main flow over Kafka and HTTP (issue 7)', () => {
  const intakeTopic = uniqueTopic('aftersales.intake.events');
  const topic = uniqueTopic('aftersales.dispatch.events');
  let dispatch: DispatchUnderTest;
  let producer: Producer;
  let reader: Awaited<ReturnType<typeof readTopic>>;

  beforeAll(async () => {
    dispatch = await startDispatch({
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      INTAKE_EVENTS_TOPIC: intakeTopic,
      DISPATCH_EVENTS_TOPIC: topic,
      DISPATCH_CONSUMER_GROUP: `${topic}.dispatch`,
      KAFKA_PARTITIONS: '2',
      // DSP-2 shortened: every request is due 3 seconds after acceptance, so the test sees it missed.
      DISPATCH_POLICY_FILE: writePolicyFile({
        branches: {
          HZ: {
            calendar: ALWAYS_OPEN,
            defaultZone: 'suburbs',
            arrivalRules: [
              {
                urgencies: ['emergency', 'standard', 'scheduled'],
                minutes: 0.05,
                counted: 'calendar-time',
                from: 'accepted',
                source: 'test: 3 s from acceptance',
              },
            ],
          },
        },
        productLines: { 'KYN28-12': 'switchgear' },
      }),
    });
    producer = testKafka('dispatch-e2e').producer();
    await producer.connect();
    reader = await readTopic(topic, 'dispatch-e2e');
  });

  afterAll(async () => {
    await reader.stop();
    await producer.disconnect();
    await dispatch.stop();
  });

  it('case accepted → visit opens via Kafka → assigned → arrives late → deadline missed → taken back → repaired → returned; daily report shows the hours', async () => {
    const caseId = randomUUID();
    const accepted = intakeMessage('intake.case-accepted.v1', { caseId, kind: 'repair-request' });
    await producer.send({
      topic: intakeTopic,
      messages: [
        intakeMessage('intake.case-registered.v1', {
          caseId,
          caseNumber: 'HZ-2026-000042',
          branch: 'HZ',
          channel: 'hotline',
          kind: 'repair-request',
          severity: 'general',
          registeredAt: new Date().toISOString(),
          customerId: 'cust-42',
          vip: false,
          product: { model: 'KYN28-12', serialNumber: 'SN-42' },
          problem: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP' },
          priority: 'normal',
          responseDueAt: new Date().toISOString(),
          resolutionDueAt: new Date().toISOString(),
        }),
        accepted,
      ],
    });

    const dispatcher = await tokenFor('u-disp', ['dispatcher'], ['HZ']);
    const engineer = await tokenFor('e-42', ['engineer'], ['HZ']);
    const director = await tokenFor('u-dir', ['service-director'], ['HZ']);
    const visitId = visitIdOfCase(caseId);
    const stream = `visit-${visitId}`;

    // DSP-1: the visit opens from intake's events, with the branch's default zone.
    const opened = await eventually(
      async () => {
        const res = await dispatch.call('GET', `/visits/${visitId}`, dispatcher);
        return res.status === 200 ? res.body : undefined;
      },
      'the visit opened from the accepted case',
      30_000,
    );
    expect(opened.visit).toMatchObject({
      caseId,
      branch: 'HZ',
      zone: 'suburbs',
      urgency: 'scheduled',
      status: 'unassigned',
      product: { productLine: 'switchgear' },
    });
    expect(opened.timeline[0].causationId).toBe(accepted.headers.ce_id);

    // Redelivery of the same accepted event appends nothing.
    await producer.send({ topic: intakeTopic, messages: [accepted] });
    await eventually(
      () => dispatch.runtime.reaction('intake').isProcessed(accepted.headers.ce_id),
      'consumed',
    );

    await dispatch.call('POST', '/engineers', dispatcher, {
      engineerId: 'e-42',
      branch: 'HZ',
      home: 'branch',
      skills: ['switchgear'],
      baseZone: 'city',
    });
    expect(
      (await dispatch.call('POST', `/visits/${visitId}/assignment`, dispatcher, { engineerId: 'e-42' }))
        .status,
    ).toBe(200);
    expect((await dispatch.call('POST', `/visits/${visitId}/departure`, engineer)).status).toBe(200);

    // DSP-2: the durable timer appends the miss once.
    await eventually(
      async () =>
        (await dispatch.runtime.store.readStream(stream)).some((e) => e.type === 'ArrivalDeadlineMissed'),
      'arrival-deadline-missed',
      20_000,
    );
    const arrived = await dispatch.call('POST', `/visits/${visitId}/arrival`, engineer);
    expect(arrived.status).toBe(200);
    await dispatch.call('POST', `/visits/${visitId}/findings`, engineer, { findings: '操作机构损坏' });
    await dispatch.call('POST', `/visits/${visitId}/labour`, engineer, {
      workKind: 'diagnosis',
      minutes: 40,
    });
    const takeBack = await dispatch.call('POST', `/visits/${visitId}/take-back`, engineer, {
      receiptNo: 'PR-42',
      registerEntryNo: 'IN-42',
      repairCardNo: 'RC-42',
    });
    expect(takeBack.body).toMatchObject({ status: 'in-repair', receiptNo: 'PR-42' });
    await dispatch.call('POST', `/visits/${visitId}/repair-card`, engineer, {
      engineerId: 'e-42',
      minutes: 120,
    });
    await dispatch.call('POST', `/visits/${visitId}/repair-completion`, director, {
      outcome: '更换操作机构',
    });
    const returned = await dispatch.call('POST', `/visits/${visitId}/return`, engineer, {
      registerEntryNo: 'OUT-42',
      signature: { signedBy: '王芳', signedAt: new Date().toISOString(), method: 'signature' },
    });
    expect(returned.body).toMatchObject({ status: 'returned', events: ['ProductReturnedToCustomer'] });

    const types = (await dispatch.runtime.store.readStream(stream)).map((e) => e.type);
    expect(types.filter((t) => t === 'VisitOpened')).toHaveLength(1);
    expect(types.filter((t) => t === 'ArrivalDeadlineMissed')).toHaveLength(1);
    const arrival = (await dispatch.runtime.store.readStream(stream)).find(
      (e) => e.type === 'EngineerArrived',
    )!;
    expect(arrival.data).toMatchObject({ withinDeadline: false });

    // The relay publishes dispatch's public events, keyed by the case, in order.
    const expected = [
      'dispatch.engineer-assigned.v1',
      'dispatch.visit-started.v1',
      'dispatch.arrival-deadline-missed.v1',
      'dispatch.engineer-arrived.v1',
      'dispatch.cost-incurred.v1',
      'dispatch.product-taken-back.v1',
      'dispatch.cost-incurred.v1',
      'dispatch.repair-completed.v1',
      'dispatch.product-returned-to-customer.v1',
    ];
    await eventually(() => reader.seen.length >= expected.length, 'dispatch events on the topic', 20_000);
    expect(reader.seen.map((s) => s.type)).toEqual(expected);
    for (const message of reader.seen) {
      expect(message.key).toBe(caseId);
      expect(message.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_source: expect.stringContaining('dispatch'),
      });
      expect(() => contracts.read(message.type, message.payload)).not.toThrow();
      expect(JSON.stringify(message.payload)).not.toContain('王芳');
    }
    expect(reader.seen[2].payload).toMatchObject({ visitId, caseId, branch: 'HZ' });

    // DSP-6: the branch's daily report shows the hours, per engineer.
    await dispatch.runtime.projections.catchUp();
    const report = await dispatch.call(
      'GET',
      `/reports/daily?branch=HZ&date=${localDate(new Date())}`,
      director,
    );
    expect(report.status).toBe(200);
    expect(report.body.branches[0]).toMatchObject({
      branch: 'HZ',
      arrivals: 1,
      lateArrivals: 1,
      arrivalDeadlinesMissed: 1,
      takenBack: 1,
      repairsCompleted: 1,
    });
    expect(report.body.branches[0].minutesByKind).toMatchObject({ diagnosis: 40, 'workshop-repair': 120 });
    expect(report.body.engineers).toEqual([expect.objectContaining({ engineerId: 'e-42' })]);
    expect(report.body.hours).toBeGreaterThanOrEqual(2.6);
  });
});
