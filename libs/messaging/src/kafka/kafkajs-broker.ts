import {
  Kafka,
  logLevel,
  Partitioners,
  type Consumer,
  type KafkaConfig,
  type KafkaMessage,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type {
  BatchContext,
  ConsumerSettings,
  IncomingMessage,
  MessageAdmin,
  MessageBroker,
  MessageConsumer,
  MessageProducer,
  OutgoingMessage,
  PartitionBatch,
  PartitionLag,
  TopicSpec,
} from './message-broker.port';

/**
 * kafkajs's own console lines, less one: a connection logs as an error every CreateTopics answer
 * that names a topic as existing, before the admin treats that as done. Replicas and migration
 * jobs creating their topics at once get it routinely; a real failure still throws to the caller.
 */
export function kafkaLog(): (entry: LogEntry) => void {
  return ({ namespace, level, label, log }) => {
    const { message, ...extra } = log;
    if (
      namespace === 'Connection' &&
      message.startsWith('Response CreateTopics') &&
      extra.error === 'Topic creation errors'
    )
      return;
    const line = JSON.stringify({
      level: label,
      logger: 'kafkajs',
      message: `[${namespace}] ${message}`,
      ...extra,
    });
    if (level === logLevel.ERROR) console.error(line);
    else if (level === logLevel.WARN) console.warn(line);
    else process.stdout.write(`${line}\n`);
  };
}

/** Errors a topic shows while its creation is still reaching the broker that answers. */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/** What waiting for topics asks of a kafkajs admin. */
export interface TopicsView {
  listTopics(): Promise<string[]>;
  fetchTopicMetadata(options: {
    topics: string[];
  }): Promise<{ topics: { name: string; partitions: { leader: number }[] }[] }>;
}

/**
 * Resolves once every partition of the topics has a leader. A topic just created (here or by a
 * replica starting alongside) can be unknown to the broker asked for a while under load; kafkajs'
 * own wait gives up on that answer instead of asking again. The list is asked first because
 * asking a broker for an unknown topic's metadata logs an error.
 */
export async function whenLed(
  topics: readonly string[],
  admin: TopicsView,
  { timeoutMs = 30_000, delayMs = 100 } = {},
): Promise<void> {
  const until = performance.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const known = new Set(await admin.listTopics());
      const unknown = topics.filter((t) => !known.has(t));
      if (unknown.length === 0) {
        const { topics: found } = await admin.fetchTopicMetadata({ topics: [...topics] });
        const leaderless = found.filter(
          (t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0),
        );
        if (leaderless.length === 0) return;
        last = `no leader yet for ${leaderless.map((t) => t.name).join(', ')}`;
      } else {
        last = `not known yet: ${unknown.join(', ')}`;
      }
    } catch (error) {
      if (!NOT_YET.has((error as { type?: string }).type ?? '')) throw error;
      last = error;
    }
    if (performance.now() >= until) {
      throw new Error(`Kafka topics ${topics.join(', ')} not ready within ${timeoutMs} ms: ${String(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

/** The port over kafkajs. */
export class KafkajsBroker implements MessageBroker {
  readonly kafka: Kafka;

  constructor(config: KafkaConfig | Kafka) {
    this.kafka =
      config instanceof Kafka
        ? config
        : new Kafka({ logLevel: logLevel.WARN, logCreator: () => kafkaLog(), ...config });
  }

  producer(): MessageProducer {
    return new KafkajsProducer(
      // Idempotent: a retried send is not written twice; one request in flight keeps per-key order.
      this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // Java-compatible murmur2: a key lands on the partition other clients would choose.
        createPartitioner: Partitioners.DefaultPartitioner,
      }),
    );
  }

  consumer(settings: ConsumerSettings): MessageConsumer {
    return new KafkajsConsumer(
      this.kafka.consumer({
        groupId: settings.groupId,
        sessionTimeout: settings.sessionTimeoutMs ?? 30_000,
        heartbeatInterval: settings.heartbeatIntervalMs ?? 3_000,
        rebalanceTimeout: settings.rebalanceTimeoutMs ?? 60_000,
        maxWaitTimeInMs: settings.maxWaitMs ?? 500,
        allowAutoTopicCreation: false,
      }),
      settings,
    );
  }

  async admin(): Promise<MessageAdmin> {
    const admin = this.kafka.admin();
    await admin.connect();
    return {
      async ensureTopics(topics: readonly TopicSpec[]) {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((t) => !existing.has(t.topic));
        if (missing.length > 0) {
          // Another replica may be creating them too: its TOPIC_ALREADY_EXISTS answers false here.
          // kafkajs' own wait for leaders gives up when the new topic is not on every broker yet.
          await admin.createTopics({
            topics: missing.map((t) => ({ topic: t.topic, numPartitions: t.partitions ?? 1 })),
            waitForLeaders: false,
          });
        }
        await whenLed(
          topics.map((t) => t.topic),
          admin,
        );
      },
      async consumerLag(groupId: string, topics: readonly string[]) {
        const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
        const lags: PartitionLag[] = [];
        for (const { topic, partitions } of committed) {
          const ends = new Map(
            (await admin.fetchTopicOffsets(topic)).map((p) => [
              p.partition,
              { low: Number(p.low), high: Number(p.high) },
            ]),
          );
          for (const { partition, offset } of partitions) {
            const { low, high } = ends.get(partition) ?? { low: 0, high: 0 };
            // -1: nothing committed yet; the group starts at the partition's start.
            const next = Number(offset) < 0 ? low : Number(offset);
            lags.push({ topic, partition, committed: next, end: high, lag: Math.max(0, high - next) });
          }
        }
        return lags;
      },
      disconnect: () => admin.disconnect(),
    };
  }
}

class KafkajsProducer implements MessageProducer {
  constructor(private readonly producer: Producer) {}

  connect(): Promise<void> {
    return this.producer.connect();
  }

  async send(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.producer.send({
      topic,
      acks: -1,
      messages: messages.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })),
    });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

function headersOf(message: KafkaMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value === undefined) continue;
    headers[name] = (Array.isArray(value) ? value[value.length - 1] : value).toString();
  }
  return headers;
}

class KafkajsConsumer implements MessageConsumer {
  private assigned: Record<string, number[]> = {};
  private stopping = false;

  constructor(
    private readonly consumer: Consumer,
    private readonly settings: ConsumerSettings,
  ) {
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      this.assigned = event.payload.memberAssignment;
    });
  }

  connect(): Promise<void> {
    return this.consumer.connect();
  }

  subscribe(topics: readonly string[], options: { fromBeginning?: boolean } = {}): Promise<void> {
    return this.consumer.subscribe({ topics: [...topics], fromBeginning: options.fromBeginning ?? false });
  }

  run(eachBatch: (batch: PartitionBatch, context: BatchContext) => Promise<void>): Promise<void> {
    return this.consumer.run({
      autoCommit: true,
      autoCommitInterval: this.settings.commitIntervalMs ?? 1_000,
      autoCommitThreshold: this.settings.commitThreshold ?? 500,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.settings.partitionsConsumedConcurrently ?? 1,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        commitOffsetsIfNecessary,
        isRunning,
        isStale,
      }) => {
        const messages: IncomingMessage[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key?.toString(),
          value: m.value?.toString(),
          headers: headersOf(m),
          timestamp: m.timestamp,
        }));
        await eachBatch(
          { topic: batch.topic, partition: batch.partition, messages },
          {
            heartbeat,
            isActive: () => !this.stopping && isRunning() && !isStale(),
            markProcessed: resolveOffset,
            commitIfDue: () => commitOffsetsIfNecessary(),
          },
        );
      },
    });
  }

  assignment(): Readonly<Record<string, readonly number[]>> {
    return this.assigned;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // kafkajs waits for the batch in hand, commits resolved offsets and leaves the group.
    await this.consumer.stop();
    this.assigned = {};
  }

  async disconnect(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect();
    this.assigned = {};
  }
}
