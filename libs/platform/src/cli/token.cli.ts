// npm run token -- --user u-li --name "Li Wei" --roles intake-clerk,branch-manager --branches HZ [--ttl 8h]
// Prints a JWT signed with the DEV-ONLY key, for services started with AUTH_DEV_KEY=true.
import { parseArgs } from 'node:util';
import { DEFAULT_AUDIENCE, DEV_ISSUER, signDevToken, ttlSeconds } from '../auth/dev-key';
import { isRole, ROLES } from '../auth/roles';

const usage = `usage: npm run token -- --user <id> [--name "<display name>"] --roles <r1,r2> [--branches <B1,B2>] [--ttl 8h] [--issuer ${DEV_ISSUER}] [--audience ${DEFAULT_AUDIENCE}]
roles: ${ROLES.join(', ')}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      branches: { type: 'string', default: '' },
      ttl: { type: 'string', default: '8h' },
      issuer: { type: 'string', default: DEV_ISSUER },
      audience: { type: 'string', default: DEFAULT_AUDIENCE },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const list = (s: string | undefined) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const roles = list(values.roles);
  const unknown = roles.filter((r) => !isRole(r));
  if (!values.user || roles.length === 0 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown role(s): ${unknown.join(', ')}\n${usage}` : usage);
    process.exit(2);
  }
  ttlSeconds(values.ttl); // fails early on a bad --ttl
  const token = await signDevToken(
    { sub: values.user, name: values.name, roles, branches: list(values.branches) },
    { ttl: values.ttl, issuer: values.issuer, audience: values.audience },
  );
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
