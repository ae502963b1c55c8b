import { randomUUID } from 'node:crypto';
import { requestContext } from '@aftersales/kernel';
import {
  createTestDatabase,
  createTopics,
  eventually,
  uniqueTopic,
  type TestDatabase,
} from '@aftersales/testing';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import {
  appliedEffects,
  EFFECTS_DDL,
  kafkaForTests,
  messageCount,
  notedMessage,
  readTopic,
  testContracts,
} from '../../test/support';
import { KafkajsBroker } from '../kafka/kafkajs-broker';
import type { MessageProducer } from '../kafka/message-broker.port';
import { InboxConsumer, type EventHandler, type InboxConsumerOptions } from './inbox-consumer';

describe('inbox consumer', () => {
  let db: TestDatabase;
  let pool: Pool;
  let kafka: Kafka;
  let broker: KafkajsBroker;
  let producer: MessageProducer;
  let topic: string;
  const consumers: InboxConsumer[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('inbox');
    pool = db.pool({ max: 8 });
    await pool.query(EFFECTS_DDL);
    kafka = kafkaForTests('inbox');
    broker = new KafkajsBroker(kafka);
    topic = uniqueTopic('inbox');
    producer = broker.producer();
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((c) => c.stop()));
    await producer.disconnect();
    await db.drop();
  });

  /** Records each application, with the request context it ran in. */
  const recordEffect: EventHandler = async (event, tx) => {
    const { caseId, seq } = event.payload as { caseId: string; seq: number };
    const context = requestContext.current();
    await tx.query(
      'INSERT INTO effects (event_id, case_id, seq, correlation_id, causation_id, branch) VALUES ($1, $2, $3, $4, $5, $6)',
      [event.id, caseId, seq, context?.correlationId, context?.causationId, context?.branch],
    );
  };

  function consumer(overrides: Partial<InboxConsumerOptions> = {}): InboxConsumer {
    const c = new InboxConsumer({
      broker,
      groupId: `${topic}.group`,
      topics: [topic],
      pool,
      schema: 'messaging',
      contracts: testContracts,
      handler: recordEffect,
      retry: { attempts: 3, initialDelayMs: 20, maxDelayMs: 100 },
      settings: {
        sessionTimeoutMs: 6_000,
        heartbeatIntervalMs: 300,
        rebalanceTimeoutMs: 5_000,
        maxWaitMs: 100,
      },
      ...overrides,
    });
    consumers.push(c);
    return c;
  }

  async function committedOffsets(groupId: string): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return offsets.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    } finally {
      await admin.disconnect();
    }
  }

  it('sends a poison message to <topic>.dlq with its error and headers, and processes the messages after it', async () => {
    await createTopics(kafka, [topic], 1);
    const caseId = randomUUID();
    let flakyFailures = 0;
    const c = consumer({
      handler: async (event, tx) => {
        const { seq } = event.payload as { seq: number };
        if (seq === 4) throw new Error('downstream table is locked (always)');
        if (seq === 5 && flakyFailures++ === 0) throw new Error('deadlock detected (once)');
        await recordEffect(event, tx);
      },
    });
    await c.migrate();
    const invalid = notedMessage(caseId, 3, randomUUID(), { caseId, seq: 'three' });
    await producer.send(topic, [
      notedMessage(caseId, 1),
      notedMessage(caseId, 2),
      invalid,
      notedMessage(caseId, 4),
      notedMessage(caseId, 5),
      notedMessage(caseId, 6),
    ]);
    await c.start();

    await eventually(
      async () => (await appliedEffects(pool)).total === 4,
      'the four good messages are applied',
    );
    const dead = await readTopic(kafka, `${topic}.dlq`, 2);
    expect((await appliedEffects(pool)).perCase.get(caseId)).toEqual([1, 2, 5, 6]);

    const schemaFailure = dead.find((m) => m.headers.ce_id === invalid.headers.ce_id)!;
    expect(schemaFailure.value).toBe(invalid.value);
    expect(schemaFailure.key).toBe(caseId);
    expect(schemaFailure.headers).toMatchObject({
      ...invalid.headers,
      dlq_error_name: 'ContractViolation',
      dlq_error: expect.stringContaining('/seq'),
      dlq_attempts: '0',
      dlq_topic: topic,
      dlq_partition: '0',
      dlq_offset: '2',
      dlq_consumer: `${topic}.group`,
    });
    const handlerFailure = dead.find((m) => JSON.parse(m.value).seq === 4)!;
    expect(handlerFailure.headers).toMatchObject({
      dlq_error: 'downstream table is locked (always)',
      dlq_attempts: '3',
      dlq_offset: '3',
    });
    // Consumption moved on: every offset is committed once the consumer stops.
    await c.stop();
    expect(await committedOffsets(`${topic}.group`)).toBe(6);
    expect(await messageCount(kafka, `${topic}.dlq`)).toBe(2);
  });

  it('applies a redelivered event (same ce_id) once, inside a request context caused by the event', async () => {
    await createTopics(kafka, [topic], 1);
    const caseId = randomUUID();
    const message = notedMessage(caseId, 1);
    const c = consumer();
    await c.migrate();
    await producer.send(topic, [message, notedMessage(caseId, 2), message]);
    await c.start();
    await eventually(async () => (await appliedEffects(pool)).total >= 2, 'both events applied');
    await producer.send(topic, [message, notedMessage(caseId, 3)]);
    await eventually(async () => (await appliedEffects(pool)).total >= 3, 'third event applied');
    const effects = await appliedEffects(pool);
    expect(effects.perCase.get(caseId)).toEqual([1, 2, 3]);
    expect(effects.perEvent.get(message.headers.ce_id)).toBe(1);
    expect(await c.isProcessed(message.headers.ce_id)).toBe(true);
    const { rows } = await pool.query(
      'SELECT correlation_id, causation_id, branch FROM effects WHERE event_id = $1',
      [message.headers.ce_id],
    );
    expect(rows[0]).toEqual({
      correlation_id: `corr-${caseId}`,
      causation_id: message.headers.ce_id,
      branch: 'HZ',
    });
  });

  it('splits partitions between two instances of a group; stopping one hands its partitions over without loss or double effects', async () => {
    await createTopics(kafka, [topic], 4);
    const cases = Array.from({ length: 24 }, () => randomUUID());
    const publish = async (from: number, to: number) => {
      for (let seq = from; seq <= to; seq++)
        await producer.send(
          topic,
          cases.map((c) => notedMessage(c, seq)),
        );
    };
    const a = consumer();
    const b = consumer();
    await a.migrate();
    await a.start();
    await b.start();
    await eventually(() => {
      const pa = a.assignment()[topic] ?? [];
      const pb = b.assignment()[topic] ?? [];
      return pa.length > 0 && pb.length > 0 && [...pa, ...pb].sort().join() === '0,1,2,3';
    }, 'both instances own partitions, together all four');

    await publish(1, 30);
    await eventually(async () => (await appliedEffects(pool)).total >= 300, 'some events applied by both');
    const publishing = publish(31, 60);
    await a.stop();
    await publishing;
    await eventually(() => (b.assignment()[topic] ?? []).length === 4, 'b owns every partition');
    await publish(61, 80);

    await eventually(
      async () => (await appliedEffects(pool)).total >= cases.length * 80,
      'every event applied',
      30_000,
    );
    const effects = await appliedEffects(pool);
    expect(effects.total).toBe(cases.length * 80);
    expect([...effects.perEvent.values()].every((n) => n === 1)).toBe(true);
    for (const caseId of cases) {
      expect(effects.perCase.get(caseId)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    }
  });
});
