import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

// What quality inspection answers with, for its OpenAPI document.

const text: SchemaObject = { type: 'string' };
const time: SchemaObject = { type: 'string', format: 'date-time' };
export const object = (properties: Record<string, SchemaObject>, optional: string[] = []): SchemaObject => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((p) => !optional.includes(p)),
});

export const INSPECTION_CHANGED = object(
  {
    inspectionId: text,
    status: text,
    attributionInForce: text,
    events: {
      type: 'array',
      items: text,
      description: 'the types of the events appended (none: nothing changed)',
    },
  },
  ['attributionInForce'],
);

/** A use case that creates something inside the inspection answers its id too. */
export const withId = (name: string): SchemaObject => ({
  ...INSPECTION_CHANGED,
  properties: { ...INSPECTION_CHANGED.properties, [name]: text },
  required: [...(INSPECTION_CHANGED.required ?? []), name],
});

const share = object({ partyKey: text, shareBp: { type: 'integer', minimum: 1, maximum: 10_000 } });
export const INSPECTION_ROW = object(
  {
    inspectionId: text,
    branch: text,
    caseId: { ...text, nullable: true },
    caseNumber: { ...text, nullable: true },
    productModel: text,
    serialNumber: text,
    origin: object({ kind: text, ref: text }),
    status: text,
    rootCauses: { type: 'array', items: text },
    findings: {
      type: 'array',
      description: 'QC-2: every finding, with the later finding that corrected it',
      items: object({ findingId: text, rootCause: text, correctedBy: text }, ['correctedBy']),
    },
    attributionInForce: { ...text, nullable: true },
    responsible: { type: 'array', items: share },
    openedAt: time,
  },
  [],
);
export const INSPECTION_PAGE = object(
  { items: { type: 'array', items: INSPECTION_ROW }, nextCursor: { ...text, nullable: true } },
  [],
);
const decidedBy = object({ userId: text, role: { ...text, description: 'the role they acted in' } });
/** QC-3: a party of the share table. */
const party = object(
  {
    kind: { type: 'string', enum: ['department', 'supplier', 'customer', 'carrier'] },
    department: text,
    person: text,
    supplierId: text,
    carrierId: text,
  },
  ['department', 'person', 'supplierId', 'carrierId'],
);
const shareOfParty = object({ party, shareBp: { type: 'integer', minimum: 1, maximum: 10_000 } });
const attribution = object(
  {
    attributionId: text,
    shares: { type: 'array', items: shareOfParty },
    basis: { type: 'array', items: text, description: 'the findings it rests on' },
    signedBy: decidedBy,
    attributedAt: time,
    inForce: { type: 'boolean' },
    supersededBy: text,
    supersededReason: text,
  },
  ['supersededBy', 'supersededReason'],
);
export const HISTORY = object(
  {
    inspectionId: text,
    inForce: { ...attribution, description: 'QC-4 the attribution in force, with its share table' },
    attributions: { type: 'array', items: attribution },
    steps: {
      type: 'array',
      description: 'every attribution, dispute, confirmation and supersession in the order of the log',
      items: object(
        {
          step: { type: 'string', enum: ['attributed', 'disputed', 'confirmed', 'superseded'] },
          at: time,
          by: decidedBy,
          attributionId: text,
          disputeId: { ...text, description: 'disputed, confirmed; superseded after a dispute' },
          shares: { type: 'array', items: shareOfParty, description: 'attributed' },
          basis: { type: 'array', items: text, description: 'attributed' },
          basisNote: text,
          supersedes: text,
          supersededBy: { ...text, description: 'superseded' },
          party: { ...text, description: 'disputed: the disputing party (supplier:SUP-7)' },
          reason: text,
          evidence: {
            type: 'array',
            description: 'disputed',
            items: object({ kind: text, ref: text, sha256: text, description: text }, ['description']),
          },
        },
        [
          'disputeId',
          'shares',
          'basis',
          'basisNote',
          'supersedes',
          'supersededBy',
          'party',
          'reason',
          'evidence',
        ],
      ),
    },
  },
  ['inForce'],
);
export const CASE_HISTORY = object({ caseId: text, inspections: { type: 'array', items: HISTORY } });
export const CAPA_ROW = object({
  capaId: text,
  inspectionId: text,
  branch: text,
  caseId: { ...text, nullable: true },
  ownerDepartment: text,
  owner: { ...text, nullable: true },
  action: text,
  dueAt: time,
  status: { type: 'string', enum: ['open', 'overdue', 'closed'] },
  raisedAt: time,
  closedAt: { ...time, nullable: true },
});
export const CAPA_LIST = object({ items: { type: 'array', items: CAPA_ROW } });
const count = object({ key: text, inspections: { type: 'integer' } });
export const MONTHLY_SUMMARY = object({
  month: text,
  timeZone: text,
  inspections: { type: 'integer' },
  byModel: { type: 'array', items: count },
  byCause: { type: 'array', items: count },
  byResponsibleParty: {
    type: 'array',
    items: object({
      key: text,
      inspections: { type: 'integer' },
      weightedBp: { type: 'integer', description: 'the sum of the party’s shares, in basis points' },
    }),
  },
});
