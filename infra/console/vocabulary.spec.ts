// The console shows every code the services answer with (a status, a kind, a cause, a role, an
// event type) in the user's language. Its vocabularies are read from its source, as ui-text.ts reads
// its texts; a code the services' documents declare and no vocabulary labels fails here, before a
// Chinese screen shows it in English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'apps/console/src');

type Vocabulary = {
  readonly name: string;
  readonly file: string;
  readonly labels: Map<string, [string, string]>;
};

function* files(dir: string, ending: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'schema' && entry.name !== 'node_modules') yield* files(full, ending);
    } else if (entry.name.endsWith(ending)) yield full;
  }
}

// `const NAME: Labels = { key: ['中文', 'English'], … }` (or `… } as const`), one level deep.
const VOCABULARY = /const\s+([A-Z][A-Z_]*)(?::\s*Labels)?\s*=\s*\{([^{}]*)\}/g;
const ENTRY = /(?:'([^']+)'|([A-Za-z][\w-]*))\s*:\s*\[\s*'([^']*)'\s*,\s*'([^']*)'\s*,?\s*\]/g;

function vocabularies(): Vocabulary[] {
  const found: Vocabulary[] = [];
  for (const file of files(SRC, '.tsx')) {
    const code = readFileSync(file, 'utf8');
    for (const [, name, body] of code.matchAll(VOCABULARY)) {
      const labels = new Map<string, [string, string]>();
      for (const [, quoted, bare, zh, en] of body.matchAll(ENTRY)) labels.set(quoted ?? bare, [zh, en]);
      if (labels.size) found.push({ name, file: path.relative(SRC, file), labels });
    }
  }
  return found;
}

/** Every string enum of the services' OpenAPI documents, with where it is declared. */
function openApiEnums(): { values: string[]; at: string }[] {
  const found = new Map<string, { values: string[]; at: string }>();
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, at));
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    const values = schema.enum;
    // A code the console shows: several values of a field. An error code, an export format or a
    // yes/no query flag is not shown.
    if (
      Array.isArray(values) &&
      values.length > 1 &&
      values.every((v) => typeof v === 'string' && v !== 'true' && v !== 'false') &&
      !/\.(error|format)$/.test(at)
    ) {
      const key = [...values].sort().join('|');
      if (!found.has(key)) found.set(key, { values: values as string[], at });
    }
    for (const [k, v] of Object.entries(schema))
      walk(
        v,
        ['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'schema', 'content'].includes(k)
          ? at
          : `${at}.${k}`,
      );
  };
  for (const file of files(path.join(ROOT, 'contracts/openapi'), '.json'))
    walk(JSON.parse(readFileSync(file, 'utf8')), path.basename(file, '.json'));
  return [...found.values()];
}

/** The services' own event types (`*.events.ts`) and the types they publish (asyncapi.json). */
function eventTypes(): string[] {
  const types = new Set<string>();
  for (const dir of readdirSync(path.join(ROOT, 'services'))) {
    const src = path.join(ROOT, 'services', dir, 'src');
    for (const file of files(src, '.events.ts')) {
      const code = readFileSync(file, 'utf8');
      for (const [, type] of code.matchAll(/(?:\btype:\s*|\bOf<\s*)'([A-Z][A-Za-z]+)'/g)) types.add(type);
    }
  }
  const asyncapi = JSON.parse(readFileSync(path.join(ROOT, 'contracts/asyncapi.json'), 'utf8')) as {
    components: { messages: Record<string, unknown> };
  };
  for (const type of Object.keys(asyncapi.components.messages)) types.add(type);
  return [...types].sort();
}

const HAN = /\p{Script=Han}/u;

describe("the console's vocabularies of the services' codes (issue 29)", () => {
  const all = vocabularies();

  it('reads the vocabularies from the source', () => {
    const names = all.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['CASE_STATUS', 'EVENT_TYPE', 'CAPA_STATUS']));
    expect(all.find((v) => v.name === 'CASE_STATUS')?.labels.get('accepted')).toEqual(['已受理', 'Accepted']);
  });

  it("labels every value of each status, kind and cause the services' OpenAPI documents declare", () => {
    const enums = openApiEnums();
    expect(enums.length).toBeGreaterThan(30);
    const unlabelled = enums
      .filter(({ values }) => !all.some((v) => values.every((value) => v.labels.has(value))))
      .map(({ values, at }) => `${at}: ${values.join(', ')}`);
    expect(unlabelled).toEqual([]);
  });

  it('labels every event type of the services, their own and the published ones', () => {
    const events = all.find((v) => v.name === 'EVENT_TYPE')!;
    const types = eventTypes();
    expect(types).toEqual(
      expect.arrayContaining(['CaseAccepted', 'ReturnRequested', 'intake.case-accepted.v1']),
    );
    expect(types.filter((type) => !events.labels.has(type))).toEqual([]);
  });

  it('gives each label in Chinese and in English', () => {
    const bad = all.flatMap((v) =>
      [...v.labels].filter(([, [zh, en]]) => !HAN.test(zh) || !en.trim()).map(([key]) => `${v.name}.${key}`),
    );
    expect(bad).toEqual([]);
  });

  it('reads one English label of i18n.tsx one way in Chinese, so a browser test can name it', () => {
    const chinese = new Map<string, Set<string>>();
    for (const v of all.filter((x) => x.file === 'i18n.tsx'))
      for (const [zh, en] of v.labels.values()) chinese.set(en, (chinese.get(en) ?? new Set()).add(zh));
    expect(
      [...chinese].filter(([, zh]) => zh.size > 1).map(([en, zh]) => `${en}: ${[...zh].join(' / ')}`),
    ).toEqual([]);
  });
});
