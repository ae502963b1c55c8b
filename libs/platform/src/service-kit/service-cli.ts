import { runAudit } from '@aftersales/event-store';
import { brokerFor, DeadLetterStore, type DeadLetter } from '@aftersales/messaging';
import { rebuildServiceReadModels } from '@aftersales/projections';
import { Pool } from 'pg';
import { loadConfig } from '../config/config';
import { readLogPositions, readLogPositionsFromStore } from '../metrics/metrics';
import { checkEventStoreFits, openServiceEventStore } from './service-event-store';
import { reportMigration } from '../migrations/migrate-service';
import type { AnyServiceDeclaration } from './service-declaration';
import { declaredOpenApi, runDeclared } from './service-module';
import { migrateDeclared, readModelDataSource, schemaOf } from './service-runtime';

export const SERVICE_COMMANDS = {
  migrate: "apply the schema changes and create the Kafka topics, then exit (a rollout's migration job)",
  rebuild: 'empty the read models (all, or those named) and replay them from the log',
  openapi: 'print the OpenAPI document of the routes',
  lag: "show how far behind the log the relay and the read models are, and the reactions' consumer groups per partition",
  audit:
    "verify the audit chain of the service's log (verify), or forget a data subject (forget <subject-id>)",
  dlq: 'dead letters: list [--all] | replay <id> [--by <who>] [--wait <s>] | discard <id> --reason <why> [--by <who>]',
} as const;

export type ServiceCommand = keyof typeof SERVICE_COMMANDS;

/** `migrate`: every schema change and topic of the service, from its configuration. */
export function migrateFromEnv(
  declaration: AnyServiceDeclaration,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const config = loadConfig(declaration.config, env);
  // The migration Job fails, before the rollout, where the service would refuse to start.
  checkEventStoreFits(declaration, config);
  return reportMigration(declaration.name, () => migrateDeclared(declaration, config));
}

/** `rebuild [name …]`: empties the read models named (all when none) and replays them from the log. */
export function rebuildFromEnv(
  declaration: AnyServiceDeclaration,
  names: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`),
) {
  // Rebuilding needs the log and the read models only: no tokens, no broker.
  const config = loadConfig(declaration.config, {
    ...env,
    KAFKA_BROKERS: '',
    ...(env.AUTH_JWKS_URL ? {} : { AUTH_DEV_KEY: 'true', NODE_ENV: undefined }),
  });
  return rebuildServiceReadModels({
    env: {
      DATABASE_URL: config.DATABASE_URL,
      EVENT_STORE_SCHEMA: config.EVENT_STORE_SCHEMA,
      EVENT_STORE: config.EVENT_STORE,
      EVENTSTORE_URL: config.EVENTSTORE_URL,
    },
    dataSource: (url) => readModelDataSource(declaration, url, 2),
    schema: schemaOf(declaration.name),
    projections: declaration.readModels.projections(declaration.settings(config), config),
    names,
    log,
  });
}

const DLQ_USAGE = `dlq ${SERVICE_COMMANDS.dlq.slice('dead letters: '.length)}`;

/** `--name value` options and the other arguments. */
function options(args: readonly string[]): { rest: string[]; opts: Record<string, string | true> } {
  const rest: string[] = [];
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) rest.push(arg);
    else if (arg === '--all') opts.all = true;
    else opts[arg.slice(2)] = args[++i] ?? '';
  }
  return { rest, opts };
}

const describeLetter = (d: DeadLetter) => ({
  id: d.id,
  status: d.status,
  consumer: d.consumer,
  at: `${d.topic}/${d.partition}@${d.offset}`,
  eventId: d.eventId,
  eventType: d.eventType,
  failedAt: d.failedAt.toISOString(),
  attempts: d.attempts,
  error: d.error,
  ...(d.resolvedBy !== undefined && { resolvedBy: d.resolvedBy, resolvedAt: d.resolvedAt?.toISOString() }),
  ...(d.reason !== undefined && { reason: d.reason }),
  ...(d.replays > 0 && { replays: d.replays }),
});

/**
 * `dlq …`: the service's dead letters. `replay` asks the running service (any replica) to apply
 * one again through its consumer's inbox — after the fix is deployed — and waits for the
 * outcome; `discard` sets one aside with a reason, kept with it and logged. Each outcome is one
 * JSON line.
 */
export async function deadLettersFromEnv(
  declaration: AnyServiceDeclaration,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`),
): Promise<DeadLetter[]> {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is missing');
  const { rest, opts } = options(args);
  const [action, idText] = rest;
  const by = typeof opts.by === 'string' && opts.by ? opts.by : (env.USER ?? 'operator');
  const say = (msg: string, fields: object) =>
    log(JSON.stringify({ level: 'info', service: declaration.name, msg, ...fields }));
  const pool = new Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 10_000 });
  try {
    const store = new DeadLetterStore(pool, schemaOf(declaration.name));
    if (action === 'list') {
      const letters = await store.list(opts.all ? {} : { status: ['open', 'replay-requested'] });
      for (const letter of letters) log(JSON.stringify(describeLetter(letter)));
      return letters;
    }
    const id = Number(idText);
    if (!Number.isInteger(id) || id <= 0) throw new Error(`usage: ${DLQ_USAGE}`);
    if (action === 'discard') {
      const reason = typeof opts.reason === 'string' ? opts.reason : '';
      const letter = await store.discard(id, by, reason);
      say('dead letter discarded', describeLetter(letter));
      return [letter];
    }
    if (action !== 'replay') throw new Error(`usage: ${DLQ_USAGE}`);
    const before = await store.requestReplay(id, by);
    say('dead letter replay requested', describeLetter(before));
    const waitMs = Number(opts.wait ?? 30) * 1_000;
    const until = performance.now() + waitMs;
    for (;;) {
      const now = (await store.get(id))!;
      if (now.status === 'replayed' && now.replays > before.replays) {
        say('dead letter replayed', describeLetter(now));
        return [now];
      }
      if (now.status === 'open') throw new Error(`dead letter ${id} failed again: ${now.error}`);
      if (now.status === 'discarded') throw new Error(`dead letter ${id} was discarded meanwhile`);
      if (performance.now() > until) {
        say(
          'dead letter replay still pending: the service applies it once a replica runs',
          describeLetter(now),
        );
        return [now];
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await pool.end();
  }
}

export interface LagReport {
  readonly head: number;
  /** `relay:<service>` and `projection:<name>` → events still to handle (projections: at most). */
  readonly log: Readonly<Record<string, number>>;
  readonly consumers: ReadonlyArray<{ group: string; topic: string; partition: number; lag: number }>;
}

/**
 * `lag`: the relay's unpublished events and each read model's distance from the log's head
 * (from the checkpoints: a projection that skipped events of other services shows more than it
 * has to do), and each reaction's consumer group per partition, from the broker.
 */
export async function lagFromEnv(
  declaration: AnyServiceDeclaration,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`),
): Promise<LagReport> {
  const config = loadConfig(declaration.config, {
    ...env,
    ...(env.AUTH_JWKS_URL ? {} : { AUTH_DEV_KEY: 'true', NODE_ENV: undefined }),
  });
  const schema = schemaOf(declaration.name);
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 1, connectionTimeoutMillis: 10_000 });
  try {
    const { rows } = await pool.query<{ name: string; position: string }>(
      `SELECT name, position FROM ${schema}.projection_checkpoint ORDER BY name`,
    );
    const checkpoints = { status: () => rows.map((r) => ({ name: r.name, position: Number(r.position) })) };
    const relay = declaration.publicEvents
      ? { streamPrefixes: declaration.streams.published.map((c: string) => `${c}-`) }
      : undefined;
    let positions;
    if (config.EVENT_STORE === 'postgres')
      positions = await readLogPositions(
        pool,
        { eventStore: config.EVENT_STORE_SCHEMA, service: schema },
        checkpoints,
        relay,
      );
    else {
      const store = await openServiceEventStore(declaration, config);
      try {
        positions = await readLogPositionsFromStore(store, pool, schema, checkpoints, relay);
      } finally {
        await store.close();
      }
    }
    const consumers: LagReport['consumers'][number][] = [];
    const reactions = (declaration.reactions ?? []).filter((r) => r.topics(config).length > 0);
    if (config.KAFKA_BROKERS && reactions.length > 0) {
      const admin = await brokerFor(config.KAFKA_BROKERS.split(','), `${declaration.name}-lag`).admin();
      try {
        for (const reaction of reactions) {
          const group = reaction.groupId(config);
          for (const { topic, partition, lag } of await admin.consumerLag(group, reaction.topics(config)))
            consumers.push({ group, topic, partition, lag });
        }
      } finally {
        await admin.disconnect();
      }
    }
    const report = { head: positions.head, log: positions.lag, consumers };
    log(JSON.stringify({ service: declaration.name, ...report }));
    return report;
  } finally {
    await pool.end();
  }
}

/** Runs one of a declared service's commands with the service's own configuration. */
export async function runServiceCommand(
  declaration: AnyServiceDeclaration,
  command: ServiceCommand,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`),
): Promise<void> {
  switch (command) {
    case 'migrate':
      return migrateFromEnv(declaration, env);
    case 'rebuild':
      await rebuildFromEnv(declaration, args, env, log);
      return;
    case 'openapi':
      log(JSON.stringify(await declaredOpenApi(declaration), null, 2));
      return;
    case 'dlq':
      await deadLettersFromEnv(declaration, args, env, log);
      return;
    case 'lag':
      await lagFromEnv(declaration, env, log);
      return;
    case 'audit': {
      // The log the service writes to: its DATABASE_URL and EVENT_STORE_SCHEMA.
      const status = await runAudit(args, env);
      if (status !== 0) throw new Error(`audit ${args.join(' ')} exited ${status}`);
      return;
    }
  }
}

/**
 * A service's main: no argument serves it; `migrate`, `rebuild [name …]` or `openapi` runs that
 * command and exits (the image's entrypoint and the npm scripts call these).
 */
export function serviceMain(
  declaration: AnyServiceDeclaration,
  argv: readonly string[] = process.argv.slice(2),
): void {
  const [command, ...args] = argv;
  if (command === undefined) {
    void runDeclared(declaration);
    return;
  }
  if (!(command in SERVICE_COMMANDS)) {
    console.error(
      `usage: ${declaration.name} [${Object.keys(SERVICE_COMMANDS).join(' | ')}]\n` +
        Object.entries(SERVICE_COMMANDS)
          .map(([name, what]) => `  ${name.padEnd(8)} ${what}`)
          .join('\n'),
    );
    process.exit(64);
  }
  runServiceCommand(declaration, command as ServiceCommand, args).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(
        `${declaration.name} ${command} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
