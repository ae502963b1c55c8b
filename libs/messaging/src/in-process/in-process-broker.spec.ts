import type { IncomingMessage } from '../kafka/message-broker.port';
import { InProcessBroker } from './in-process-broker';

async function collect(broker: InProcessBroker, groupId: string, topic: string, count: number) {
  const got: IncomingMessage[] = [];
  const consumer = broker.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe([topic]);
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run(async (batch, context) => {
    for (const m of batch.messages) {
      got.push(m);
      context.markProcessed(m.offset);
      if (got.length === count) done();
    }
  });
  await finished;
  await consumer.stop();
  return got;
}

describe('in-process bus (standalone in place of Kafka)', () => {
  const send = (broker: InProcessBroker, topic: string, values: string[]) =>
    broker.producer().send(
      topic,
      values.map((v) => ({ key: 'k', value: v, headers: { ce_id: v } })),
    );

  it('delivers in order to each consumer group, and a group resumes after its committed offset', async () => {
    const broker = new InProcessBroker();
    await send(broker, 't', ['a', 'b']);
    const first = collect(broker, 'g1', 't', 3);
    await send(broker, 't', ['c']);
    expect((await first).map((m) => m.value)).toEqual(['a', 'b', 'c']);
    expect((await collect(broker, 'g2', 't', 3)).map((m) => m.value)).toEqual(['a', 'b', 'c']);
    await send(broker, 't', ['d']);
    expect((await collect(broker, 'g1', 't', 1)).map((m) => m.value)).toEqual(['d']);
  });

  it('redelivers what a consumer did not mark processed', async () => {
    const broker = new InProcessBroker();
    await send(broker, 't', ['a', 'b']);
    const consumer = broker.consumer({ groupId: 'g' });
    await consumer.subscribe(['t']);
    let calls = 0;
    let done!: () => void;
    const twice = new Promise<void>((r) => (done = r));
    await consumer.run(async (batch, context) => {
      calls++;
      if (calls === 1) context.markProcessed(batch.messages[0].offset);
      else {
        expect(batch.messages.map((m) => m.value)).toEqual(['b']);
        batch.messages.forEach((m) => context.markProcessed(m.offset));
        done();
      }
    });
    await twice;
    await consumer.stop();
  });
});
