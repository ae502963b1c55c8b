import { readFileSync } from 'node:fs';
import { intakeOpenApi } from './openapi';
import { OPENAPI_FILE } from './openapi.cli';

describe('intake OpenAPI (SERVICE-CHECKLIST 4)', () => {
  it('contracts/openapi/intake.json is the document the code serves (run `npm run openapi` after API changes)', async () => {
    const served = await intakeOpenApi();
    const committed = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(served)));
  });

  it('describes request bodies from the DTOs', async () => {
    const doc = await intakeOpenApi();
    const register = doc.paths['/intake/cases'].post!;
    expect(JSON.stringify(register.requestBody)).toContain('RegisterCaseDto');
    expect(doc.components?.schemas?.RegisterCaseDto).toMatchObject({
      required: expect.arrayContaining(['branch', 'kind']),
    });
  });
});
