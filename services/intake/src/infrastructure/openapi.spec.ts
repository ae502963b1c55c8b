import { declaredOpenApi } from '@aftersales/platform';
import { intakeService } from '../intake.service';

describe('intake OpenAPI (SERVICE-CHECKLIST 4)', () => {
  it('describes request bodies from the DTOs', async () => {
    const doc = await declaredOpenApi(intakeService);
    const register = doc.paths['/intake/cases'].post!;
    expect(JSON.stringify(register.requestBody)).toContain('RegisterCaseDto');
    expect(doc.components?.schemas?.RegisterCaseDto).toMatchObject({
      required: expect.arrayContaining(['branch', 'kind']),
    });
  });
});
