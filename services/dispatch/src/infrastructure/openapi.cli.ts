// npm run openapi: writes contracts/openapi/dispatch.json (a test fails when it is stale).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { dispatchOpenApi } from './openapi';

export const OPENAPI_FILE = path.resolve(__dirname, '../../../../contracts/openapi/dispatch.json');

if (require.main === module) {
  void dispatchOpenApi().then((doc) => {
    writeFileSync(OPENAPI_FILE, JSON.stringify(doc, null, 2) + '\n');
    console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
  });
}
