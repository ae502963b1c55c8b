// npm run migrate -- <service> · npm run rebuild -- <service> [read model …] · npm run openapi [-- <service> …]
// The per-service commands of the service kit, for any declared service (env: the service's own).
import 'reflect-metadata';
import {
  declaredOpenApi,
  runServiceCommand,
  SERVICE_COMMANDS,
  type ServiceCommand,
} from '@aftersales/platform';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SERVICES, serviceNamed } from './catalogue';
import { OPERATION_ROLES_FILE, operationRoles, operationRolesSource } from '../console/operation-roles';

export const openApiFile = (service: string) =>
  path.resolve(__dirname, '../../contracts/openapi', `${service}.json`);

async function main(command: string | undefined, args: string[]): Promise<void> {
  if (command === 'openapi') {
    // Without names: every service's document, as contracts/openapi/<service>.json.
    for (const service of args.length > 0 ? args.map(serviceNamed) : SERVICES) {
      const file = openApiFile(service.name);
      writeFileSync(file, JSON.stringify(await declaredOpenApi(service), null, 2) + '\n');
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
    // The console's view of who may call what, from every service's controllers and documents.
    const roles = Object.assign({}, ...SERVICES.map((s) => operationRoles(s, openApiFile(s.name))));
    writeFileSync(OPERATION_ROLES_FILE, operationRolesSource(roles));
    console.log(`wrote ${path.relative(process.cwd(), OPERATION_ROLES_FILE)}`);
    return;
  }
  const [name, ...rest] = args;
  if (!command || !(command in SERVICE_COMMANDS) || !name) {
    throw new Error(
      `usage: ${Object.keys(SERVICE_COMMANDS).join(' | ')} <service> …; services: ${SERVICES.map((s) => s.name).join(', ')}`,
    );
  }
  await runServiceCommand(serviceNamed(name), command as ServiceCommand, rest);
}

if (require.main === module) {
  main(process.argv[2], process.argv.slice(3)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
