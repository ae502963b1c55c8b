import { declaredOpenApi } from '@aftersales/platform';
import { readFileSync } from 'node:fs';
import { SERVICES } from './catalogue';
import { openApiFile } from './service.cli';

describe('OpenAPI documents (SERVICE-CHECKLIST 4)', () => {
  it.each(SERVICES.map((s) => [s.name, s] as const))(
    'contracts/openapi/%s.json is the document the code serves (run `npm run openapi` after API changes)',
    async (name, service) => {
      const committed = JSON.parse(readFileSync(openApiFile(name), 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(await declaredOpenApi(service))));
    },
  );
});
