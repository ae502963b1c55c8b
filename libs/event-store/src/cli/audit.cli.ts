// The audit command: `npm run audit -- verify` (AUD-3) or `npm run audit -- forget <subject>` (AUD-4).
// Uses DATABASE_URL and EVENT_STORE_SCHEMA (default event_store): the PostgreSQL log.
import { PostgresEventStore } from '../postgres/postgres-event-store';

const USAGE = 'usage: audit verify | audit forget <subject-id>';

export async function runAudit(args: readonly string[], env = process.env): Promise<number> {
  const [command, subject] = args;
  if (command !== 'verify' && !(command === 'forget' && subject)) {
    console.error(USAGE);
    return 2;
  }
  const connectionString = env.DATABASE_URL;
  if (!connectionString) {
    console.error('DATABASE_URL is not set');
    return 2;
  }
  const store = new PostgresEventStore({ connectionString, schema: env.EVENT_STORE_SCHEMA, poolSize: 2 });
  try {
    if (command === 'forget') {
      await store.forget(subject);
      console.log(`forgot ${subject}: their personal fields now read as erased`);
      return 0;
    }
    const verdict = await store.verify();
    if (verdict.ok) {
      console.log(`ok ${verdict.count} events, head ${verdict.head}`);
      return 0;
    }
    console.log(
      `broken at position ${verdict.position}: ${verdict.reason} (${verdict.count} events verified before it)`,
    );
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runAudit(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
