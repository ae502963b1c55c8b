// npm run contracts: writes asyncapi.json and every service's *.events.ts from the schemas and
// the registry (src/public-contracts.ts); the contracts spec fails while one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicContracts } from '../public-contracts';
import { generatedFiles } from './generate';

const root = path.resolve(__dirname, '../..');

for (const { path: file, content } of generatedFiles(publicContracts)) {
  const target = path.join(root, file);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  writeFileSync(target, content);
  console.log(`wrote contracts/${file}`);
}
