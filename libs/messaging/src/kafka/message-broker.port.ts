/**
 * The little of Kafka the services use, so another client can be measured or swapped in
 * (docs/architecture.md "Kafka"). Keys and values are strings: keys are case ids, values JSON.
 */
export type MessageHeaders = Readonly<Record<string, string>>;

export interface OutgoingMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: MessageHeaders;
}

export interface IncomingMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key?: string;
  readonly value?: string;
  readonly headers: MessageHeaders;
  /** Broker timestamp, ms since the epoch, as a string. */
  readonly timestamp: string;
}

export interface MessageProducer {
  connect(): Promise<void>;
  /** Resolves once every message is acknowledged by all in-sync replicas, in order per key. */
  send(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface MessageContext {
  /** Keeps the group membership alive during a long handler (retries with backoff). */
  heartbeat(): Promise<void>;
  /** False once stop() was called or the partition was taken away: finish and return. */
  isActive(): boolean;
}

export interface PartitionBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly IncomingMessage[];
}

export interface BatchContext extends MessageContext {
  /** Marks the message at this offset and every earlier one of the batch as done (committed later). */
  markProcessed(offset: string): void;
  /** Commits what was marked, when the commit interval or threshold says so. */
  commitIfDue(): Promise<void>;
}

export interface ConsumerSettings {
  readonly groupId: string;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly rebalanceTimeoutMs?: number;
  /** Longest a fetch waits for data; bounds how long stop() takes. */
  readonly maxWaitMs?: number;
  /** Partitions handled at once by one instance. */
  readonly partitionsConsumedConcurrently?: number;
  readonly commitIntervalMs?: number;
  readonly commitThreshold?: number;
}

export interface MessageConsumer {
  connect(): Promise<void>;
  subscribe(topics: readonly string[], options?: { fromBeginning?: boolean }): Promise<void>;
  /**
   * Hands over messages partition batch by partition batch, in offset order. Offsets are
   * committed only as far as markProcessed said, after each batch and on stop.
   */
  run(eachBatch: (batch: PartitionBatch, context: BatchContext) => Promise<void>): Promise<void>;
  /** Partitions this member owns now, per topic. */
  assignment(): Readonly<Record<string, readonly number[]>>;
  /** Stops fetching, waits for the batch in hand, commits, leaves the group. */
  stop(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface TopicSpec {
  readonly topic: string;
  readonly partitions?: number;
}

/** How far a consumer group is behind on one partition. */
export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  /** The next offset the group will read (its committed offset, or the partition's start). */
  readonly committed: number;
  /** The partition's end (high watermark). */
  readonly end: number;
  readonly lag: number;
}

export interface MessageAdmin {
  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  /** Per partition of the topics: messages the group has not committed yet. */
  consumerLag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]>;
  disconnect(): Promise<void>;
}

export interface MessageBroker {
  producer(): MessageProducer;
  consumer(settings: ConsumerSettings): MessageConsumer;
  admin(): Promise<MessageAdmin>;
}
