// npm run openapi: writes contracts/openapi/intake.json (a test fails when it is stale).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { intakeOpenApi } from './openapi';

export const OPENAPI_FILE = path.resolve(__dirname, '../../../../contracts/openapi/intake.json');

if (require.main === module) {
  void intakeOpenApi().then((doc) => {
    writeFileSync(OPENAPI_FILE, JSON.stringify(doc, null, 2) + '\n');
    console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
  });
}
