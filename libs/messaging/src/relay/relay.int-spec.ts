import { intakeExamples, contracts as publicContracts } from '@aftersales/contracts';
import type { PostgresEventStore } from '@aftersales/event-store';
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
  appendNotes,
  caseIds,
  kafkaForTests,
  messageCount,
  notedMapper,
  postgresStore,
  readTopic,
  readTopicUntil,
  testContracts,
} from '../../test/support';
import { KafkajsBroker } from '../kafka/kafkajs-broker';
import type { MessageProducer } from '../kafka/message-broker.port';
import { Relay, RelayContractFailure, type RelayOptions } from './relay';

describe('relay: event store -> Kafka', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let kafka: Kafka;
  let producer: MessageProducer;
  let topic: string;
  const relays: Relay[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('relay');
    store = await postgresStore(db.url);
    pool = db.pool({ max: 4 });
    kafka = kafkaForTests('relay');
    topic = uniqueTopic('relay');
    await createTopics(kafka, [topic], 3);
    producer = new KafkajsBroker(kafka).producer();
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await producer.disconnect();
    await store.close();
    await db.drop();
  });

  function relay(overrides: Partial<RelayOptions> = {}): Relay {
    const r = new Relay({
      service: 'test',
      categories: ['note'],
      store,
      pool,
      schema: 'messaging',
      producer,
      mapper: notedMapper,
      contracts: testContracts,
      topic,
      batchSize: 50,
      idleMs: 20,
      standbyMs: 100,
      ...overrides,
    });
    relays.push(r);
    return r;
  }

  it('publishes the public events of its own streams, keyed by case id, with CloudEvents headers', async () => {
    const cases = caseIds(3);
    const context = {
      actor: { userId: 'u-7', role: 'intake-clerk' },
      branch: 'HZ',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
    };
    await appendNotes(store, cases, 2);
    await store.appendToStream(`note-${cases[0]}`, [{ type: 'Pondered', data: { caseId: cases[0] } }], {
      context,
    });
    await store.appendToStream(`note-${cases[0]}`, [{ type: 'Noted', data: { caseId: cases[0], seq: 3 } }], {
      context,
    });
    // Another service's stream: not this relay's to publish.
    await store.appendToStream('other-1', [{ type: 'Noted', data: { caseId: 'x', seq: 1 } }]);
    const last = (await store.readStream(`note-${cases[0]}`)).at(-1)!;

    const r = relay();
    await r.migrate();
    r.start();
    await eventually(
      () => r.position >= last.globalPosition,
      'relay checkpoint reaches the last owned event',
    );

    const messages = await readTopic(kafka, topic, 7);
    expect(await messageCount(kafka, topic)).toBe(7);
    for (const caseId of cases) {
      const seqs = messages.filter((m) => m.key === caseId).map((m) => JSON.parse(m.value).seq);
      expect(seqs).toEqual(caseId === cases[0] ? [1, 2, 3] : [1, 2]);
    }
    const third = messages.find((m) => m.key === cases[0] && JSON.parse(m.value).seq === 3)!;
    expect(JSON.parse(third.value)).toEqual({ caseId: cases[0], seq: 3 });
    expect(third.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: last.metadata.eventId,
      ce_type: 'test.noted.v1',
      ce_source: 'urn:aftersales:test',
      ce_time: last.metadata.occurredAt,
      ce_subject: `note-${cases[0]}`,
      ce_dataschema: 'https://aftersales.example.com/contracts/schemas/test/noted.v1.schema.json',
      ce_correlationid: 'corr-1',
      ce_causationid: 'cmd-1',
      ce_actorid: 'u-7',
      ce_actorrole: 'intake-clerk',
      ce_branch: 'HZ',
      'content-type': 'application/json',
    });
    const { rows } = await pool.query('SELECT position FROM messaging.relay_checkpoint WHERE relay = $1', [
      'test',
    ]);
    expect(Number(rows[0].position)).toBe(last.globalPosition);
  });

  it('publishes a real intake contract, keyed by the payload caseId', async () => {
    const payload = intakeExamples['intake.case-accepted.v1'];
    await store.appendToStream('case-7', [{ type: 'CaseAccepted', data: payload }]);
    const r = relay({
      service: 'intake',
      categories: ['case'],
      contracts: publicContracts,
      mapper: (e) =>
        e.type === 'CaseAccepted' ? { type: 'intake.case-accepted.v1', payload: e.data } : undefined,
    });
    await r.migrate();
    r.start();
    const [message] = await readTopic(kafka, topic, 1);
    expect(message.key).toBe(payload.caseId);
    expect(message.headers.ce_type).toBe('intake.case-accepted.v1');
    expect(message.headers.ce_source).toBe('urn:aftersales:intake');
  });

  it('stops loudly on an event that breaks its contract, publishing nothing of it and keeping the checkpoint before it', async () => {
    const [caseId] = caseIds(1);
    const r = relay();
    await r.migrate();
    r.start();
    await appendNotes(store, [caseId], 1);
    const first = (await store.readStream(`note-${caseId}`))[0];
    await eventually(() => r.position >= first.globalPosition, 'first event published');

    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await store.appendToStream(`note-${caseId}`, [{ type: 'Garbled', data: {} }]);
    await store.appendToStream(`note-${caseId}`, [{ type: 'Noted', data: { caseId, seq: 3 } }]);
    await expect(r.done).rejects.toThrow(RelayContractFailure);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/Garbled.*caseId/));
    errors.mockRestore();

    expect(r.state).toBe('failed');
    expect(await messageCount(kafka, topic)).toBe(1);
    const { rows } = await pool.query('SELECT position FROM messaging.relay_checkpoint');
    expect(Number(rows[0].position)).toBe(first.globalPosition);
  });

  it('misses nothing appended by concurrent writers while it runs (no sequence gaps)', async () => {
    const r = relay({ batchSize: 20, idleMs: 1 });
    await r.migrate();
    r.start();
    const cases = caseIds(8);
    // Each case its own writer, racing the others and the relay's reads.
    await Promise.all(cases.map((caseId) => appendNotes(store, [caseId], 40)));
    const last = (await store.readAll()).at(-1)!.globalPosition;
    await eventually(() => r.position >= last, 'relay reaches the end of the log');
    const messages = await readTopic(kafka, topic, 320);
    expect(await messageCount(kafka, topic)).toBe(320);
    for (const caseId of cases) {
      expect(messages.filter((m) => m.key === caseId).map((m) => JSON.parse(m.value).seq)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    }
  });

  it('runs one active relay per service; a standby takes over from the checkpoint when the holder goes', async () => {
    const cases = caseIds(4);
    const a = relay();
    const b = relay();
    await a.migrate();
    a.start();
    await eventually(() => a.state === 'active', 'a holds the lease');
    b.start();
    await eventually(() => b.state === 'standby', 'b waits');
    await appendNotes(store, cases, 5);
    const lastA = (await store.readAll()).at(-1)!.globalPosition;
    await eventually(() => a.position >= lastA, 'a publishes everything');
    expect(b.state).toBe('standby');

    await a.stop();
    await eventually(() => b.state === 'active', 'b takes over');
    await appendNotes(store, cases, 5, 6);
    const lastB = (await store.readAll()).at(-1)!.globalPosition;
    await eventually(() => b.position >= lastB, 'b publishes the rest');

    const messages = await readTopic(kafka, topic, 40);
    expect(await messageCount(kafka, topic)).toBe(40);
    for (const caseId of cases) {
      expect(messages.filter((m) => m.key === caseId).map((m) => JSON.parse(m.value).seq)).toEqual(
        Array.from({ length: 10 }, (_, i) => i + 1),
      );
    }
  });

  it('after a transient failure it lets the lease go and says standby until it holds it again', async () => {
    let sends = 0;
    const flaky: MessageProducer = {
      connect: () => producer.connect(),
      disconnect: async () => undefined,
      send: async (t, messages) => {
        if (sends++ === 0) throw new Error('broker timed out');
        await producer.send(t, messages);
      },
    };
    const errors: unknown[] = [];
    const r = relay({ producer: flaky, onError: (e) => errors.push(e) });
    await r.migrate();
    r.start();
    await eventually(() => r.state === 'active', 'relay active');
    await appendNotes(store, caseIds(1), 3);
    r.poke();
    await eventually(() => r.state === 'standby', 'standby while it waits to retry', 5_000, 2);
    expect(errors).toHaveLength(1);
    const last = (await store.readAll()).at(-1)!.globalPosition;
    await eventually(() => r.state === 'active' && r.position >= last, 'active again, everything sent');
  });

  it('a standby takes over when the holder loses its database connection (lock released by PostgreSQL)', async () => {
    const cases = caseIds(2);
    const errors: unknown[] = [];
    const a = relay({ onError: (e) => errors.push(e) });
    const b = relay();
    await a.migrate();
    a.start();
    await eventually(() => a.state === 'active', 'a holds the lease');
    b.start();
    await eventually(() => b.state === 'standby', 'b waits');

    // The session holding the advisory lock dies, as when its host vanishes. Only in this test's
    // database: other suites running beside it hold leases of their own.
    await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    await eventually(() => b.state === 'active' || a.state === 'active', 'a replica holds the lease again');
    await appendNotes(store, cases, 10);
    const last = (await store.readAll()).at(-1)!.globalPosition;
    await eventually(
      () => Math.max(a.position, b.position) >= last,
      'the active replica publishes everything',
    );
    expect([a.state, b.state].sort()).toEqual(['active', 'standby']);

    // At least once: the old holder may publish a batch it had read before it noticed the loss,
    // and the new one publishes again from the checkpoint. Nothing is lost, and each case's
    // events first arrive in order.
    const seqsOf = (seen: readonly { key: string; value: string }[], caseId: string) =>
      seen.filter((m) => m.key === caseId).map((m) => JSON.parse(m.value).seq as number);
    const messages = await readTopicUntil(
      kafka,
      topic,
      (seen) => cases.every((caseId) => new Set(seqsOf(seen, caseId)).size === 10),
      'every event of both cases',
    );
    for (const caseId of cases) {
      expect([...new Set(seqsOf(messages, caseId))]).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    }
  });

  it('under a stream of appends it gathers them into one request after a batch that did not fill up', async () => {
    const sent: number[] = [];
    const counting: MessageProducer = {
      connect: () => producer.connect(),
      disconnect: async () => undefined,
      send: async (t, messages) => {
        await producer.send(t, messages);
        sent.push(messages.length);
      },
    };
    const [caseId] = caseIds(1);
    // Pauses far longer than the five appends take, even on a loaded machine.
    const r = relay({ producer: counting, gatherMs: 5_000, gatherPerEventMs: 5_000 });
    await r.migrate();
    r.start();
    await eventually(() => r.state === 'active', 'relay active');

    await appendNotes(store, [caseId], 1);
    r.poke();
    await eventually(() => sent.length === 1, 'the first event goes at once');
    // Five more, each announced as it is appended: none cuts the gathering short.
    for (let seq = 2; seq <= 6; seq++) {
      await appendNotes(store, [caseId], 1, seq);
      r.poke();
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const last = (await store.readAll()).at(-1)!.globalPosition;
    await eventually(() => r.position >= last, 'everything sent');
    expect(sent).toEqual([1, 5]);

    // A pause of 5 s begins after that partial batch: stopping cuts it short.
    const stopping = Date.now();
    await r.stop();
    expect(Date.now() - stopping).toBeLessThan(4_000);
    const messages = await readTopic(kafka, topic, 6);
    expect(messages.map((m) => JSON.parse(m.value).seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
