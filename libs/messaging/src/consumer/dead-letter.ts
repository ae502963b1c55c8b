import { deadLetterTopicOf } from '@aftersales/contracts';
import type { IncomingMessage, MessageProducer } from '../kafka/message-broker.port';

export interface DeadLetterReason {
  readonly error: unknown;
  readonly attempts: number;
  readonly consumer: string;
}

/**
 * A message that cannot be handled goes to `<topic>.dlq` as it came (key, value, headers) with
 * the error beside it, so it can be inspected and replayed; the partition then moves on.
 */
export class DeadLetters {
  constructor(private readonly producer: MessageProducer) {}

  async send(message: IncomingMessage, reason: DeadLetterReason): Promise<void> {
    const error = reason.error instanceof Error ? reason.error : new Error(String(reason.error));
    await this.producer.send(deadLetterTopicOf(message.topic), [
      {
        key: message.key ?? '',
        value: message.value ?? '',
        headers: {
          ...message.headers,
          dlq_error: error.message.slice(0, 4_000),
          dlq_error_name: error.name,
          dlq_attempts: String(reason.attempts),
          dlq_consumer: reason.consumer,
          dlq_topic: message.topic,
          dlq_partition: String(message.partition),
          dlq_offset: message.offset,
          dlq_failed_at: new Date().toISOString(),
        },
      },
    ]);
  }
}
