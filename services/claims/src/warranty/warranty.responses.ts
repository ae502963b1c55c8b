import { responseSchemas } from '@aftersales/platform';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SERVICE_CLASSES, WARRANTY_STANDINGS } from './warranty-terms';

// What a case's warranty answers with, for claims' OpenAPI document.

const { text, time, integer, nullable, object, day, money } = responseSchemas;

const serviceClass: SchemaObject = { type: 'string', enum: [...SERVICE_CLASSES] };
const standing: SchemaObject = { type: 'string', enum: [...WARRANTY_STANDINGS] };

/** CLM-1, CLM-3: one assessment of the case's warranty, in the branch's calendar. */
const ASSESSMENT = object(
  {
    caseId: text,
    branch: text,
    serial: text,
    standing,
    warrantyStartsOn: day,
    fullUntil: { ...day, description: 'CLM-1 the last day of the full warranty' },
    extendedUntil: { ...day, description: 'CLM-1 the last day of free quality repairs' },
    serviceOn: day,
    humanDamage: { type: 'boolean', description: "CLM-1 QC's attribution to the customer: not covered" },
    contractId: text,
    serviceClass,
    reason: text,
    reasonZh: { ...text, description: 'the reason in Chinese' },
    corrects: { ...serviceClass, description: 'the class this assessment corrects, when it changes one' },
    assessedAt: time,
  },
  ['warrantyStartsOn', 'fullUntil', 'extendedUntil', 'contractId', 'reasonZh', 'corrects'],
);

/** A case's service class and every assessment, oldest first (CLM-1, CLM-3). */
export const WARRANTY = object({
  caseId: text,
  branch: text,
  serial: nullable(text),
  serviceClass: nullable(serviceClass),
  standing: nullable(standing),
  attribution: nullable(
    object({
      inspectionId: text,
      attributionId: text,
      shares: {
        type: 'array',
        items: object(
          {
            partyKey: text,
            kind: { type: 'string', enum: ['department', 'supplier', 'customer', 'carrier'] },
            supplierId: text,
            shareBp: integer,
          },
          ['supplierId'],
        ),
      },
    }),
  ),
  approvedCosts: {
    type: 'object',
    description: 'FIN-1 the approved costs by cost id',
    additionalProperties: money,
  },
  assessments: { type: 'array', items: ASSESSMENT },
});
