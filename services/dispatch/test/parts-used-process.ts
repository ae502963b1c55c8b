// A dispatch replica recording parts used, as its own process for the DSP-3 crash test: it says
// when the visit's append is committed and then stalls there, where the test kills it.
import { PostgresEventStore, type NewEvent } from '@aftersales/event-store';
import { commandsOver, fuses } from './parts-use';

async function main(): Promise<void> {
  const [url, visitId, usageId, qty] = process.argv.slice(2);
  const store = new PostgresEventStore({ connectionString: url, poolSize: 2 });
  const append = store.appendToStream.bind(store);
  store.appendToStream = async (streamId, events: readonly NewEvent[], options) => {
    const result = await append(streamId, events, options);
    if (events.some((e) => e.type === 'PartsUsedOnVisit')) {
      process.stdout.write(`appended ${result.lastPosition}\n`);
      await new Promise(() => {}); // never goes on to anything after the visit's append
    }
    return result;
  };
  await commandsOver(store).visit(fuses(usageId, visitId, Number(qty)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
