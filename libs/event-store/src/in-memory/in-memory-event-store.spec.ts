import { eventStoreContract } from '../contract/event-store.contract';
import { verifyChain } from '../chain/verify';
import { InMemoryEventStore } from './in-memory-event-store';

describe('InMemoryEventStore', () => {
  eventStoreContract({
    eventIdsUniqueAcrossStreams: true,
    pagesScanToTheEnd: true,
    checksConditions: true,
    open: async () => new InMemoryEventStore(),
    close: (store) => store.close(),
  });

  it('AUD-3: keeps a hash chain the verifier accepts', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('case-1', [
      { type: 'a', data: {} },
      { type: 'b', data: { x: 1 } },
    ]);
    await store.appendToStream('visit-1', [{ type: 'c', data: {} }]);
    const verdict = await verifyChain(
      (async function* () {
        yield store.storedLinks();
      })(),
      undefined,
    );
    expect(verdict).toMatchObject({ ok: true, count: 3 });
  });
});
