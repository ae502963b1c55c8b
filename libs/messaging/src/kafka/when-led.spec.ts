import { whenLed, type TopicsView } from './kafkajs-broker';

const unknownTopic = Object.assign(new Error('This server does not host this topic-partition'), {
  type: 'UNKNOWN_TOPIC_OR_PARTITION',
});
const led = (name: string) => ({ name, partitions: [{ leader: 1 }, { leader: 1 }] });

/** A broker whose answers are given one after another, as they arrive just after creation. */
function answering(lists: string[][], metadata: Array<() => ReturnType<TopicsView['fetchTopicMetadata']>>) {
  const asked = { lists: 0, metadata: 0 };
  const view: TopicsView = {
    listTopics: async () => lists[Math.min(asked.lists++, lists.length - 1)],
    fetchTopicMetadata: () => metadata[Math.min(asked.metadata++, metadata.length - 1)](),
  };
  return { view, asked };
}

describe('waiting for new topics to be led', () => {
  it('asks again while the broker does not list the topic, then while a partition has no leader', async () => {
    const { view, asked } = answering(
      [['a'], ['a', 'b']],
      [
        async () => ({ topics: [led('a'), { name: 'b', partitions: [{ leader: 1 }, { leader: -1 }] }] }),
        async () => ({ topics: [led('a'), led('b')] }),
      ],
    );
    await whenLed(['a', 'b'], view, { delayMs: 1 });
    expect(asked).toEqual({ lists: 3, metadata: 2 });
  });

  it('asks again when the broker answers that it does not host the topic yet', async () => {
    const { view, asked } = answering(
      [['a']],
      [() => Promise.reject(unknownTopic), async () => ({ topics: [led('a')] })],
    );
    await whenLed(['a'], view, { delayMs: 1 });
    expect(asked.metadata).toBe(2);
  });

  it('gives up at once on an error waiting cannot mend', async () => {
    const denied = Object.assign(new Error('denied'), { type: 'TOPIC_AUTHORIZATION_FAILED' });
    const { view, asked } = answering([['a']], [() => Promise.reject(denied)]);
    await expect(whenLed(['a'], view, { delayMs: 1 })).rejects.toThrow('denied');
    expect(asked.metadata).toBe(1);
  });

  it('names the topics and what was still missing when they are not ready in time', async () => {
    const { view } = answering([['a']], []);
    await expect(whenLed(['a', 'b'], view, { timeoutMs: 20, delayMs: 5 })).rejects.toThrow(
      'Kafka topics a, b not ready within 20 ms: not known yet: b',
    );
  });
});
