// The relay as its own process, for the crash test: killed with SIGKILL, then started again.
import { Pool } from 'pg';
import { KafkajsBroker, Relay, type MessageProducer } from '../src';
import { notedMapper, postgresStore, testContracts } from './support';
import { Kafka, logLevel } from 'kafkajs';

async function main(): Promise<void> {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const store = await postgresStore(env('RELAY_DATABASE_URL'));
  const pool = new Pool({ connectionString: env('RELAY_DATABASE_URL'), max: 3 });
  const broker = new KafkajsBroker(
    new Kafka({
      clientId: 'relay-process',
      brokers: env('KAFKA_BROKERS').split(','),
      logLevel: logLevel.NOTHING,
    }),
  );
  const kafkaProducer = broker.producer();
  await kafkaProducer.connect();
  // Widens the window between the broker's ack and the checkpoint, and says when it is open,
  // so the test can kill the relay exactly there.
  const pauseMs = Number(process.env.RELAY_PAUSE_AFTER_ACK_MS ?? 0);
  const producer: MessageProducer = {
    connect: () => kafkaProducer.connect(),
    disconnect: () => kafkaProducer.disconnect(),
    async send(topic, messages) {
      await kafkaProducer.send(topic, messages);
      if (pauseMs > 0) {
        process.stdout.write(`acked ${messages.length}\n`);
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    },
  };
  const relay = new Relay({
    service: 'test',
    categories: ['note'],
    store,
    pool,
    schema: 'messaging',
    producer,
    mapper: notedMapper,
    contracts: testContracts,
    topic: env('RELAY_TOPIC'),
    batchSize: Number(process.env.RELAY_BATCH_SIZE ?? 100),
    idleMs: 10,
    standbyMs: 100,
    onError: (error) => console.error(`relay-process: ${(error as Error).message}`),
  });
  await relay.migrate();
  relay.start();
  process.stdout.write('started\n');
  process.on('SIGTERM', () => {
    void relay
      .stop()
      .then(() => Promise.all([producer.disconnect(), store.close(), pool.end()]))
      .then(() => process.exit(0));
  });
  await relay.done;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
