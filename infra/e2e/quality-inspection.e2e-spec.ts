// Quality inspection's main flow across services over the real Kafka (issue 23): a product dispatch
// takes back opens an inspection; findings, an attribution, the supplier's dispute and the
// reviewer's supersession follow over HTTP; the history and the topic tell the whole story.
import { eventually, testKafka, uniqueTopic } from '@aftersales/testing';
import { visitIdOfCase } from '../../services/dispatch/src/reactions/intake-reactions';
import {
  startDispatch,
  tokenFor as dispatchToken,
  type DispatchUnderTest,
} from '../../services/dispatch/test/dispatch-app';
import { startIntake, tokenFor, type IntakeUnderTest } from '../../services/intake/test/intake-app';
import { inspectionIdOfTakeBack } from '../../services/quality-inspection/src/reactions/inspection-openings';
import {
  qcToken,
  SHA,
  startQualityInspection,
  type QualityInspectionUnderTest,
} from '../../services/quality-inspection/test/quality-inspection-app';

describe('dispatch take-back → Kafka → quality inspection → attribution, dispute, supersession', () => {
  const intakeTopic = uniqueTopic('aftersales.intake.events');
  const dispatchTopic = uniqueTopic('aftersales.dispatch.events');
  const qcTopic = uniqueTopic('aftersales.quality-inspection.events');
  let intake: IntakeUnderTest;
  let dispatch: DispatchUnderTest;
  let qc: QualityInspectionUnderTest;

  beforeAll(async () => {
    const kafka = {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      INTAKE_EVENTS_TOPIC: intakeTopic,
      DISPATCH_EVENTS_TOPIC: dispatchTopic,
      QUALITY_INSPECTION_EVENTS_TOPIC: qcTopic,
      KAFKA_PARTITIONS: '2',
    };
    intake = await startIntake({
      ...kafka,
      DOWNSTREAM_TOPICS: '',
      DOWNSTREAM_CONSUMER_GROUP: `${intakeTopic}.intake`,
    });
    dispatch = await startDispatch({
      ...kafka,
      DISPATCH_BRANCHES: 'HZ,NB',
      DISPATCH_CONSUMER_GROUP: `${dispatchTopic}.dispatch`,
    });
    qc = await startQualityInspection({ ...kafka, QUALITY_INSPECTION_CONSUMER_GROUP: `${qcTopic}.qc` });
  });
  afterAll(async () => {
    await qc?.stop();
    await dispatch?.stop();
    await intake?.stop();
  });

  it('QC-1/QC-3/QC-4/AUD-2: 70 % production / 30 % supplier, disputed by the supplier, superseded with 100 % production; history and topic show both', async () => {
    // A repair request accepted in intake opens a visit; the engineer takes the product back (DSP-4).
    const clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    const dispatcher = await dispatchToken('u-disp', ['dispatcher'], ['HZ']);
    const engineer = await dispatchToken('e-7', ['engineer'], ['HZ']);
    expect(
      (
        await dispatch.call('POST', '/engineers', dispatcher, {
          engineerId: 'e-7',
          branch: 'HZ',
          home: 'branch',
          skills: ['VS1-12'],
          baseZone: 'city',
        })
      ).status,
    ).toBe(201);
    const registered = await intake.call('POST', '/cases', clerk, {
      branch: 'HZ',
      channel: 'hotline',
      kind: 'repair-request',
      severity: 'general',
      customer: { customerId: 'cust-7', name: '张伟', phone: '13900000000', address: '杭州市滨江区' },
      product: { model: 'VS1-12', serialNumber: 'SN-7' },
      problem: { description: '断路器无法合闸', symptomCode: 'NO-CLOSE' },
    });
    expect(registered.status).toBe(201);
    const { caseId } = registered.body;
    expect((await intake.call('POST', `/cases/${caseId}/review`, clerk, { founded: true })).status).toBe(200);
    const visitId = visitIdOfCase(caseId);
    await eventually(
      async () => (await dispatch.call('GET', `/visits/${visitId}`, dispatcher)).status === 200,
      'the visit opened from the accepted case',
      30_000,
    );
    const visit = (path: string, token: string, body?: unknown) =>
      dispatch.call('POST', `/visits/${visitId}${path}`, token, body);
    expect((await visit('/assignment', dispatcher, { engineerId: 'e-7' })).status).toBe(200);
    for (const [path, body] of [
      ['/departure', undefined],
      ['/arrival', undefined],
      ['/findings', { findings: '合闸线圈烧毁' }],
      ['/take-back', { receiptNo: 'PR-7', registerEntryNo: 'IO-7', repairCardNo: 'RC-7' }],
    ] as const) {
      expect({ path, status: (await visit(path, engineer, body)).status }).toEqual({ path, status: 200 });
    }

    // QC-1: the take-back opens an inspection by itself, over Kafka.
    const inspector = await qcToken('u-qc', ['qc-inspector'], []);
    const inspectionId = inspectionIdOfTakeBack(visitId, 'RC-7');
    const history = (token: string) =>
      qc.call('GET', `/inspections/${inspectionId}/responsibility-history`, token);
    await eventually(async () => (await history(inspector)).status === 200, 'the inspection opened', 30_000);

    const finding = await qc.call('POST', `/inspections/${inspectionId}/findings`, inspector, {
      failureMode: 'closing coil burnt, winding short',
      rootCause: 'manufacturing',
      evidence: [{ kind: 'photo', ref: 'dms://qc/RC-7/coil.jpg', sha256: SHA }],
      measurements: [{ name: 'coil resistance', value: 0.4, unit: 'ohm' }],
    });
    expect(finding.status).toBe(200);
    const { findingId } = finding.body;

    const first = await qc.call('POST', `/inspections/${inspectionId}/attributions`, inspector, {
      shares: [
        { party: { kind: 'department', department: 'production' }, shareBp: 7_000 },
        { party: { kind: 'supplier', supplierId: 'SUP-7' }, shareBp: 3_000 },
      ],
      basis: [findingId],
    });
    expect(first.status).toBe(200);
    const a1 = first.body.attributionId;

    // QC-3: a second attribution that supersedes nothing is refused, and appends nothing.
    const second = await qc.call('POST', `/inspections/${inspectionId}/attributions`, inspector, {
      shares: [{ party: { kind: 'department', department: 'production' }, shareBp: 10_000 }],
      basis: [findingId],
    });
    expect(second).toMatchObject({ status: 422, body: { rule: 'QC-3' } });

    // QC-4: a department head of another department may not dispute; the supplier's claims officer may.
    const headOfAssembly = await qcToken('u-asm', ['department-head'], [], ['assembly']);
    const dispute = {
      attributionId: a1,
      party: 'supplier:SUP-7',
      reason: 'the coil batch passed incoming inspection',
      evidence: [{ kind: 'test-report', ref: 'dms://sup-7/IQC-0301.pdf', sha256: SHA }],
    };
    expect(
      (await qc.call('POST', `/inspections/${inspectionId}/disputes`, headOfAssembly, dispute)).status,
    ).toBe(403);
    const claims = await qcToken('u-clm', ['claims-officer'], ['HZ']);
    const disputed = await qc.call('POST', `/inspections/${inspectionId}/disputes`, claims, dispute);
    expect(disputed.status).toBe(200);

    const reviewer = await qcToken('u-rev', ['qc-reviewer'], []);
    const superseded = await qc.call(
      'POST',
      `/inspections/${inspectionId}/disputes/${disputed.body.disputeId}/review`,
      reviewer,
      {
        decision: 'supersede',
        reason: 'the supplier’s incoming report covers this batch: the winding was damaged in production',
        shares: [{ party: { kind: 'department', department: 'production' }, shareBp: 10_000 }],
        basis: [findingId],
      },
    );
    expect(superseded.status).toBe(200);
    const a2 = superseded.body.attributionInForce;

    // AUD-2: both attributions, who decided, why, and which one is in force.
    const told = (await history(inspector)).body;
    expect(told.inForce).toMatchObject({ attributionId: a2, shares: [{ shareBp: 10_000 }] });
    expect(told.attributions).toEqual([
      expect.objectContaining({
        attributionId: a1,
        inForce: false,
        supersededBy: a2,
        signedBy: { userId: 'u-qc', role: 'qc-inspector' },
      }),
      expect.objectContaining({
        attributionId: a2,
        inForce: true,
        signedBy: { userId: 'u-rev', role: 'qc-reviewer' },
      }),
    ]);
    expect(told.steps.map((s: { step: string; by: { userId: string } }) => [s.step, s.by.userId])).toEqual([
      ['attributed', 'u-qc'],
      ['disputed', 'u-clm'],
      ['superseded', 'u-rev'],
      ['attributed', 'u-rev'],
    ]);
    expect(told.steps[1]).toMatchObject({
      reason: dispute.reason,
      party: 'supplier:SUP-7',
      by: { role: 'claims-officer' },
    });
    expect(told.steps[2].reason).toMatch(/damaged in production/);

    // The topic carries the attribution and the supersession, with their full share tables.
    const consumer = testKafka('qc-e2e').consumer({ groupId: `${qcTopic}.reader` });
    const seen: Array<{ type: string; key: string; value: { shares?: unknown[] } }> = [];
    await consumer.connect();
    await consumer.subscribe({ topic: qcTopic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void seen.push({
          type: message.headers!.ce_type!.toString(),
          key: message.key!.toString(),
          value: JSON.parse(message.value!.toString()),
        }),
    });
    try {
      await eventually(
        async () => seen.some((m) => m.type === 'quality-inspection.attribution-superseded.v1'),
        'the supersession on the topic',
        30_000,
      );
    } finally {
      await consumer.disconnect();
    }
    expect(seen.map((m) => m.type)).toEqual(
      expect.arrayContaining([
        'quality-inspection.inspection-opened.v1',
        'quality-inspection.responsibility-attributed.v1',
        'quality-inspection.attribution-disputed.v1',
        'quality-inspection.attribution-superseded.v1',
      ]),
    );
    expect(new Set(seen.map((m) => m.key))).toEqual(new Set([caseId]));
    const attributed = seen.filter((m) => m.type === 'quality-inspection.responsibility-attributed.v1');
    expect(attributed.map((m) => m.value.shares)).toEqual([
      [
        {
          party: { kind: 'department', department: 'production' },
          partyKey: 'department:production',
          shareBp: 7_000,
        },
        { party: { kind: 'supplier', supplierId: 'SUP-7' }, partyKey: 'supplier:SUP-7', shareBp: 3_000 },
      ],
      [
        {
          party: { kind: 'department', department: 'production' },
          partyKey: 'department:production',
          shareBp: 10_000,
        },
      ],
    ]);
  });
});
