// Whether an answer a service gave is what its OpenAPI document says (contracts/openapi/*.json):
// the console's typed client trusts the documents, so the browser tests check every answer it reads.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { SERVICES } from '../services/catalogue';
import { openApiFile } from '../services/service.cli';

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly params: number;
  readonly schemas: Record<string, () => ValidateFunction | undefined>;
}

type Doc = {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>
  >;
  components?: object;
};

function operations(): Operation[] {
  // OpenAPI 3.0 schemas: `nullable`, formats; descriptions and examples are not validation.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const all: Operation[] = [];
  for (const service of SERVICES) {
    const doc = JSON.parse(readFileSync(openApiFile(service.name), 'utf8')) as Doc;
    for (const [template, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const schemas: Operation['schemas'] = {};
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          const schema = response.content?.['application/json']?.schema;
          if (!schema || !/^2/.test(status)) continue;
          let compiled: ValidateFunction | undefined;
          schemas[status] = () => (compiled ??= ajv.compile({ ...schema, components: doc.components }));
        }
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
        all.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          params: (template.match(/\{/g) ?? []).length,
          schemas,
        });
      }
  }
  return all;
}

/** `check(method, path, status, body)`: what is wrong with the answer, or nothing. */
export function conformance() {
  const ops = operations();
  return (method: string, path: string, status: number, body: unknown): string[] => {
    // A literal segment wins over a parameter (/cases/export over /cases/{caseId}).
    const op = ops
      .filter((o) => o.method === method && o.pattern.test(path))
      .sort((a, b) => a.params - b.params)[0];
    if (!op) return [`${method} ${path}: not in any OpenAPI document`];
    const validate = op.schemas[String(status)]?.();
    if (!validate) return [`${method} ${op.template} ${status}: no response schema`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${method} ${op.template} ${status}: ${e.instancePath || '(body)'} ${e.message ?? ''}`,
    );
  };
}
