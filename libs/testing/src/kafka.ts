import { randomBytes } from 'node:crypto';
import { Kafka, KafkaConfig, logLevel } from 'kafkajs';

export function kafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers)
    throw new Error('KAFKA_BROKERS is not set: the jest global setup did not choose a Kafka broker');
  return brokers.split(',');
}

/** A kafkajs client with bounded timeouts, so a vanished broker fails a test instead of hanging it. */
export function testKafka(clientId = 'test', config: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId,
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 },
    ...config,
  });
}

/** A topic name no other test uses. */
export function uniqueTopic(prefix = 'test'): string {
  return `${prefix}.${Date.now().toString(36)}.${randomBytes(3).toString('hex')}`;
}

export async function createTopics(kafka: Kafka, topics: string[], numPartitions = 3): Promise<void> {
  const admin = kafka.admin();
  try {
    await withTimeout(admin.connect(), 10_000, 'Kafka admin connect');
    await withTimeout(
      admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions })), waitForLeaders: true }),
      20_000,
      `Kafka createTopics ${topics.join(',')}`,
    );
  } finally {
    await admin.disconnect();
  }
}

/** Rejects with a message naming what was awaited when it takes longer than ms. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until check() is truthy; fails naming what it waited for. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  ms = 20_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not reached within ${ms} ms${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A published message as a reader of a service's topic sees it. */
export interface TopicMessage {
  readonly key: string;
  readonly type: string;
  readonly headers: Record<string, string>;
  readonly payload: unknown;
}

/** Reads a topic from its start into `seen` (CloudEvents headers as strings) until stopped. */
export async function readTopic(
  topic: string,
  clientId = 'topic-reader',
): Promise<{ readonly seen: TopicMessage[]; stop(): Promise<void> }> {
  const seen: TopicMessage[] = [];
  const consumer = testKafka(clientId).consumer({ groupId: `${topic}.reader`, sessionTimeout: 10_000 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
      );
      seen.push({
        key: message.key!.toString(),
        type: headers.ce_type,
        headers,
        payload: JSON.parse(message.value!.toString()),
      });
    },
  });
  return { seen, stop: () => consumer.disconnect() };
}
