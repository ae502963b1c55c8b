import { inProcessBroker } from '../in-process/in-process-broker';
import { KafkajsBroker } from './kafkajs-broker';
import type { MessageBroker } from './message-broker.port';

/** The broker a service's config names: a Kafka bootstrap list, or `in-process` (standalone). */
export function brokerFor(brokers: readonly string[], clientId: string): MessageBroker {
  if (brokers.length === 1 && brokers[0] === 'in-process') return inProcessBroker();
  return new KafkajsBroker({
    clientId,
    brokers: [...brokers],
    connectionTimeout: 5_000,
    requestTimeout: 30_000,
  });
}
