import { rebuildServiceReadModels } from '@aftersales/projections';
import { loadConfig } from '../config/config';
import { reportMigration } from '../migrations/migrate-service';
import type { AnyServiceDeclaration } from './service-declaration';
import { declaredOpenApi, runDeclared } from './service-module';
import { migrateDeclared, readModelDataSource, schemaOf } from './service-runtime';

export const SERVICE_COMMANDS = {
  migrate: "apply the schema changes and create the Kafka topics, then exit (a rollout's migration job)",
  rebuild: 'empty the read models (all, or those named) and replay them from the log',
  openapi: 'print the OpenAPI document of the routes',
} as const;

export type ServiceCommand = keyof typeof SERVICE_COMMANDS;

/** `migrate`: every schema change and topic of the service, from its configuration. */
export function migrateFromEnv(
  declaration: AnyServiceDeclaration,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const config = loadConfig(declaration.config, env);
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
    env: { DATABASE_URL: config.DATABASE_URL, EVENT_STORE_SCHEMA: config.EVENT_STORE_SCHEMA },
    dataSource: (url) => readModelDataSource(declaration, url, 2),
    schema: schemaOf(declaration.name),
    projections: declaration.readModels.projections(declaration.settings(config), config),
    names,
    log,
  });
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
