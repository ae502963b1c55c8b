import { contracts } from '@aftersales/contracts';
import { eventually, readTopic, uniqueTopic } from '@aftersales/testing';
import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

describe('intake main flow over HTTP and Kafka (issue 6)', () => {
  const topic = uniqueTopic('aftersales.intake.events');
  let intake: IntakeUnderTest;
  let reader: Awaited<ReturnType<typeof readTopic>>;

  beforeAll(async () => {
    intake = await startIntake({
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      INTAKE_EVENTS_TOPIC: topic,
      DOWNSTREAM_TOPICS: `${topic}.downstream`,
      DOWNSTREAM_CONSUMER_GROUP: `${topic}.intake`,
      KAFKA_PARTITIONS: '3',
    });
    reader = await readTopic(topic, 'intake-e2e');
  });

  afterAll(async () => {
    await reader.stop();
    await intake.stop();
  });

  it('registers a quality complaint, accepts it, answers in time, closes it, records the survey; register, timeline and topic agree', async () => {
    const clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    const reg = await intake.call(
      'POST',
      '/cases',
      clerk,
      {
        branch: 'HZ',
        channel: 'hotline',
        kind: 'quality-complaint',
        severity: 'general',
        customer: { customerId: 'cust-7', name: '赵敏', phone: '13900000000', address: '杭州市上城区' },
        product: { model: 'KYN28-12', serialNumber: 'SN-7' },
        problem: { description: '柜内有放电声', symptomCode: 'DISCHARGE' },
      },
      { 'x-correlation-id': 'corr-kafka-1' },
    );
    const id = reg.body.caseId;
    await intake.call('POST', `/cases/${id}/review`, clerk, { founded: true, remedy: 'repair' });
    await intake.call('POST', `/cases/${id}/responses`, clerk, { response: '工程师两小时内到场' });
    await intake.call('POST', `/cases/${id}/resolution`, clerk, { outcome: '更换绝缘子' });
    await intake.call('POST', `/cases/${id}/closure`, clerk, {
      outcome: '更换绝缘子,放电消除',
      confirmation: { signedBy: '赵敏', signedAt: new Date().toISOString(), method: 'e-signature' },
    });
    await intake.call('POST', `/cases/${id}/survey`, clerk, {
      scores: { attitude: 4, skill: 4, arrivalTime: 4, keepingPromises: 4 },
    });

    const expected = [
      'intake.case-registered.v1',
      'intake.case-accepted.v1',
      'intake.case-responded.v1',
      'intake.case-resolved.v1',
      'intake.case-closed.v1',
      'intake.survey-answered.v1',
    ];
    await eventually(
      () => reader.seen.filter((m) => m.key === id).length >= expected.length,
      'six intake events on the topic',
      30_000,
    );
    const mine = reader.seen.filter((m) => m.key === id);
    expect(mine.map((m) => m.type)).toEqual(expected);
    for (const m of mine) expect(() => contracts.assertPublishable(m.type, m.payload)).not.toThrow();
    expect(mine[0].headers).toMatchObject({
      ce_specversion: '1.0',
      ce_source: 'urn:aftersales:intake',
      ce_correlationid: 'corr-kafka-1',
      ce_actorid: 'u-li',
      ce_actorrole: 'intake-clerk',
      ce_branch: 'HZ',
    });
    expect(mine[0].payload).toMatchObject({
      caseId: id,
      caseNumber: reg.body.caseNumber,
      customerId: 'cust-7',
    });
    expect(JSON.stringify(mine[0].payload)).not.toContain('赵敏');
    expect(mine[2].payload).toMatchObject({ withinDeadline: true, first: true });

    await intake.runtime.projections.catchUp();
    const register = (await intake.call('GET', `/cases?status=closed`, clerk)).body.items;
    expect(register).toEqual([
      expect.objectContaining({ caseId: id, respondedInTime: true, surveyTotal: 16, remedy: 'repair' }),
    ]);
    const timeline = (await intake.call('GET', `/cases/${id}`, clerk)).body.timeline;
    expect(timeline.map((e: { type: string }) => e.type)).toEqual([
      'CaseRegistered',
      'CaseAccepted',
      'CaseResponded',
      'CaseResolved',
      'CaseClosed',
      'SurveyAnswered',
    ]);
    // The ce_id of each message is the id of the event in the log.
    const logIds = (await intake.runtime.store.readStream(`case-${id}`)).map((e) => e.metadata.eventId);
    expect(mine.map((m) => m.headers.ce_id)).toEqual(logIds);
    // Published up to the end of the log: the relay's lag, read from its checkpoint, is nil.
    await eventually(async () => {
      const text = await (await fetch(`${intake.service.url}/intake/metrics`)).text();
      return /^eventstore_follower_lag_events\{[^}]*follower="relay:[^"]+"[^}]*\} 0$/m.test(text);
    }, 'relay lag 0 on /metrics');
  });
});
