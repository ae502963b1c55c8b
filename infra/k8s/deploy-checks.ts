// The deployment files checked without a cluster or a Docker engine (.ci/run, `npm run
// check:deploy`): every kustomization rendered and each manifest validated against the
// Kubernetes schemas, the Dockerfile linted, the Compose file validated against the Compose
// Specification's JSON schema.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { kustomizations, render, type Manifest } from './render';
import { manifestValidator } from './schemas';

const ROOT = join(__dirname, '..', '..');

export interface Rendered {
  readonly dir: string;
  readonly manifests: Manifest[];
  readonly problems: string[];
}

/** Every kustomization under infra/k8s, rendered, with each manifest's schema problems. */
export function checkManifests(root = join(ROOT, 'infra/k8s')): Rendered[] {
  const validator = manifestValidator();
  return kustomizations(root).map((dir) => {
    const relative = dir.slice(root.length + 1);
    try {
      const manifests = render(dir);
      return { dir: relative, manifests, problems: manifests.flatMap((m) => validator.problems(m)) };
    } catch (error) {
      return { dir: relative, manifests: [], problems: [`does not render: ${(error as Error).message}`] };
    }
  });
}

/**
 * The Dockerfile's problems: dockerfile-utils' diagnostics (syntax, unknown instructions, bad
 * flags), then these rules, after hadolint's where one exists (no hadolint binary is packaged):
 * - multi-stage: at least two stages, every `COPY --from` names an earlier one;
 * - DL3006/DL3007: every base image has a tag (ARG defaults resolved), never `latest`;
 * - the final stage's base is an even-numbered (LTS) Node release;
 * - DL3002: the final stage switches to a user other than root;
 * - the final stage has a HEALTHCHECK with a command;
 * - DL3025: ENTRYPOINT and CMD in exec (JSON) form;
 * - DL3016: no `npm install` (only `npm ci`, from the lockfile); the runtime keeps production
 *   dependencies only (`npm prune --omit=dev` or `npm ci --omit=dev`);
 * - DL3015: `apt-get install` with --no-install-recommends.
 */
export function lintDockerfile(text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')): string[] {
  const problems = validateDockerfile(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  const dockerfile = DockerfileParser.parse(text);
  const args = new Map(
    dockerfile.getARGs().map((a) => [a.getProperty()?.getName(), a.getProperty()?.getValue() ?? undefined]),
  );
  const resolve = (image: string) =>
    image.replace(/\$\{?(\w+)\}?/g, (_, name: string) => String(args.get(name) ?? `\${${name}}`));
  const froms = dockerfile.getFROMs();
  const line = (i: Instruction) => `line ${i.getRange().start.line + 1}`;
  if (froms.length < 2) problems.push('not multi-stage: build and runtime share one image');
  const stages: string[] = [];
  for (const from of froms) {
    const image = resolve(from.getImage() ?? '');
    const tag = image.includes('@') ? 'digest' : image.split('/').pop()!.split(':')[1];
    if (!tag) problems.push(`${line(from)}: DL3006 base image ${image} has no tag`);
    else if (tag === 'latest') problems.push(`${line(from)}: DL3007 base image ${image} uses latest`);
    const stage = from.getBuildStage();
    if (stage) stages.push(stage);
  }
  const instructions = dockerfile.getInstructions();
  const finalStart = froms[froms.length - 1]?.getRange().start.line ?? 0;
  const final = instructions.filter((i) => i.getRange().start.line >= finalStart);
  const finalImage = resolve(froms[froms.length - 1]?.getImage() ?? '');
  const major = /^node:(\d+)/.exec(finalImage)?.[1];
  if (!major || Number(major) % 2 !== 0)
    problems.push(`final stage ${finalImage} is not an LTS (even-numbered) Node release`);
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    const body = instruction.getTextContent();
    if (keyword === 'COPY') {
      const from = /--from=(\S+)/.exec(body)?.[1];
      if (from && !stages.includes(from))
        problems.push(`${line(instruction)}: COPY --from=${from} names no stage`);
    }
    if ((keyword === 'ENTRYPOINT' || keyword === 'CMD') && !/^\w+\s+\[/.test(body.trim()))
      problems.push(`${line(instruction)}: DL3025 ${keyword} is not in exec (JSON) form`);
    if (keyword === 'RUN' && /\bnpm (install|i)\b/.test(body))
      problems.push(`${line(instruction)}: DL3016 npm install instead of npm ci`);
    if (keyword === 'RUN' && /apt-get install/.test(body) && !/--no-install-recommends/.test(body))
      problems.push(`${line(instruction)}: DL3015 apt-get install without --no-install-recommends`);
  }
  const users = final.filter((i) => i.getKeyword() === 'USER');
  const user = users[users.length - 1]?.getArgumentsContent()?.trim();
  if (!user || user === 'root' || user === '0' || user.startsWith('0:'))
    problems.push('DL3002 the final stage runs as root');
  const healthcheck = final.find((i) => i.getKeyword() === 'HEALTHCHECK');
  if (!healthcheck || !/\bCMD\b/.test(healthcheck.getTextContent()))
    problems.push('the final stage has no HEALTHCHECK command');
  if (!/npm (prune|ci)[^\n]*--omit=dev/.test(text))
    problems.push('the runtime is not pruned to production dependencies (--omit=dev)');
  return problems;
}

/** dclint exports no path to its schema; it sits beside its package.json. */
function composeSchemaFile(): string {
  let dir = dirname(require.resolve('dclint'));
  while (!existsSync(join(dir, 'schemas', 'compose.schema.json'))) {
    if (dirname(dir) === dir) throw new Error('dclint/schemas/compose.schema.json not found');
    dir = dirname(dir);
  }
  return join(dir, 'schemas', 'compose.schema.json');
}

/** The Compose file against the Compose Specification's schema (as bundled by dclint). */
export function validateCompose(text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')): string[] {
  // Draft 07 under an https id ajv does not know by that name: the meta-schema reference goes.
  const { $schema: _draft, ...schema } = JSON.parse(readFileSync(composeSchemaFile(), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const compose = parse(text, { merge: true });
  if (validate(compose)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message}${e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : ''}`,
  );
}
