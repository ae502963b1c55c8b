// Child process for the crash test: fires timers, writes the effect in the firing transaction,
// says so on stdout, then hangs before commit until the parent kills it with SIGKILL.
import { Pool } from 'pg';
import { TimerRunner, TimerStore } from '../src';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.TIMERS_DATABASE_URL, max: 3 });
  const schema = process.env.TIMERS_SCHEMA ?? 'public';
  const store = new TimerStore({ pool, schema });
  const runner = new TimerRunner({
    store,
    name: 'doomed',
    pollIntervalMs: 50,
    handlers: {
      'response-deadline': async (timer, { client }) => {
        await client.query(`INSERT INTO ${schema}.effects (timer_id, runner) VALUES ($1, $2)`, [
          timer.id,
          'doomed',
        ]);
        process.stdout.write(`in-handler ${timer.id}\n`);
        await new Promise(() => undefined);
      },
    },
  });
  await runner.start();
  process.stdout.write('started\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
