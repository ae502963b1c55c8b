import { kafkaBrokers, testKafka, uniqueTopic } from '@aftersales/testing';
import { brokerFor } from './broker-for';

describe('the Kafka admin of the port (real broker)', () => {
  it('replicas creating the same topics at once all succeed, and none logs an error for it', async () => {
    const logged: string[] = [];
    const spies = (['error', 'warn', 'log', 'info'] as const).map((method) =>
      jest
        .spyOn(console, method)
        .mockImplementation((...args: unknown[]) => void logged.push(args.join(' '))),
    );
    const topics = [uniqueTopic('race'), uniqueTopic('race')];
    try {
      const admins = await Promise.all(
        [1, 2, 3].map((n) => brokerFor(kafkaBrokers(), `replica-${n}`).admin()),
      );
      try {
        await Promise.all(
          admins.map((a) => a.ensureTopics(topics.map((topic) => ({ topic, partitions: 2 })))),
        );
      } finally {
        await Promise.all(admins.map((a) => a.disconnect()));
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    const admin = testKafka('check').admin();
    await admin.connect();
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      expect(metadata.topics.map((t) => t.partitions.length)).toEqual([2, 2]);
    } finally {
      await admin.disconnect();
    }
    expect(logged.filter((line) => /"level":"ERROR"/.test(line))).toEqual([]);
  });
});
