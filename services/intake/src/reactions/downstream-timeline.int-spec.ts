import { contracts, dispatchExamples } from '@aftersales/contracts';
import { startRuntimeFromEnv } from '@aftersales/platform';
import {
  createTestDatabase,
  eventually,
  testKafka,
  uniqueTopic,
  type TestDatabase,
} from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { caseStreamId } from '../case/case.decider';
import { registerCommand } from '../case/case.fixtures';
import type { IntakeRuntime } from '../intake.runtime';
import { intakeService } from '../intake.service';

describe('downstream events on the case timeline', () => {
  let db: TestDatabase;
  let runtime: IntakeRuntime;
  let producer: Producer;
  const topic = uniqueTopic('aftersales.dispatch.events');

  beforeAll(async () => {
    db = await createTestDatabase('intake_downstream');
    runtime = await startRuntimeFromEnv(
      intakeService,
      {
        DATABASE_URL: db.url,
        KAFKA_BROKERS: process.env.KAFKA_BROKERS,
        INTAKE_EVENTS_TOPIC: uniqueTopic('aftersales.intake.events'),
        KAFKA_PARTITIONS: '2',
        DOWNSTREAM_TOPICS: topic,
        // A group of its own: a member of a shared group can be handed another's topics and never
        // see this test's events (kafkajs assigns across every member's subscriptions).
        DOWNSTREAM_CONSUMER_GROUP: `${topic}.intake`,
      },
      { contracts },
    );
    producer = testKafka('dispatch-stand-in').producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await runtime.stop();
    await db.drop();
  });

  const publish = (id: string, payload: object, type = 'dispatch.visit-completed.v1') =>
    producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key: (payload as { caseId: string }).caseId,
          value: JSON.stringify(payload),
          headers: {
            ce_id: id,
            ce_type: type,
            ce_source: 'urn:aftersales:dispatch',
            ce_specversion: '1.0',
            ce_time: new Date().toISOString(),
            ce_correlationid: 'corr-d',
          },
        },
      ],
    });

  it('records a dispatch milestone once on the case, even when delivered twice, and ignores unknown cases', async () => {
    const caseId = randomUUID();
    await runtime.commands.execute(registerCommand({ caseId }));
    const eventId = randomUUID();
    const completed = { ...dispatchExamples['dispatch.visit-completed.v1'], caseId, firstTimeFix: true };
    await publish(eventId, completed);
    await publish(eventId, completed);
    await publish(randomUUID(), { ...completed, caseId: randomUUID() });
    const stream = caseStreamId(caseId);
    await eventually(
      async () => (await runtime.store.readStream(stream)).some((e) => e.type === 'TimelineEntryRecorded'),
      'timeline entry from dispatch',
      30_000,
    );
    await eventually(
      () => runtime.reaction('downstream-timeline').isProcessed(eventId),
      'inbox has the event',
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const entries = (await runtime.store.readStream(stream)).filter(
      (e) => e.type === 'TimelineEntryRecorded',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0].data).toMatchObject({
      source: 'dispatch',
      sourceEventId: eventId,
      sourceEventType: 'dispatch.visit-completed.v1',
      summary: 'Visit completed, fixed first time.',
      summaryZh: '上门服务完成，一次修复。',
    });
    expect(entries[0].metadata).toMatchObject({ causationId: eventId, correlationId: 'corr-d' });
  });

  it('the take-back receipt number and a visit start reach the case timeline as sentences', async () => {
    const caseId = randomUUID();
    await runtime.commands.execute(registerCommand({ caseId }));
    const takenBack = { ...dispatchExamples['dispatch.product-taken-back.v1'], caseId };
    await publish(
      randomUUID(),
      { ...dispatchExamples['dispatch.visit-started.v1'], caseId },
      'dispatch.visit-started.v1',
    );
    await publish(randomUUID(), takenBack, 'dispatch.product-taken-back.v1');
    const summaries = async () =>
      (await runtime.store.readStream(caseStreamId(caseId)))
        .filter((e) => e.type === 'TimelineEntryRecorded')
        .map((e) => (e.data as { summary: string }).summary);
    await eventually(
      async () => (await summaries()).length === 2,
      'two timeline entries from dispatch',
      30_000,
    );
    expect(await summaries()).toEqual([
      'Engineer eng-7 set off for the site.',
      `Product taken back for repair, receipt ${takenBack.receiptNo}.`,
    ]);
  });
});
