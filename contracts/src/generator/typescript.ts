import { parseEventType, type ContractDefinition } from '../contract-definition';

type Schema = Readonly<Record<string, unknown>>;

/** Keywords that narrow a value without changing its TypeScript type. */
const CHECKS = new Set([
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'additionalProperties',
]);
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  '$comment',
  'examples',
  'default',
  '$defs',
]);
const SHAPES = new Set(['type', 'enum', 'const', 'properties', 'required', 'items', '$ref']);

const WIDTH = 110;
const PRIMITIVE: Readonly<Record<string, string>> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
};

export function pascalCase(kebab: string): string {
  return kebab
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `intake.case-registered.v1` → `CaseRegisteredV1`. */
export function typeNameOf(type: string): string {
  const { event, version } = parseEventType(type);
  return `${pascalCase(event)}V${version}`;
}

const literal = (value: unknown): string =>
  typeof value === 'string'
    ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
    : JSON.stringify(value);

const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

const doc = (text: unknown, indent: string): string =>
  typeof text === 'string' ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';

/**
 * TypeScript types from our own JSON Schemas: the subset the contracts use (objects, arrays,
 * primitives, enum, const, local $ref). Anything else is refused by name, so a schema can never
 * come out looser as a type than it validates.
 */
class Emitter {
  constructor(
    private readonly root: Schema,
    private readonly type: string,
  ) {}

  /** The type of `schema`; `indent` is the indentation of the line the type starts on. */
  render(schema: Schema, indent: string, path: string): string[] {
    for (const keyword of Object.keys(schema)) {
      if (!CHECKS.has(keyword) && !ANNOTATIONS.has(keyword) && !SHAPES.has(keyword))
        throw new TypeError(`${this.type}: keyword ${keyword} at ${path || '/'} has no TypeScript form here`);
    }
    if (typeof schema.$ref === 'string') return this.render(this.resolve(schema.$ref), indent, path);
    if ('const' in schema) return [literal(schema.const)];
    if (Array.isArray(schema.enum)) return schema.enum.map(literal);
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    return types.flatMap((t) => {
      if (t === 'object') return [this.object(schema, indent, path)];
      if (t === 'array') return [this.array(schema, indent, path)];
      if (PRIMITIVE[t]) return [PRIMITIVE[t]];
      throw new TypeError(`${this.type}: ${path || '/'} has no type`);
    });
  }

  object(schema: Schema, indent: string, path: string): string {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema.required ?? []) as string[]);
    for (const name of required)
      if (!(name in properties))
        throw new TypeError(`${this.type}: ${path}/${name} is required but undefined`);
    const inner = `${indent}  `;
    const lines = Object.entries(properties).map(([name, property]) => {
      const head = `${inner}readonly ${key(name)}${required.has(name) ? '' : '?'}:`;
      return (
        doc(property.description, inner) +
        this.member(head, this.render(property, inner, `${path}/${name}`), inner)
      );
    });
    return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${indent}}`;
  }

  array(schema: Schema, indent: string, path: string): string {
    if (!schema.items || typeof schema.items !== 'object')
      throw new TypeError(`${this.type}: ${path} is an array without items`);
    const item = this.render(schema.items as Schema, indent, `${path}/items`);
    return item.length === 1 ? `readonly ${item[0]}[]` : `readonly (${item.join(' | ')})[]`;
  }

  /** `head` followed by the union `alternatives`, one per line when they do not fit on one. */
  member(head: string, alternatives: string[], indent: string): string {
    const flat = `${head} ${alternatives.join(' | ')};`;
    if (alternatives.length === 1 || (flat.length <= WIDTH && !flat.includes('\n'))) return flat;
    const next = `${indent}  ${alternatives.join(' | ')};`;
    if (next.length <= WIDTH && !next.includes('\n')) return `${head}\n${next}`;
    return `${head}\n${alternatives.map((a) => `${indent}  | ${a}`).join('\n')};`;
  }

  private resolve(ref: string): Schema {
    const match = /^#\/\$defs\/([\w-]+)$/.exec(ref);
    const target = match && (this.root.$defs as Record<string, Schema> | undefined)?.[match[1]];
    if (!target) throw new TypeError(`${this.type}: $ref ${ref} must name one of the schema's own $defs`);
    return target;
  }
}

/** The `<service>.events.ts` module of one service: one interface per type, and the type → payload map. */
export function typesModule(service: string, definitions: readonly ContractDefinition[]): string {
  const blocks = definitions.map(({ type, schema }) => {
    const root = schema as Schema;
    if (root.type !== 'object') throw new TypeError(`${type}: a payload is an object`);
    const body = new Emitter(root, type).object(root, '', '');
    return `${doc(root.description, '')}export interface ${typeNameOf(type)} ${body}\n`;
  });
  const map = definitions.map(({ type }) => `  ${literal(type)}: ${typeNameOf(type)};`).join('\n');
  return [
    `// Generated by \`npm run contracts\` from contracts/schemas/${service} and the registry: do not edit.`,
    '',
    '/*',
    ` * Public events of ${service}: payloads only (the envelope travels in CloudEvents headers).`,
    ' * Personal data appears by reference only (AUD-4).',
    ' */',
    '',
    blocks.join('\n'),
    `/** Event type → payload, for typed producers and consumers. */`,
    `export interface ${pascalCase(service)}PublicEvents {`,
    map,
    '}',
    '',
  ].join('\n');
}
