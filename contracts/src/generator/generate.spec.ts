import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicContracts } from '../public-contracts';
import { generatedFiles } from './generate';
import { typesModule } from './typescript';

const demo = (properties: object, extra: object = {}) => ({
  type: 'demo.part-noted.v1',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'demo.part-noted.v1',
    description: 'a part was noted',
    type: 'object',
    additionalProperties: false,
    required: ['partNo', 'parts'],
    properties,
    ...extra,
  },
});

describe('the generated contract files', () => {
  it('asyncapi.json and every *.events.ts are what the schemas and the registry generate (run npm run contracts)', () => {
    const stale = generatedFiles(publicContracts)
      .filter(({ path, content }) => readFileSync(join(__dirname, '../..', path), 'utf8') !== content)
      .map(({ path }) => `contracts/${path}`);
    expect(stale).toEqual([]);
  });

  it('a schema becomes a readonly interface: required and optional fields, enums, const, arrays, $defs', () => {
    const module = typesModule('demo', [
      demo(
        {
          partNo: { type: 'string', minLength: 1, description: 'the catalogue number' },
          kind: { enum: ['spare', 'consumable'] },
          voided: { const: true },
          parts: { type: 'array', items: { $ref: '#/$defs/qty' } },
        },
        { $defs: { qty: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } } },
      ),
    ]);
    expect(module).toContain(
      [
        '/** a part was noted */',
        'export interface PartNotedV1 {',
        '  /** the catalogue number */',
        '  readonly partNo: string;',
        "  readonly kind?: 'spare' | 'consumable';",
        '  readonly voided?: true;',
        '  readonly parts: readonly {',
        '    readonly n: number;',
        '  }[];',
        '}',
      ].join('\n'),
    );
    expect(module).toContain("export interface DemoPublicEvents {\n  'demo.part-noted.v1': PartNotedV1;\n}");
  });

  it('refuses a keyword it has no TypeScript form for, rather than generate a looser type', () => {
    const loose = demo({
      partNo: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      parts: { type: 'array' },
    });
    expect(() => typesModule('demo', [loose])).toThrow(/keyword oneOf at \/partNo/);
  });

  it('refuses two services whose events would be the same TypeScript type', () => {
    const other = { ...demo({}), type: 'other.part-noted.v1' };
    expect(() =>
      generatedFiles([demo({ partNo: { type: 'string' }, parts: { type: 'array', items: {} } }), other]),
    ).toThrow(/would both be the type PartNotedV1/);
  });
});
