import { Conflict, RuleViolation } from '@aftersales/kernel';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { StreamCommands, type StreamCommand } from './stream-commands';

type Added = { type: 'Added'; data: { n: number } };
type Counter = { exists: boolean; total: number };

/** A counter stream: `add` appends, refusing to pass `limit`; loads are counted. */
function counter(store: InMemoryEventStore, loads: { count: number }) {
  return (by: number, limit = Infinity): StreamCommand<Added, Counter> => ({
    streamId: 'counter-1',
    initialState: { exists: false, total: 0 },
    load: async () => {
      loads.count++;
      const history = await store.readStream('counter-1');
      const initial: Counter = { exists: false, total: 0 };
      return {
        state: history.reduce<Counter>(
          (c, e) => ({ exists: true, total: c.total + (e.data as Added['data']).n }),
          initial,
        ),
        version: history.length,
      };
    },
    decide: (state) => {
      if (state.total + by > limit) throw new RuleViolation('LIMIT', `would pass ${limit}`);
      return by === 0 ? [] : [{ type: 'Added', data: { n: by } }];
    },
    evolve: (s, e) => ({ exists: true, total: s.total + e.data.n }),
    toNewEvent: (e, id) => ({ type: e.type, data: e.data, ...(id ? { id } : {}) }),
  });
}

describe('StreamCommands', () => {
  it('decides on the state it kept after its own append, without loading the stream', async () => {
    const store = new InMemoryEventStore();
    const loads = { count: 0 };
    const add = counter(store, loads);
    const commands = new StreamCommands(store, 10);
    await commands.run({ ...add(1), assumeNew: true });
    const { state } = await commands.run(add(2));
    expect([state.total, loads.count]).toEqual([3, 0]);
  });

  it('a write by another writer in between is not overwritten: the append fails, the command decides again', async () => {
    const store = new InMemoryEventStore();
    const loads = { count: 0 };
    const add = counter(store, loads);
    const mine = new StreamCommands(store, 10);
    await mine.run({ ...add(1), assumeNew: true });
    await new StreamCommands(store, 10).run(add(5));
    const { state } = await mine.run(add(2));
    expect(state.total).toBe(8);
  });

  it('a refusal or "nothing to do" on the kept state is decided again on the stream', async () => {
    const store = new InMemoryEventStore();
    const loads = { count: 0 };
    const add = counter(store, loads);
    const mine = new StreamCommands(store, 10);
    await mine.run({ ...add(1), assumeNew: true });
    await mine.run(add(0)); // nothing to do: confirmed on the stream
    expect(loads.count).toBe(1);
    await new StreamCommands(store, 10).run(add(-1)); // the other writer takes one away
    // Kept: 1 + 1 > 1 would be refused; on the stream (0) it is not.
    const { state } = await mine.run(add(1, 1));
    expect(state.total).toBe(1);
    await expect(mine.run(add(1, 1))).rejects.toBeInstanceOf(RuleViolation);
  });

  it('a write between the read and the append that makes the command refused is a conflict (409) naming the rule, not the refusal', async () => {
    const store = new InMemoryEventStore();
    const add = counter(store, { count: 0 });
    await new StreamCommands(store, 0).run({ ...add(1), assumeNew: true });
    const command = add(1, 2);
    let raced = false;
    const racing: StreamCommand<Added, Counter> = {
      ...command,
      load: async () => {
        const read = await command.load();
        if (!raced) {
          raced = true;
          await new StreamCommands(store, 0).run(add(1)); // the other writer wins
        }
        return read;
      },
    };
    const error = await new StreamCommands(store, 0).run(racing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(error).toMatchObject({ rule: 'LIMIT', message: expect.stringContaining('would pass 2') });
  });

  it('a refusal on the state as read, with no write in between, stays a rule violation', async () => {
    const store = new InMemoryEventStore();
    const add = counter(store, { count: 0 });
    await new StreamCommands(store, 0).run({ ...add(2), assumeNew: true });
    await expect(new StreamCommands(store, 0).run(add(1, 2))).rejects.toBeInstanceOf(RuleViolation);
  });

  it('keeping nothing (0), every command loads its stream', async () => {
    const store = new InMemoryEventStore();
    const loads = { count: 0 };
    const add = counter(store, loads);
    const commands = new StreamCommands(store, 0);
    await commands.run({ ...add(1), assumeNew: true });
    await commands.run(add(1));
    expect(loads.count).toBe(1);
  });
});
