// The back office across services: intake and dispatch each on a database of its own, talking
// only through the real Kafka, driven over real HTTP with JWTs (issue 7's main flow, end to end).
import { eventually, uniqueTopic } from '@aftersales/testing';
import { visitIdOfCase } from '../../services/dispatch/src/reactions/intake-reactions';
import {
  startDispatch,
  tokenFor as dispatchToken,
  type DispatchUnderTest,
} from '../../services/dispatch/test/dispatch-app';
import { startIntake, tokenFor, type IntakeUnderTest } from '../../services/intake/test/intake-app';

describe('intake → Kafka → dispatch → Kafka → intake', () => {
  const intakeTopic = uniqueTopic('aftersales.intake.events');
  const dispatchTopic = uniqueTopic('aftersales.dispatch.events');
  let intake: IntakeUnderTest;
  let dispatch: DispatchUnderTest;

  beforeAll(async () => {
    const kafka = {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      INTAKE_EVENTS_TOPIC: intakeTopic,
      DISPATCH_EVENTS_TOPIC: dispatchTopic,
      KAFKA_PARTITIONS: '2',
    };
    intake = await startIntake({
      ...kafka,
      DOWNSTREAM_TOPICS: dispatchTopic,
      DOWNSTREAM_CONSUMER_GROUP: `${dispatchTopic}.intake`,
    });
    dispatch = await startDispatch({
      ...kafka,
      DISPATCH_BRANCHES: 'HZ,NB',
      DISPATCH_CONSUMER_GROUP: `${dispatchTopic}.dispatch`,
    });
  });
  afterAll(async () => {
    await dispatch?.stop();
    await intake?.stop();
  });

  it('DSP-1/DSP-3: a repair request accepted in intake opens a visit in dispatch; its milestones come back on the case', async () => {
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
    const { caseId, caseNumber } = registered.body;
    expect((await intake.call('POST', `/cases/${caseId}/review`, clerk, { founded: true })).status).toBe(200);

    // Dispatch learns of the case only from intake's public events, on its own database.
    const visitId = visitIdOfCase(caseId);
    const opened = await eventually(
      async () => {
        const res = await dispatch.call('GET', `/visits/${visitId}`, dispatcher);
        return res.status === 200 ? res.body : undefined;
      },
      'the visit opened from the accepted case',
      30_000,
    );
    expect(opened.visit).toMatchObject({ caseId, caseNumber, branch: 'HZ', status: 'unassigned' });
    expect(JSON.stringify(opened)).not.toContain('张伟'); // AUD-4: no personal data crosses over

    const visit = (path: string, token: string, body?: unknown) =>
      dispatch.call('POST', `/visits/${visitId}${path}`, token, body);
    expect((await visit('/assignment', dispatcher, { engineerId: 'e-7' })).status).toBe(200);
    for (const [path, body] of [
      ['/departure', undefined],
      ['/arrival', undefined],
      ['/findings', { findings: '合闸线圈烧毁' }],
      ['/work-done', { workDone: '更换合闸线圈' }],
      ['/labour', { workKind: 'on-site-repair', minutes: 50 }],
    ] as const) {
      expect((await visit(path, engineer, body)).status).toBe(200);
    }
    const completed = await visit('/completion', engineer, {
      voucherNo: 'V-7',
      firstTimeFix: true,
      signature: { signedBy: '张伟', signedAt: new Date().toISOString(), method: 'signature' },
    });
    expect(completed.status).toBe(200);

    // Dispatch's milestones come back through Kafka onto the case's timeline in intake.
    const timeline = await eventually(
      async () => {
        const res = await intake.call('GET', `/cases/${caseId}`, clerk);
        const entries = (res.body.timeline as Array<{ type: string; data: { summary: string } }>).filter(
          (e) => e.type === 'TimelineEntryRecorded',
        );
        return entries.some((e) => e.data.summary.startsWith('Visit completed')) ? entries : undefined;
      },
      'dispatch milestones on the intake timeline',
      30_000,
    );
    expect(timeline.map((e) => e.data.summary)).toEqual(
      expect.arrayContaining([
        'Engineer e-7 assigned.',
        'Engineer e-7 set off for the site.',
        'Engineer arrived on site.',
        'Visit completed, fixed first time.',
      ]),
    );
  });
});
