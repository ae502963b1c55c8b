import { responseSchemas } from '@aftersales/platform';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

// What the campaigns answer with, for claims' OpenAPI document.

const { text, time, integer, nullable, object, offsetPage } = responseSchemas;
const KIND: SchemaObject = { type: 'string', enum: ['batch-quality', 'recall'] };
const STATUS: SchemaObject = {
  type: 'string',
  enum: ['proposed', 'open'],
  description: 'CLM-6 open only once an executive approved it',
};

/** What the list's row and the campaign itself both say. */
const CAMPAIGN_FIELDS: Record<string, SchemaObject> = {
  campaignId: { type: 'string', format: 'uuid' },
  branch: text,
  kind: KIND,
  title: text,
  model: text,
  status: STATUS,
};

/** CLM-6: a row of the campaign list. */
const CAMPAIGN_ROW = object({
  ...CAMPAIGN_FIELDS,
  proposedBy: text,
  proposedAt: time,
  approvedBy: nullable(text),
  approvedAt: nullable(time),
  serialCount: integer,
  cases: { type: 'array', items: text },
});

/** A page of campaigns, newest first. */
export const CAMPAIGN_PAGE = offsetPage(CAMPAIGN_ROW);

/** CLM-6: a campaign with its units and cases. */
export const CAMPAIGN = object(
  {
    ...CAMPAIGN_FIELDS,
    approvedBy: text,
    serials: { type: 'array', items: text },
    cases: { type: 'array', items: text },
  },
  ['approvedBy'],
);
