import 'reflect-metadata';
import { EventStoreRefused, startRuntimeFromEnv } from '@aftersales/platform';
import { financeService } from './finance.service';

describe('finance and the event store adapter (FIN-8)', () => {
  it('FIN-8: refuses to start on EventStoreDB, which cannot check the month a posting read, before opening anything', async () => {
    const start = startRuntimeFromEnv(financeService, {
      // Refuses connections: a refusal after any migration or connection would read differently.
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere',
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false',
    });
    await expect(start).rejects.toBeInstanceOf(EventStoreRefused);
    await expect(start).rejects.toThrow(
      /^finance cannot run on EVENT_STORE=eventstoredb: .*FIN-8: a cost's posting is appended on condition that its branch's month was not closed.*Run finance with EVENT_STORE=postgres\.$/,
    );
  });
});
