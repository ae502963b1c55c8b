import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { specifiersIn, workspacePackages, type WorkspacePackage } from './module-boundaries';
import { RULE_AREAS, type RuleArea } from './rules';

/**
 * The rule index: which code names each business rule, which tests name it, and whether a
 * service runs that code. docs/domain.md is generated from it (`--write`), and its spec fails
 * when the page is stale or a test names a rule that no service's code names.
 */

export const TEST_FILE = /\.(spec|int-spec|e2e-spec)\.ts$/;
/** Test support: neither a test nor product code. */
const TEST_SUPPORT = /\.fixtures\.ts$|(^|\/)test\/|^libs\/testing\//;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'results', 'coverage']);

export interface NamedTest {
  readonly file: string;
  readonly name: string;
}

export interface RuleIndex {
  /** Rule id → non-test files under services/ and libs/ that name it. */
  readonly code: ReadonlyMap<string, readonly string[]>;
  /** Rule id → test names (describe, it, test) that name it. */
  readonly tests: ReadonlyMap<string, readonly NamedTest[]>;
  /** Files a service's src reaches through its imports, its own included. */
  readonly reachable: ReadonlySet<string>;
  /** Test file → the product files it reaches through its imports (and test helpers' imports). */
  readonly testImports: ReadonlyMap<string, ReadonlySet<string>>;
  /** The services under services/. */
  readonly services: readonly string[];
}

const prefixes = RULE_AREAS.map((a) => a.prefix).join('|');
const RULE_ID = new RegExp(`\\b(?:${prefixes})-\\d+\\b`, 'g');
export const KNOWN_RULES = new Set(RULE_AREAS.flatMap((a) => a.rules.map((r) => r.id)));

export function ruleIdsIn(text: string): string[] {
  return [...new Set(text.match(RULE_ID) ?? [])];
}

const TEST_NAME =
  /(?:^|[^.\w$])(?:describe|it|test)(?:\.(?:only|skip|concurrent))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** The names given to describe/it/test in a spec's source. */
export function testNamesIn(source: string): string[] {
  return [...source.matchAll(TEST_NAME)].map((m) => m[2].replace(/\\(.)/g, '$1'));
}

function tsFiles(root: string, dir: string, out: string[] = []): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return out;
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) tsFiles(root, path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The file an import specifier names, relative to root, or undefined for a third-party one. */
export function resolveImport(
  root: string,
  from: string,
  specifier: string,
  packages: readonly WorkspacePackage[],
): string | undefined {
  let base: string;
  if (specifier.startsWith('.')) base = resolve(root, dirname(from), specifier);
  else {
    const pkg = packages.find((p) => specifier === p.name || specifier.startsWith(`${p.name}/`));
    if (!pkg) return undefined;
    const sub = specifier.slice(pkg.name.length + 1);
    if (sub) base = join(pkg.dir, sub);
    else {
      const json = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8'));
      base = join(pkg.dir, json.types ?? json.main ?? 'src/index.ts');
    }
  }
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
    (p) => p.endsWith('.ts') && existsSync(p) && statSync(p).isFile(),
  );
  return found && relative(root, found).split(sep).join('/');
}

/** One import of a file: what it names ('*' for all of it) and where from. */
export interface ImportEdge {
  readonly specifier: string;
  readonly names: readonly string[] | '*';
}

const IMPORT =
  /(?:^|[\s;])import\s+(?:type\s+)?([\w$]+\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+[\w$]+)?\s*from\s*['"]([^'"]+)['"]/g;
const RE_EXPORT =
  /(?:^|[\s;])export\s+(?:type\s+)?(\*|\*\s*as\s+[\w$]+|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g;

const namesIn = (list: string) =>
  list
    .split(',')
    .map((n) => n.trim().replace(/^type\s+/, ''))
    .filter(Boolean);

/** A file's imports with the names they take; side-effect imports and requires take everything. */
export function importEdgesIn(source: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const named = m[2] !== undefined ? namesIn(m[2]).map((n) => n.split(/\s+as\s+/)[0]) : undefined;
    edges.push({ specifier: m[3], names: m[1] || !named ? '*' : named });
  }
  const viaFrom = new Set(edges.map((e) => e.specifier));
  for (const specifier of specifiersIn(source)) {
    if (!viaFrom.has(specifier) && !reExportsIn(source).some((r) => r.specifier === specifier))
      edges.push({ specifier, names: '*' });
  }
  return edges;
}

/** `export * from` and `export { a as b } from`: the names a barrel passes on, by their outside name. */
export function reExportsIn(
  source: string,
): { specifier: string; names: '*' | ReadonlyMap<string, string> }[] {
  return [...source.matchAll(RE_EXPORT)].map((m) => {
    const clause = m[1];
    if (!clause.startsWith('{')) return { specifier: m[2], names: '*' as const };
    const names = new Map<string, string>();
    for (const n of namesIn(clause.slice(1, -1))) {
      const [inner, outer] = n.split(/\s+as\s+/);
      names.set(outer ?? inner, inner);
    }
    return { specifier: m[2], names };
  });
}

const declares = (source: string, name: string) =>
  new RegExp(
    `export\\s+(?:declare\\s+|abstract\\s+|async\\s+|default\\s+)*(?:class|function\\*?|const|let|var|interface|type|enum|namespace)\\s+${name.replace('$', '\\$')}\\b`,
  ).test(source) || new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}(?!\\s*from)`).test(source);

type SourceOf = (file: string) => string | undefined;
type ResolveFrom = (from: string, specifier: string) => string | undefined;

/**
 * The files an import of `names` from `file` really reaches: behind a barrel's re-exports only
 * those that declare the names, so a module a package exports but nobody uses stays unreached.
 */
export function filesBehind(
  file: string,
  names: readonly string[] | '*',
  sourceOf: SourceOf,
  resolveFrom: ResolveFrom,
  depth = 0,
): string[] {
  const source = sourceOf(file);
  if (source === undefined || depth > 20 || names.length === 0) return [];
  const reExports = reExportsIn(source);
  // A file imported by path is reached whatever it declares; behind a barrel only by its names.
  const own =
    names === '*' || (depth === 0 && reExports.length === 0) || names.some((n) => declares(source, n));
  const behind = reExports.flatMap((r) => {
    const target = resolveFrom(file, r.specifier);
    if (!target) return [];
    const inner =
      names === '*'
        ? r.names === '*'
          ? '*'
          : [...r.names.values()]
        : r.names === '*'
          ? names
          : names.flatMap((n) => (r.names as ReadonlyMap<string, string>).get(n) ?? []);
    return filesBehind(target, inner, sourceOf, resolveFrom, depth + 1);
  });
  return own ? [file, ...behind] : behind;
}

/** The product files a file's imports reach directly (through barrels, to the declaring files). */
export function importedFiles(file: string, sourceOf: SourceOf, resolveFrom: ResolveFrom): string[] {
  return importEdgesIn(sourceOf(file) ?? '').flatMap((edge) => {
    const target = resolveFrom(file, edge.specifier);
    return target ? filesBehind(target, edge.names, sourceOf, resolveFrom) : [];
  });
}

/** Every file reachable through imports from the given files (which are included). */
export function reachableFrom(
  starts: readonly string[],
  sourceOf: SourceOf,
  resolveFrom: ResolveFrom,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importedFiles(file, sourceOf, resolveFrom).filter((f) => !seen.has(f)));
  }
  return seen;
}

export function buildRuleIndex(root: string): RuleIndex {
  const packages = workspacePackages(root);
  const files = ['services', 'libs', 'infra', 'contracts'].flatMap((d) => tsFiles(root, d)).sort();
  const source = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const code = new Map<string, string[]>();
  const tests = new Map<string, NamedTest[]>();
  for (const [file, text] of source) {
    if (TEST_FILE.test(file)) {
      for (const name of testNamesIn(text))
        for (const id of ruleIdsIn(name)) tests.set(id, [...(tests.get(id) ?? []), { file, name }]);
    } else if (/^(services|libs)\//.test(file) && !TEST_SUPPORT.test(file)) {
      for (const id of ruleIdsIn(text)) code.set(id, [...(code.get(id) ?? []), file]);
    }
  }
  const product = (f: string) => source.has(f) && !TEST_FILE.test(f) && !TEST_SUPPORT.test(f);
  const starts = files.filter((f) => /^services\/[^/]+\/src\//.test(f) && product(f));
  const resolveFrom = (from: string, specifier: string) => resolveImport(root, from, specifier, packages);
  const reachable = reachableFrom(starts, (f) => (product(f) ? source.get(f) : undefined), resolveFrom);
  const testFiles = new Set([...tests.values()].flatMap((named) => named.map((t) => t.file)));
  const testImports = new Map(
    [...testFiles].map((file) => [
      file,
      new Set([...reachableFrom([file], (f) => source.get(f), resolveFrom)].filter(product)),
    ]),
  );
  const services = readdirSync(join(root, 'services')).filter((d) =>
    existsSync(join(root, 'services', d, 'src')),
  );
  return { code, tests, reachable, testImports, services };
}

/** Sentences naming each test whose rule is unknown or named by no code a service runs. */
export function ruleViolations(index: RuleIndex): string[] {
  const violations: string[] = [];
  for (const [id, named] of [...index.tests].sort(([a], [b]) => byRuleId(a, b))) {
    const where = [...new Set(named.map((t) => t.file))].join(', ');
    if (!KNOWN_RULES.has(id)) {
      violations.push(`${id} is no rule of docs/domain.md, but tests name it (${where})`);
      continue;
    }
    if (!(index.code.get(id) ?? []).some((f) => index.reachable.has(f))) {
      violations.push(`${id} is named by tests (${where}) but by no code that a service imports`);
    }
  }
  // A rule's test must exercise the product's code for that rule, not a module only tests use.
  for (const [file, imported] of [...index.testImports].sort(([a], [b]) => a.localeCompare(b))) {
    const ids = [...index.tests]
      .filter(([id, named]) => KNOWN_RULES.has(id) && named.some((t) => t.file === file))
      .map(([id]) => id)
      .sort(byRuleId);
    for (const id of ids) {
      const naming = (index.code.get(id) ?? []).filter((f) => imported.has(f));
      if (naming.length > 0 && !naming.some((f) => index.reachable.has(f)))
        violations.push(`${file} tests ${id} on ${naming.join(', ')}, which no service imports`);
    }
  }
  return violations;
}

function byRuleId(a: string, b: string): number {
  const [pa, na] = a.split('-');
  const [pb, nb] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : pa.localeCompare(pb);
}

const code = (path: string) => `\`${path}\``;

const escaped = (name: string) => name.replace(/([*_`<>[\]])/g, '\\$1');

function testList(tests: readonly NamedTest[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const t of tests) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t.name]);
  return [...byFile].flatMap(([file, names]) => [
    `- ${code(file)}`,
    ...names.map((n) => `  - ${escaped(n)}`),
  ]);
}

function areaSection(area: RuleArea, index: RuleIndex): string[] {
  const lines = [`## ${area.name}`, ''];
  const planned = area.service !== undefined && !index.services.includes(area.service);
  if (planned) lines.push(`The ${area.service} service is planned; these rules are not implemented yet.`, '');
  for (const rule of area.rules) {
    const named = index.code.get(rule.id) ?? [];
    const enforcing = named.filter((f) => index.reachable.has(f));
    const tests = index.tests.get(rule.id) ?? [];
    lines.push(`### ${rule.id} ${rule.title}`, '', rule.text, '');
    if (planned || enforcing.length === 0) {
      lines.push('Not yet implemented.', '');
      if (named.length > 0) lines.push(`Named so far in: ${named.map(code).join(', ')}.`, '');
      if (tests.length > 0) lines.push('Tests that name it:', '', ...testList(tests), '');
      continue;
    }
    lines.push(`Enforced in: ${enforcing.map(code).join(', ')}.`, '');
    lines.push(
      ...(tests.length === 0 ? ['Tested by: no test names it yet.'] : ['Tested by:', '', ...testList(tests)]),
    );
    lines.push('');
  }
  return lines;
}

/** docs/domain.md, before formatting. */
export function renderDomain(index: RuleIndex): string {
  const header = [
    '# The business rules, as implemented',
    '',
    '<!-- Generated by infra/architecture/rule-index.ts from infra/architecture/rules.ts; do not edit by hand. -->',
    '<!-- Regenerate: node -r @swc-node/register infra/architecture/rule-index.ts --write -->',
    '',
    'Every rule has an ID; code names it in a comment where it enforces the rule, and tests name it in their',
    '`describe` or `it`. For each rule this page lists the product code that names it (files a service',
    'imports) and every test that names it. Every number in a rule is a default, configured per organisation',
    '(and per branch or region where the rule says so), never a constant in code.',
    '',
    '`infra/architecture/rule-index.spec.ts` fails when this page is stale, when a test names an unknown',
    'rule, or when a test names a rule that no code of a running service names.',
    '',
  ];
  return [...header, ...RULE_AREAS.flatMap((a) => areaSection(a, index))].join('\n');
}

/** A file as `prettier --check` wants it (prettier's API needs ES modules, which jest runs without). */
export function formatted(text: string, root: string, file: string): string {
  return execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', join(root, file)],
    { input: text, encoding: 'utf8', cwd: root },
  );
}

export const formatMarkdown = (text: string, root: string) => formatted(text, root, DOMAIN_PAGE);

export const DOMAIN_PAGE = join('docs', 'domain.md');

/** The console's names of the rules, generated beside the page: it cannot import this tree. */
export const CONSOLE_RULE_TITLES = join('apps', 'console', 'src', 'rule-titles.ts');

/** apps/console/src/rule-titles.ts, before formatting. */
export function renderRuleTitles(): string {
  const entries = RULE_AREAS.flatMap((a) => a.rules).map(
    (r) => `  ${JSON.stringify(r.id)}: [${JSON.stringify(r.titleZh)}, ${JSON.stringify(r.title)}],`,
  );
  return [
    '// Generated by infra/architecture/rule-index.ts from infra/architecture/rules.ts; do not edit by hand.',
    '// Regenerate: node -r @swc-node/register infra/architecture/rule-index.ts --write',
    '',
    "/** Each business rule's title, in Chinese and in English, by its id (a refusal names its rule). */",
    'export const RULE_TITLES: Readonly<Record<string, readonly [zh: string, en: string]>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  const index = buildRuleIndex(root);
  const page = formatMarkdown(renderDomain(index), root);
  if (process.argv.includes('--write')) {
    writeFileSync(join(root, DOMAIN_PAGE), page);
    writeFileSync(join(root, CONSOLE_RULE_TITLES), formatted(renderRuleTitles(), root, CONSOLE_RULE_TITLES));
  } else process.stdout.write(page);
  const violations = ruleViolations(index);
  for (const v of violations) console.error(v);
  process.exitCode = violations.length > 0 ? 1 : 0;
}
