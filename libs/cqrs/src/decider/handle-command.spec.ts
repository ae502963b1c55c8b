import { InMemoryEventStore, type AppendOptions, type NewEvent } from '@aftersales/event-store';
import { Conflict, fixedClock, requestContext, RuleViolation } from '@aftersales/kernel';
import { ticketDecider } from '../../test/ticket.decider';
import { EventSourcedRepository } from './event-sourced-repository';
import { handleCommand } from './handle-command';

const clock = fixedClock('2026-03-02T09:00:00.000Z');
const alice = {
  actor: { userId: 'alice', role: 'intake-clerk' },
  branch: 'HZ',
  correlationId: 'corr-9',
  causationId: 'req-9',
};

/** The real in-memory store, with another writer slipping in before the next `times` appends. */
class RacingStore extends InMemoryEventStore {
  constructor(private times: number) {
    super();
  }
  override async appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions) {
    if (this.times-- > 0)
      await super.appendToStream(streamId, [
        { type: 'NoteAdded', data: { ticketId: 't1', note: 'meanwhile' } },
      ]);
    return super.appendToStream(streamId, events, options);
  }
}

describe('handleCommand: load, decide, append with the expected version', () => {
  it('appends the decided events with the request context in their metadata', async () => {
    const store = new InMemoryEventStore();
    const result = await requestContext.run(alice, () =>
      handleCommand(store, 'ticket-t1', ticketDecider, { type: 'OpenTicket', ticketId: 't1' }, { clock }),
    );
    expect(result).toMatchObject({ version: 1, alreadyHandled: false, state: { status: 'open' } });
    const [event] = await store.readStream('ticket-t1');
    expect(event.data).toEqual({ ticketId: 't1', openedAt: '2026-03-02T09:00:00.000Z' });
    expect(event.metadata).toMatchObject({
      actor: { userId: 'alice', role: 'intake-clerk' },
      branch: 'HZ',
      correlationId: 'corr-9',
      causationId: 'req-9',
    });
  });

  it('surfaces a rule violation and appends nothing', async () => {
    const store = new InMemoryEventStore();
    await expect(
      handleCommand(store, 'ticket-t1', ticketDecider, { type: 'AcceptTicket', ticketId: 't1' }),
    ).rejects.toThrow(RuleViolation);
    expect(await store.readAll()).toEqual([]);
  });

  it('re-decides on the new state after a concurrent write', async () => {
    const store = new RacingStore(0);
    await handleCommand(store, 'ticket-t1', ticketDecider, { type: 'OpenTicket', ticketId: 't1' });
    const racing = Object.assign(store, { times: 1 });
    const result = await handleCommand(racing, 'ticket-t1', ticketDecider, {
      type: 'AddNote',
      ticketId: 't1',
      note: 'mine',
    });
    expect(result.state.notes).toBe(2);
    expect((await store.readStream('ticket-t1')).map((e) => (e.data as { note?: string }).note)).toEqual([
      undefined,
      'meanwhile',
      'mine',
    ]);
  });

  it('gives up with Conflict when the stream keeps changing', async () => {
    const store = new RacingStore(0);
    await handleCommand(store, 'ticket-t1', ticketDecider, { type: 'OpenTicket', ticketId: 't1' });
    Object.assign(store, { times: 10 });
    await expect(
      handleCommand(
        store,
        'ticket-t1',
        ticketDecider,
        { type: 'AddNote', ticketId: 't1', note: 'x' },
        { conflictRetries: 2 },
      ),
    ).rejects.toThrow(Conflict);
  });

  it('does not re-decide a command pinned to the version its caller saw', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'ticket-t1', ticketDecider, { type: 'OpenTicket', ticketId: 't1' });
    await handleCommand(store, 'ticket-t1', ticketDecider, { type: 'AddNote', ticketId: 't1', note: 'a' });
    await expect(
      handleCommand(
        store,
        'ticket-t1',
        ticketDecider,
        { type: 'AddNote', ticketId: 't1', note: 'b' },
        { expectedVersion: 1 },
      ),
    ).rejects.toThrow(Conflict);
    expect(await store.readStream('ticket-t1')).toHaveLength(2);
  });

  it('handles a reaction once: the second time its derived event ids are found', async () => {
    const store = new InMemoryEventStore();
    const repo = new EventSourcedRepository(store, 'ticket', ticketDecider);
    const cause = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
    const first = await repo.handle('t1', { type: 'OpenTicket', ticketId: 't1' }, { causationKey: cause });
    const again = await repo.handle('t1', { type: 'OpenTicket', ticketId: 't1' }, { causationKey: cause });
    expect(first.alreadyHandled).toBe(false);
    expect(again).toMatchObject({ alreadyHandled: true, events: [] });
    expect(await store.readStream('ticket-t1')).toHaveLength(1);
    expect((await repo.load('t1')).version).toBe(1);
  });
});
