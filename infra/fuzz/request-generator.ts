// Requests generated from a service's OpenAPI document: mostly well-formed, some careless, some
// hostile (issue 22, 32). A seeded PRNG makes a failing run repeatable with its seed.
import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  pattern?: string;
  example?: unknown;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: ReadonlyArray<{ name: string; schema: Schema }>;
  readonly body?: Schema;
}

export interface GeneratedRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly contentType?: string;
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text no store, JSON or Kafka should be asked to carry, and text that is merely awkward. */
const HOSTILE_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u0007bell',
  '\u001b[31m',
  'é'.normalize('NFD'),
  '',
  ' ',
  '🙂'.repeat(3),
  "'; DROP TABLE x; --",
  '../../etc/passwd',
  '%00',
];
const HOSTILE_NUMBERS = [1e308, 2 ** 53, -(2 ** 53), -1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, 1e21];

/** A path segment, escaped; text that cannot be UTF-8 (a lone surrogate) as the bytes a careless client sends. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** Values of the shapes our patterns describe (ids, codes, phones, models, dates). */
const PATTERN_CANDIDATES = [
  'HZ',
  'NB',
  'cust-7',
  'C-1001',
  'e-7',
  'SUP-7',
  '13900000000',
  '0571-8888 1234',
  'KYN28-12',
  'SN-7',
  'RMA-1',
  'V-1',
  'P-100',
  'CNY',
  '2026-11',
  '2026-11-30',
  'abc',
];

export function operationsOf(doc: OpenAPIObject): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const params = (op.parameters ?? []) as Array<{ name: string; in: string; schema?: Schema }>;
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content;
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

export class RequestGenerator {
  private readonly random: () => number;
  /** Ids the service answered with, by field name, so later requests reach existing records. */
  private readonly known = new Map<string, string[]>();

  constructor(
    private readonly doc: OpenAPIObject,
    seed: number,
  ) {
    this.random = prng(seed);
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }
  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  private int(min: number, max: number): number {
    return Math.floor(min + this.random() * (max - min + 1));
  }

  /** Remembers every `…Id` value of an answer for later paths and bodies. */
  learn(body: unknown, depth = 0): void {
    if (depth > 4 || body === null || typeof body !== 'object') return;
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string' && /id$/i.test(key)) {
        const list = this.known.get(key) ?? [];
        if (list.length < 50 && !list.includes(value)) list.push(value);
        this.known.set(key, list);
      } else this.learn(value, depth + 1);
    }
  }

  private resolve(schema: Schema | undefined): Schema {
    let s = schema ?? {};
    for (let i = 0; s.$ref && i < 10; i++) {
      const name = s.$ref.split('/').pop()!;
      s = ((this.doc.components?.schemas ?? {}) as Record<string, Schema>)[name] ?? {};
    }
    if (s.allOf)
      return s.allOf
        .map((x) => this.resolve(x))
        .reduce(
          (a, b) => ({
            ...a,
            ...b,
            properties: { ...a.properties, ...b.properties },
            required: [...(a.required ?? []), ...(b.required ?? [])],
          }),
          {} as Schema,
        );
    if (s.oneOf || s.anyOf) return this.resolve(this.pick((s.oneOf ?? s.anyOf)!));
    return s;
  }

  private idFor(name: string): string {
    const known = this.known.get(name);
    if (known?.length && this.chance(0.7)) return this.pick(known);
    return this.uuid();
  }

  private uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  private hostile(): unknown {
    return this.pick<() => unknown>([
      () => this.pick(HOSTILE_TEXT),
      () => this.pick(HOSTILE_NUMBERS),
      () => null,
      () => [],
      () => ({}),
      () => true,
      () => 'x'.repeat(this.int(300, 5_000)),
      () => JSON.parse(`${'['.repeat(1_000)}${']'.repeat(1_000)}`),
    ])();
  }

  /** A value for the schema: usually valid, sometimes careless (wrong, missing, extra), sometimes hostile. */
  value(schema: Schema | undefined, name = '', depth = 0): unknown {
    const s = this.resolve(schema);
    if (this.chance(0.04) || depth > 6) return this.hostile();
    if (s.example !== undefined && this.chance(0.3)) return s.example;
    if (s.enum) return this.chance(0.9) ? this.pick(s.enum) : `${String(this.pick(s.enum))}-nope`;
    switch (s.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [key, prop] of Object.entries(s.properties ?? {})) {
          const required = s.required?.includes(key);
          if (!required && this.chance(0.5)) continue;
          if (required && this.chance(0.03)) continue;
          out[key] = this.value(prop, key, depth + 1);
        }
        if (this.chance(0.03)) out[`unknown${this.int(1, 9)}`] = 'x';
        return out;
      }
      case 'array': {
        const n = this.int(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3));
        return Array.from({ length: n }, () => this.value(s.items, name, depth + 1));
      }
      case 'integer':
      case 'number': {
        const min = s.minimum ?? 0;
        const max = s.maximum ?? min + 1_000;
        if (this.chance(0.05)) return this.pick(HOSTILE_NUMBERS);
        const n = min + this.random() * (max - min);
        return s.type === 'integer' ? Math.round(n) : +n.toFixed(2);
      }
      case 'boolean':
        return this.chance(0.5);
      default:
        return this.text(s, name);
    }
  }

  private text(s: Schema, name: string): string {
    if (this.chance(0.05)) return this.pick(HOSTILE_TEXT);
    if (s.format === 'uuid' || /id$/i.test(name)) return this.idFor(name);
    if (s.format === 'date-time') return new Date(Date.now() - this.int(0, 10 * 86_400_000)).toISOString();
    if (s.format === 'date')
      return new Date(Date.now() - this.int(0, 400) * 86_400_000).toISOString().slice(0, 10);
    if (/branch/i.test(name)) return this.pick(['HZ', 'NB', 'SH', 'XX']);
    if (/currency/i.test(name)) return this.pick(['CNY', 'EUR', 'XXX']);
    if (/month/i.test(name)) return this.pick(['2026-11', '2026-12', '2026-13']);
    const length = this.int(Math.max(1, s.minLength ?? 1), Math.max(1, Math.min(s.maxLength ?? 24, 24)));
    const random = Array.from({ length }, () =>
      this.pick('abcdefghijkmnopqrstuvwxyz0123456789-'.split('')),
    ).join('');
    if (!s.pattern) return random;
    // A value the pattern accepts, mostly: the rules behind it are what the run should reach.
    const pattern = new RegExp(s.pattern);
    const fits = [random, ...PATTERN_CANDIDATES].filter((c) => pattern.test(c));
    return fits.length > 0 && this.chance(0.9) ? this.pick(fits) : random;
  }

  request(op: Operation): GeneratedRequest {
    let path = op.path;
    for (const param of op.pathParams) {
      const value = this.chance(0.05) ? String(this.hostile()) : this.idFor(param);
      path = path.replace(`{${param}}`, pathSegment(value));
    }
    const query = new URLSearchParams();
    for (const { name, schema } of op.query) {
      if (this.chance(0.5)) continue;
      const v = this.value(schema, name);
      query.set(name, typeof v === 'string' ? v : JSON.stringify(v));
    }
    const qs = query.toString();
    if (!op.body) return { method: op.method, path: `${path}${qs ? `?${qs}` : ''}` };
    const roll = this.random();
    const body =
      roll < 0.02
        ? 'null'
        : roll < 0.04
          ? '{"not json'
          : roll < 0.06
            ? '[1,2,3]'
            : JSON.stringify(this.value(op.body));
    return {
      method: op.method,
      path: `${path}${qs ? `?${qs}` : ''}`,
      body,
      contentType: this.chance(0.02) ? 'text/plain' : 'application/json',
    };
  }
}
