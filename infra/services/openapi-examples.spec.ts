import { bodyExamples, createValidationPipe } from '@aftersales/platform';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { SERVICES } from './catalogue';
import { openApiFile } from './service.cli';

interface Operation {
  readonly requestBody?: {
    readonly content: Record<string, { readonly schema: { $ref?: string }; readonly example?: unknown }>;
  };
}

/** Every request body of a service's committed document: where, its schema's name, its example. */
function requestBodies(name: string) {
  const document = JSON.parse(readFileSync(openApiFile(name), 'utf8'));
  const bodies: Array<{ route: string; schema: string; example: unknown }> = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>))
    for (const [method, op] of Object.entries(item)) {
      const json = op.requestBody?.content['application/json'];
      if (!json) continue;
      const ref = json.schema.$ref ?? '';
      bodies.push({
        route: `${method.toUpperCase()} ${path}`,
        schema: ref.slice(ref.lastIndexOf('/') + 1),
        example: json.example,
      });
    }
  return { document, bodies };
}

describe('every request body has an example the service accepts (issue 22)', () => {
  // The declarations register their DTOs' examples as they load.
  const examples = bodyExamples();

  it.each(SERVICES.map((s) => [s.name] as const))(
    '%s: each request body in its OpenAPI document has an example, valid against its schema and accepted by the validation pipe',
    async (name) => {
      const { document, bodies } = requestBodies(name);
      expect(bodies.length).toBeGreaterThan(0);
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema({ components: document.components }, 'doc');
      const pipe = createValidationPipe();
      for (const { route, schema, example } of bodies) {
        expect([route, example === undefined ? 'no example' : 'example']).toEqual([route, 'example']);
        const validate = ajv.getSchema(`doc#/components/schemas/${schema}`)!;
        expect([route, validate(example) ? [] : validate.errors]).toEqual([route, []]);
        const dto = examples.get(schema)?.dto;
        expect([route, dto?.name]).toEqual([route, schema]);
        await expect(
          pipe.transform(example, { type: 'body', metatype: dto as never, data: '' }),
        ).resolves.toBeDefined();
      }
    },
  );
});
