import { byService, asyncApiDocument } from './asyncapi';
import { typeNameOf, typesModule } from './typescript';
import type { ContractDefinition } from '../contract-definition';

export interface GeneratedFile {
  /** Relative to contracts/. */
  readonly path: string;
  readonly content: string;
}

/**
 * Everything derived from the schemas and the registry: AsyncAPI and each service's TypeScript
 * types. `npm run contracts` writes them; the contracts spec fails while a file is stale.
 */
export function generatedFiles(definitions: readonly ContractDefinition[]): GeneratedFile[] {
  const names = new Map<string, string>();
  for (const { type } of definitions) {
    const other = names.get(typeNameOf(type));
    // index.ts exports every service's types side by side.
    if (other) throw new TypeError(`${type} and ${other} would both be the type ${typeNameOf(type)}`);
    names.set(typeNameOf(type), type);
  }
  const types = [...byService(definitions)].map(([service]) => ({
    path: `src/${service}/${service}.events.ts`,
    // The registry's order, which is the order a reader of the service expects.
    content: typesModule(
      service,
      definitions.filter((d) => d.type.startsWith(`${service}.`)),
    ),
  }));
  return [
    { path: 'asyncapi.json', content: JSON.stringify(asyncApiDocument(definitions), null, 2) + '\n' },
    ...types,
  ];
}
