import { EventEmitter } from 'node:events';
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
  TopicSpec,
} from '../kafka/message-broker.port';

interface Topic {
  readonly messages: IncomingMessage[];
}

/**
 * The message-broker port inside one process, for the standalone back office (docs/architecture.md
 * "How it runs": an in-process bus in place of Kafka). One partition per topic, consumer groups
 * with committed offsets, at-least-once delivery like Kafka's; nothing survives the process,
 * which is why standalone services replay from their own checkpoints in PostgreSQL.
 */
export class InProcessBroker implements MessageBroker {
  private readonly topics = new Map<string, Topic>();
  private readonly committed = new Map<string, number>();
  private readonly appended = new EventEmitter().setMaxListeners(0);

  topic(name: string): Topic {
    let topic = this.topics.get(name);
    if (!topic) this.topics.set(name, (topic = { messages: [] }));
    return topic;
  }

  producer(): MessageProducer {
    return {
      connect: async () => undefined,
      disconnect: async () => undefined,
      send: async (name: string, messages: readonly OutgoingMessage[]) => {
        const topic = this.topic(name);
        for (const m of messages) {
          topic.messages.push({
            topic: name,
            partition: 0,
            offset: String(topic.messages.length),
            key: m.key,
            value: m.value,
            headers: { ...m.headers },
            timestamp: String(Date.now()),
          });
        }
        this.appended.emit('append', name);
      },
    };
  }

  consumer(settings: ConsumerSettings): MessageConsumer {
    return new InProcessConsumer(this, settings.groupId, this.committed, this.appended);
  }

  async admin(): Promise<MessageAdmin> {
    return {
      ensureTopics: async (topics: readonly TopicSpec[]) => topics.forEach((t) => this.topic(t.topic)),
      consumerLag: async (groupId: string, topics: readonly string[]) =>
        topics.map((topic) => {
          const end = this.topic(topic).messages.length;
          const committed = this.committed.get(`${groupId}|${topic}`) ?? 0;
          return { topic, partition: 0, committed, end, lag: Math.max(0, end - committed) };
        }),
      disconnect: async () => undefined,
    };
  }
}

class InProcessConsumer implements MessageConsumer {
  private topics: readonly string[] = [];
  private fromBeginning = true;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  /** An append since the loop last looked: it must look again before waiting. */
  private dirty = false;

  constructor(
    private readonly broker: InProcessBroker,
    private readonly groupId: string,
    private readonly committed: Map<string, number>,
    private readonly appended: EventEmitter,
  ) {}

  async connect(): Promise<void> {}

  async subscribe(topics: readonly string[], options: { fromBeginning?: boolean } = {}): Promise<void> {
    this.topics = [...topics];
    this.fromBeginning = options.fromBeginning ?? true;
    for (const t of topics) {
      const key = `${this.groupId}|${t}`;
      if (!this.committed.has(key))
        this.committed.set(key, this.fromBeginning ? 0 : this.broker.topic(t).messages.length);
    }
  }

  async run(eachBatch: (batch: PartitionBatch, context: BatchContext) => Promise<void>): Promise<void> {
    this.running = true;
    const onAppend = () => {
      this.dirty = true;
      this.wake?.();
    };
    this.appended.on('append', onAppend);
    this.loop = (async () => {
      try {
        while (this.running) {
          this.dirty = false;
          let handed = 0;
          for (const t of this.topics) {
            const key = `${this.groupId}|${t}`;
            const from = this.committed.get(key) ?? 0;
            const messages = this.broker.topic(t).messages.slice(from, from + 500);
            if (messages.length === 0) continue;
            handed += messages.length;
            let marked = from;
            const context: BatchContext = {
              heartbeat: async () => undefined,
              isActive: () => this.running,
              markProcessed: (offset) => (marked = Math.max(marked, Number(offset) + 1)),
              commitIfDue: async () => void this.committed.set(key, marked),
            };
            await eachBatch({ topic: t, partition: 0, messages }, context);
            this.committed.set(key, marked);
            // A handler that gave up on a message leaves it for the next round, like a Kafka seek.
            if (marked === from) await new Promise((r) => setTimeout(r, 200));
          }
          if (handed === 0 && !this.dirty) await new Promise<void>((resolve) => (this.wake = resolve));
        }
      } finally {
        this.appended.off('append', onAppend);
      }
    })();
  }

  assignment(): Readonly<Record<string, readonly number[]>> {
    return Object.fromEntries(this.topics.map((t) => [t, [0]]));
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  async disconnect(): Promise<void> {}
}

let shared: InProcessBroker | undefined;

/** KAFKA_BROKERS=in-process: every service of this process shares one in-process bus. */
export function inProcessBroker(): InProcessBroker {
  return (shared ??= new InProcessBroker());
}
