import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { contracts, intakeExamples } from '@aftersales/contracts';
import { PostgresEventStore } from '@aftersales/event-store';
import { InboxConsumer, KafkajsBroker } from '@aftersales/messaging';
import {
  createTestDatabase,
  createTopics,
  eventually,
  testKafka,
  uniqueTopic,
  type TestDatabase,
} from '@aftersales/testing';
import { OpenTicketHandler, OpenTicketOnCaseRegistered } from '../../test/ticket.nest';
import { EventSourcingModule } from './event-sourcing.module';

describe('a Kafka-driven process manager', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>;
  let consumer: InboxConsumer | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('procmgr');
    store = new PostgresEventStore({ connectionString: db.url, schema: 'event_store' });
    await store.migrate();
    @Module({
      imports: [CqrsModule.forRoot(), EventSourcingModule.forRoot({ store })],
      providers: [OpenTicketHandler, OpenTicketOnCaseRegistered],
    })
    class ReactionsModule {}
    app = await NestFactory.createApplicationContext(ReactionsModule, { logger: false });
  });

  afterAll(async () => {
    await consumer?.stop();
    await app.close();
    await store.close();
    await db.drop();
  });

  it('turns a consumed event into one command, even when its first handling failed after the append', async () => {
    const kafka = testKafka('procmgr');
    const topic = uniqueTopic('procmgr');
    await createTopics(kafka, [topic], 1);
    const manager = app.get(OpenTicketOnCaseRegistered);
    let crashes = 0;
    consumer = new InboxConsumer({
      broker: new KafkajsBroker(kafka),
      groupId: `${topic}.group`,
      topics: [topic],
      pool: db.pool({ max: 4 }),
      schema: 'reactions',
      contracts,
      retry: { attempts: 3, initialDelayMs: 20, maxDelayMs: 50 },
      settings: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, maxWaitMs: 100 },
      // The command's events are appended, then the inbox transaction fails once (e.g. a lost
      // connection): the retry must recognise the append, not open a second ticket.
      handler: async (event, tx) => {
        await manager.asHandler()(event, tx);
        if (crashes++ === 0) throw new Error('connection lost before the inbox commit');
      },
    });
    await consumer.migrate();
    const payload = intakeExamples['intake.case-registered.v1'];
    const eventId = randomUUID();
    const producer = new KafkajsBroker(kafka).producer();
    await producer.connect();
    await producer.send(topic, [
      {
        key: payload.caseId,
        value: JSON.stringify(payload),
        headers: {
          ce_specversion: '1.0',
          ce_id: eventId,
          ce_type: 'intake.case-registered.v1',
          ce_source: 'urn:aftersales:intake',
          ce_time: payload.registeredAt,
          ce_correlationid: 'corr-from-intake',
          ce_branch: 'HZ',
        },
      },
    ]);
    await producer.disconnect();
    await consumer.start();

    await eventually(() => consumer!.isProcessed(eventId), 'the event is in the inbox');
    const events = await store.readStream(`ticket-${payload.caseId}`);
    expect(crashes).toBe(2);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('TicketOpened');
    expect(events[0].metadata).toMatchObject({
      actor: { userId: 'system', role: 'system' },
      branch: 'HZ',
      correlationId: 'corr-from-intake',
      causationId: eventId,
    });
  });
});
