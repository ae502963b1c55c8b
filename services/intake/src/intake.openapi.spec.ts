import { declaredOpenApi, undescribedResponses } from '@aftersales/platform';
import { intakeService } from './intake.service';

describe('intake OpenAPI (SERVICE-CHECKLIST 4)', () => {
  it('describes request bodies from the DTOs', async () => {
    const doc = await declaredOpenApi(intakeService);
    const register = doc.paths['/intake/cases'].post!;
    expect(JSON.stringify(register.requestBody)).toContain('RegisterCaseDto');
    expect(doc.components?.schemas?.RegisterCaseDto).toMatchObject({
      required: expect.arrayContaining(['branch', 'kind']),
    });
  });

  it('describes every success response with its body, and the error responses', async () => {
    const doc = await declaredOpenApi(intakeService);
    expect(undescribedResponses(doc)).toEqual([]);
    expect(doc.paths['/intake/cases/{caseId}/review'].post!.responses).toMatchObject({
      200: {
        content: {
          'application/json': { schema: { required: expect.arrayContaining(['status', 'events']) } },
        },
      },
      400: { $ref: '#/components/responses/ValidationFailed' },
      404: { $ref: '#/components/responses/NotFound' },
      422: { $ref: '#/components/responses/RuleViolation' },
    });
  });

  it('request schemas say what the server enforces: no other field, and the length limits', async () => {
    const schemas = (await declaredOpenApi(intakeService)).components!.schemas!;
    for (const [name, schema] of Object.entries(schemas).filter(([n]) => n.endsWith('Dto')))
      expect({
        name,
        additionalProperties: (schema as { additionalProperties?: unknown }).additionalProperties,
      }).toEqual({
        name,
        additionalProperties: false,
      });
    expect(schemas.ProblemDto).toMatchObject({
      properties: { description: { type: 'string', minLength: 1, maxLength: 4000 } },
    });
  });
});
