import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A workspace package as its package.json declares it: Nx tags and its dependencies. */
export interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
  readonly tags: readonly string[];
  readonly dependencies: readonly string[];
  readonly devDependencies: readonly string[];
}

export interface SourceImport {
  readonly file: string;
  readonly specifier: string;
  /** Specs and test helpers may use test-only packages (devDependencies, type:testing). */
  readonly testOnly: boolean;
}

/**
 * Which package types a type may depend on (STYLE.md: services meet only through contracts;
 * the kernel knows no HTTP; nothing but tests knows the test infrastructure).
 */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'type:service': ['type:kernel', 'type:platform', 'type:contracts'],
  'type:platform': ['type:kernel', 'type:contracts'],
  'type:kernel': ['type:kernel', 'type:contracts'],
  'type:testing': ['type:contracts'],
  'type:contracts': [],
  // The console meets the services only over their HTTP APIs (contracts/openapi).
  'type:app': ['type:contracts'],
};

const tagOf = (p: WorkspacePackage, prefix: string) => p.tags.find((t) => t.startsWith(prefix));

/** Every import that breaks a boundary, as a sentence naming the file and the rule. */
export function boundaryViolations(
  packages: readonly WorkspacePackage[],
  importsOf: (p: WorkspacePackage) => readonly SourceImport[],
): string[] {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const violations: string[] = [];
  for (const from of packages) {
    const type = tagOf(from, 'type:');
    const scope = tagOf(from, 'scope:');
    if (!type || !scope || !(type in ALLOWED)) {
      violations.push(`${from.name}: needs a scope: and a known type: tag in package.json`);
      continue;
    }
    for (const { file, specifier, testOnly } of importsOf(from)) {
      const where = `${relative(from.dir, file)} in ${from.name}`;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (target !== from.dir && !target.startsWith(from.dir + sep)) {
          violations.push(`${where} reaches outside its package with '${specifier}'`);
        }
        continue;
      }
      const name = specifier.split('/').slice(0, 2).join('/');
      const to = byName.get(name);
      if (!to || to === from) continue;
      const declared = from.dependencies.includes(name) || (testOnly && from.devDependencies.includes(name));
      if (!declared) violations.push(`${where} imports ${name}, which its package.json does not declare`);
      const toType = tagOf(to, 'type:')!;
      const toScope = tagOf(to, 'scope:')!;
      if (toScope !== 'scope:shared' && toScope !== scope) {
        violations.push(
          `${where} imports ${name}: services meet only through contracts (${scope} → ${toScope})`,
        );
      } else if (!ALLOWED[type].includes(toType) && !(testOnly && toType === 'type:testing')) {
        violations.push(`${where} imports ${name}: ${type} may not depend on ${toType}`);
      }
    }
  }
  return violations;
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a TypeScript file imports, re-exports or requires. */
export function specifiersIn(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The workspace's packages, read from the root package.json's workspaces. */
export function workspacePackages(root: string): WorkspacePackage[] {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  return workspaces
    .flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(join(root, pattern.slice(0, -2))).map((d) => join(root, pattern.slice(0, -2), d))
        : [join(root, pattern)],
    )
    .filter((dir) => statSync(dir).isDirectory() && existsFile(join(dir, 'package.json')))
    .map((dir) => {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return {
        name: json.name,
        dir,
        tags: json.nx?.tags ?? [],
        dependencies: Object.keys(json.dependencies ?? {}),
        devDependencies: Object.keys(json.devDependencies ?? {}),
      };
    });
}

const TEST_FILE = /\.(spec|int-spec|e2e-spec)\.ts$|\.fixtures\.ts$|(^|\/)test\//;

/** Every import of the package's own TypeScript (not its build output or dependencies). */
export function importsOf(p: WorkspacePackage): SourceImport[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(p.dir);
  return files.flatMap((file) =>
    specifiersIn(readFileSync(file, 'utf8')).map((specifier) => ({
      file,
      specifier,
      testOnly: TEST_FILE.test(relative(p.dir, file).split(sep).join('/')),
    })),
  );
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
