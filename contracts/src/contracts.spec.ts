import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ContractRegistry,
  ContractViolation,
  contracts,
  dispatchExamples,
  financeExamples,
  intakeExamples,
  qualityInspectionExamples,
  parseEventType,
  topicOf,
  UnknownEventType,
  warehouseReturnsExamples,
} from './index';

const root = join(__dirname, '..');

interface AsyncApiDoc {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<
    string,
    { action: string; channel: { $ref: string }; messages: Array<{ $ref: string }> }
  >;
  components: {
    messages: Record<string, { name: string; payload: { schemaFormat: string; schema: { $ref: string } } }>;
  };
}

const asyncapi = JSON.parse(readFileSync(join(root, 'asyncapi.json'), 'utf8')) as AsyncApiDoc;

function schemaFiles(): Array<{ file: string; schema: { title: string; $id: string; $schema: string } }> {
  const dir = join(root, 'schemas');
  return readdirSync(dir).flatMap((service) =>
    readdirSync(join(dir, service)).map((name) => ({
      file: `./schemas/${service}/${name}`,
      schema: JSON.parse(readFileSync(join(dir, service, name), 'utf8')),
    })),
  );
}

function deref<T>(ref: string): T {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], asyncapi) as T;
}

describe('the public contracts', () => {
  it('AsyncAPI, the schema files and the registry name the same set of event types', () => {
    const documented = Object.values(asyncapi.channels)
      .flatMap((c) => Object.values(c.messages).map((m) => deref<{ name: string }>(m.$ref).name))
      .sort();
    const files = schemaFiles()
      .map((f) => f.schema.title)
      .sort();
    expect(asyncapi.asyncapi).toBe('3.0.0');
    expect(documented).toEqual(contracts.types());
    expect(files).toEqual(contracts.types());
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('each AsyncAPI message points at the schema file of its own type, on its service topic', () => {
    const byFile = new Map(schemaFiles().map((f) => [f.file, f.schema]));
    for (const channel of Object.values(asyncapi.channels)) {
      for (const ref of Object.values(channel.messages)) {
        const message = deref<AsyncApiDoc['components']['messages'][string]>(ref.$ref);
        expect(byFile.get(message.payload.schema.$ref)?.title).toBe(message.name);
        expect(message.payload.schemaFormat).toBe('application/schema+json;version=draft-2020-12');
        expect(channel.address).toBe(topicOf(parseEventType(message.name).service));
      }
    }
    for (const operation of Object.values(asyncapi.operations)) {
      const channel = deref<{ messages: object }>(operation.channel.$ref);
      expect(operation.messages.map((m) => deref(m.$ref))).toEqual(Object.values(channel.messages));
    }
  });

  it('every schema is draft 2020-12 with an $id and a title of the form <service>.<event>.v<N>', () => {
    for (const { file, schema } of schemaFiles()) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\//);
      const { service, event, version } = parseEventType(schema.title);
      expect(file).toBe(`./schemas/${service}/${event}.v${version}.schema.json`);
    }
  });

  it('the TypeScript examples of every type are publishable', () => {
    expect(Object.keys(intakeExamples).sort()).toEqual(
      contracts.types().filter((t) => t.startsWith('intake.')),
    );
    expect(Object.keys(dispatchExamples).sort()).toEqual(
      contracts.types().filter((t) => t.startsWith('dispatch.')),
    );
    expect(Object.keys(qualityInspectionExamples).sort()).toEqual(
      contracts.types().filter((t) => t.startsWith('quality-inspection.')),
    );
    expect(Object.keys(warehouseReturnsExamples).sort()).toEqual(
      contracts.types().filter((t) => t.startsWith('warehouse-returns.')),
    );
    expect(Object.keys(financeExamples).sort()).toEqual(
      contracts.types().filter((t) => t.startsWith('finance.')),
    );
    for (const [type, payload] of Object.entries({
      ...intakeExamples,
      ...dispatchExamples,
      ...qualityInspectionExamples,
      ...warehouseReturnsExamples,
      ...financeExamples,
    })) {
      expect(() => contracts.assertPublishable(type, payload)).not.toThrow();
    }
  });

  it('AUD-4: publishing refuses a field the contract does not know, e.g. a customer name', () => {
    const leaking = { ...intakeExamples['intake.case-registered.v1'], customerName: 'Zhang San' };
    expect(() => contracts.assertPublishable('intake.case-registered.v1', leaking)).toThrow(
      ContractViolation,
    );
  });

  it('publishing refuses a missing field or a value outside the vocabulary, naming the path', () => {
    const { caseNumber: _, ...missing } = intakeExamples['intake.case-registered.v1'];
    expect(() => contracts.assertPublishable('intake.case-registered.v1', missing)).toThrow(/caseNumber/);
    const badScore = {
      ...intakeExamples['intake.survey-answered.v1'],
      scores: { attitude: 5, skill: 4, arrivalTime: 3, keepingPromises: 4 },
    };
    expect(() => contracts.assertPublishable('intake.survey-answered.v1', badScore)).toThrow(
      /\/scores\/attitude/,
    );
  });

  it('reading tolerates (and drops) a field added by a newer producer', () => {
    const newer = { ...intakeExamples['intake.case-accepted.v1'], addedLater: 1 };
    const read = contracts.read('intake.case-accepted.v1', newer);
    expect(read).toEqual({
      type: 'intake.case-accepted.v1',
      payload: intakeExamples['intake.case-accepted.v1'],
    });
  });

  it('an unknown type is refused by name', () => {
    expect(() => contracts.read('intake.case-teleported.v1', {})).toThrow(UnknownEventType);
  });
});

describe('upcasting', () => {
  // A made-up event in two versions: v2 split `name` into `model` + `variant`.
  const v1 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'demo.product-noted.v1',
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' } },
    additionalProperties: false,
  };
  const v2 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'demo.product-noted.v2',
    type: 'object',
    required: ['model', 'variant'],
    properties: { model: { type: 'string' }, variant: { type: 'string' } },
    additionalProperties: false,
  };
  const registry = new ContractRegistry(
    [
      { type: v1.title, schema: v1 },
      { type: v2.title, schema: v2 },
    ],
    [
      {
        from: v1.title,
        to: v2.title,
        upcast: (p) => {
          const [model, variant = 'standard'] = (p as { name: string }).name.split('/');
          return { model, variant };
        },
      },
    ],
  );

  it('reads an old version as the newest one', () => {
    expect(registry.read('demo.product-noted.v1', { name: 'KYN28-12/outdoor' })).toEqual({
      type: 'demo.product-noted.v2',
      payload: { model: 'KYN28-12', variant: 'outdoor' },
    });
  });

  it('reads the newest version unchanged', () => {
    expect(registry.read('demo.product-noted.v2', { model: 'a', variant: 'b' }).payload).toEqual({
      model: 'a',
      variant: 'b',
    });
  });

  it('validates the old payload before upcasting it', () => {
    expect(() => registry.read('demo.product-noted.v1', { name: 7 })).toThrow(ContractViolation);
  });

  it('refuses an upcaster that skips a version', () => {
    const v3 = { ...v2, title: 'demo.product-noted.v3' };
    expect(
      () =>
        new ContractRegistry(
          [
            { type: v1.title, schema: v1 },
            { type: v3.title, schema: v3 },
          ],
          [{ from: v1.title, to: v3.title, upcast: (p) => p }],
        ),
    ).toThrow(/one version/);
  });
});
