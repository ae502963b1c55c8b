import { randomUUID } from 'node:crypto';
import { ContractRegistry } from '@aftersales/contracts';
import { PostgresEventStore, type RecordedEvent } from '@aftersales/event-store';
import { testKafka, withTimeout } from '@aftersales/testing';
import type { Kafka } from 'kafkajs';
import type { PublicEvent } from '../src';

/** A contract for tests: one event per case with a sequence number, to check per-key order. */
export const testContracts = new ContractRegistry([
  {
    type: 'test.noted.v1',
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://aftersales.example.com/contracts/schemas/test/noted.v1.schema.json',
      title: 'test.noted.v1',
      type: 'object',
      additionalProperties: false,
      required: ['caseId', 'seq'],
      properties: { caseId: { type: 'string' }, seq: { type: 'integer', minimum: 1 } },
    },
  },
]);

/** `Noted` is public, `Pondered` stays inside; anything else is a mapping bug. */
export function notedMapper(event: RecordedEvent): PublicEvent | undefined {
  if (event.type === 'Noted') return { type: 'test.noted.v1', payload: event.data };
  if (event.type === 'Pondered') return undefined;
  return { type: 'test.noted.v1', payload: { broken: true } };
}

export async function postgresStore(url: string): Promise<PostgresEventStore> {
  const store = new PostgresEventStore({ connectionString: url, schema: 'event_store', pollMs: 100 });
  await store.migrate();
  return store;
}

/** Appends `perCase` Noted events to each of `cases` streams `note-<caseId>`, interleaved. */
export async function appendNotes(
  store: PostgresEventStore,
  cases: readonly string[],
  perCase: number,
  from = 1,
): Promise<void> {
  for (let seq = from; seq < from + perCase; seq++) {
    await Promise.all(
      cases.map((caseId) =>
        store.appendToStream(`note-${caseId}`, [{ type: 'Noted', data: { caseId, seq } }], {
          expectedVersion: seq === 1 ? 'no-stream' : seq - 1,
        }),
      ),
    );
  }
}

export function caseIds(n: number): string[] {
  return Array.from({ length: n }, () => randomUUID());
}

export interface Collected {
  key: string;
  value: string;
  headers: Record<string, string>;
  partition: number;
}

/** A plain kafkajs reader of a topic, independent of the code under test. */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  count: number,
  ms = 30_000,
): Promise<Collected[]> {
  return readTopicUntil(kafka, topic, (seen) => seen.length >= count, `${count} messages`, ms);
}

/** Reads the topic from the beginning until `done` holds for what has been read. */
export async function readTopicUntil(
  kafka: Kafka,
  topic: string,
  done: (seen: readonly Collected[]) => boolean,
  what: string,
  ms = 30_000,
): Promise<Collected[]> {
  const consumer = kafka.consumer({
    groupId: `${topic}.reader.${randomUUID()}`,
    sessionTimeout: 6_000,
    heartbeatInterval: 500,
    maxWaitTimeInMs: 200,
  });
  const seen: Collected[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await withTimeout(
      new Promise<void>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message, partition }) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
            seen.push({ key: message.key!.toString(), value: message.value!.toString(), headers, partition });
            if (done(seen)) resolve();
          },
        });
      }),
      ms,
      `reading ${what} from ${topic}`,
    );
    return seen;
  } finally {
    await consumer.disconnect();
  }
}

export function kafkaForTests(name: string): Kafka {
  return testKafka(name);
}

/** How many messages a topic holds (sum of high watermarks). */
export async function messageCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}

/** A message as the relay would publish a test.noted.v1 event. */
export function notedMessage(
  caseId: string,
  seq: number,
  id = randomUUID(),
  payload: unknown = { caseId, seq },
) {
  return {
    key: caseId,
    value: JSON.stringify(payload),
    headers: {
      ce_specversion: '1.0',
      ce_id: id,
      ce_type: 'test.noted.v1',
      ce_source: 'urn:aftersales:test',
      ce_time: new Date().toISOString(),
      ce_correlationid: `corr-${caseId}`,
      ce_branch: 'HZ',
      'content-type': 'application/json',
    },
  };
}

/** The effects table of the test handler: one row per application, in application order. */
export const EFFECTS_DDL = `CREATE TABLE IF NOT EXISTS effects (
  n bigserial PRIMARY KEY, event_id text NOT NULL, case_id text NOT NULL, seq integer NOT NULL,
  correlation_id text, causation_id text, branch text)`;

/** Per case, the sequence numbers in the order they were applied; and how often each event was. */
export async function appliedEffects(pool: import('pg').Pool) {
  const { rows } = await pool.query<{ event_id: string; case_id: string; seq: number }>(
    'SELECT event_id, case_id, seq FROM effects ORDER BY n',
  );
  const perCase = new Map<string, number[]>();
  const perEvent = new Map<string, number>();
  for (const r of rows) {
    perCase.set(r.case_id, [...(perCase.get(r.case_id) ?? []), r.seq]);
    perEvent.set(r.event_id, (perEvent.get(r.event_id) ?? 0) + 1);
  }
  return { total: rows.length, perCase, perEvent };
}
