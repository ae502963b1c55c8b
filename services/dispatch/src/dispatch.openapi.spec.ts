import { declaredOpenApi, undescribedResponses } from '@aftersales/platform';
import { dispatchService } from './dispatch.service';

describe('dispatch OpenAPI (SERVICE-CHECKLIST 4)', () => {
  it('describes request bodies from the validation rules the 400s come from', async () => {
    const doc = await declaredOpenApi(dispatchService);
    const assign = doc.paths['/dispatch/visits/{visitId}/assignment'].post!;
    expect(JSON.stringify(assign.requestBody)).toContain('AssignDto');
    expect(doc.components?.schemas?.CompleteVisitDto).toEqual({
      type: 'object',
      properties: {
        voucherNo: { type: 'string', minLength: 1, maxLength: 100 },
        firstTimeFix: { type: 'boolean' },
        signature: { $ref: '#/components/schemas/SignatureDto' },
      },
      required: ['voucherNo', 'firstTimeFix', 'signature'],
      additionalProperties: false,
    });
    expect(doc.components?.schemas?.SignatureDto).toMatchObject({
      properties: {
        signedAt: { type: 'string', format: 'date-time' },
        method: { enum: ['signature', 'e-signature'] },
      },
    });
    expect(doc.components?.schemas?.RegisterEngineerDto).toMatchObject({
      properties: { skills: { type: 'array', minItems: 1, items: { type: 'string' } } },
    });
    expect((doc.components?.schemas?.RegisterEngineerDto as { required: string[] }).required).not.toContain(
      'engineerId',
    );
  });

  it('describes every success response with its body, and the error responses', async () => {
    const doc = await declaredOpenApi(dispatchService);
    expect(undescribedResponses(doc)).toEqual([]);
    expect(doc.paths['/dispatch/visits/{visitId}/assignment'].post!.responses).toMatchObject({
      200: {
        content: {
          'application/json': { schema: { required: expect.arrayContaining(['status', 'events']) } },
        },
      },
      400: { $ref: '#/components/responses/ValidationFailed' },
      409: { $ref: '#/components/responses/Conflict' },
      422: { $ref: '#/components/responses/RuleViolation' },
    });
  });
});
