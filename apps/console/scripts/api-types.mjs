// The typed client's types, generated from the services' OpenAPI documents (contracts/openapi):
// a contract change shows up as a type error in the console's build, not in front of a user.
import openapiTS, { astToString } from 'openapi-typescript';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const contracts = path.resolve(here, '../../../contracts/openapi');
const out = path.resolve(here, '../src/api/schema');

for (const file of readdirSync(contracts).filter((f) => f.endsWith('.json'))) {
  const ast = await openapiTS(pathToFileURL(path.join(contracts, file)));
  const target = path.join(out, file.replace(/\.json$/, '.d.ts'));
  writeFileSync(
    target,
    `// Generated from contracts/openapi/${file} by scripts/api-types.mjs; do not edit.\n${astToString(ast)}`,
  );
}
