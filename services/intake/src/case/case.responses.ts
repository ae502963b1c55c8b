import { responseSchemas } from '@aftersales/platform';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CASE_KINDS, CHANNELS, REMEDIES, SEVERITIES } from './case.vocabulary';

// What intake answers with, for its OpenAPI document (the shapes of case-summary.ts and the queries).

const { text, time, nullable, object, page } = responseSchemas;
const counts: SchemaObject = { type: 'object', additionalProperties: { type: 'integer' } };
const STATUSES = ['registered', 'accepted', 'rejected', 'resolved', 'closed'];

const summary = {
  caseId: { type: 'string', format: 'uuid' },
  caseNumber: { ...text, description: 'INT-1, e.g. HZ-2026-000123' },
  branch: text,
  kind: { type: 'string', enum: [...CASE_KINDS] },
  severity: { type: 'string', enum: [...SEVERITIES] },
  status: { type: 'string', enum: STATUSES },
  responseDueAt: { ...time, description: 'INT-4' },
  resolutionDueAt: { ...time, description: 'INT-5' },
} satisfies Record<string, SchemaObject>;

/** Where the case stands after a registration. */
export const CASE_SUMMARY = object(summary);

/** Where the case stands after a command, and the events the command appended (none: it changed nothing). */
export const CASE_CHANGED = object({ ...summary, events: { type: 'array', items: text } });

/** A page of the complaint register (INT-1), newest first. */
export const REGISTER_PAGE = page('items', {
  type: 'array',
  items: object({
    caseId: summary.caseId,
    caseNumber: text,
    branch: text,
    channel: text,
    kind: summary.kind,
    severity: summary.severity,
    status: summary.status,
    priority: { type: 'string', enum: ['normal', 'high'] },
    vip: { type: 'boolean' },
    customerId: text,
    productModel: text,
    serialNumber: text,
    symptomCode: nullable(text),
    remedy: nullable(text),
    costsRecoveredFrom: nullable({ type: 'string', enum: ['customer', null] }),
    month: { ...text, description: 'YYYY-MM, in the branch calendar' },
    registeredAt: time,
    responseDueAt: time,
    respondedAt: nullable(time),
    respondedInTime: nullable({ type: 'boolean' }),
    responseMissed: { type: 'boolean' },
    resolutionDueAt: time,
    resolvedAt: nullable(time),
    resolutionMissed: { type: 'boolean' },
    closedAt: nullable(time),
    followUpOwner: nullable(text),
    surveyTotal: nullable({ type: 'integer' }),
    complaintAboutService: { type: 'boolean' },
    recurringAlert: { type: 'boolean' },
    lastPosition: { ...text, description: 'the log position the row reflects' },
  }),
});

/** The case with its whole story from the log (AUD-1). */
const product = object({ model: text, serialNumber: text, purchaseDate: text, commissioningDate: text }, [
  'purchaseDate',
  'commissioningDate',
]);
const CASE = object(
  {
    exists: { type: 'boolean', enum: [true] },
    ...summary,
    channel: { type: 'string', enum: [...CHANNELS] },
    registeredAt: time,
    respondedAt: time,
    responseMissed: { type: 'boolean', description: 'INT-4' },
    resolutionMissed: { type: 'boolean', description: 'INT-5' },
    resolvedAt: time,
    closedAt: time,
    remedy: { type: 'string', enum: [...REMEDIES] },
    vip: { type: 'boolean', description: 'INT-10' },
    followUpOwnerId: text,
    surveyId: text,
    surveyAnswered: { type: 'boolean' },
    product,
    symptomCode: text,
    pausedSince: { ...time, description: 'INT-11 while the deadline clocks wait on the customer' },
    pausedMs: { type: 'integer', description: 'INT-11 time paused so far' },
    timelineSourceIds: { type: 'array', items: text },
  },
  [
    'respondedAt',
    'resolvedAt',
    'closedAt',
    'remedy',
    'followUpOwnerId',
    'surveyId',
    'symptomCode',
    'pausedSince',
  ],
);
/** The CaseRegistered event's data; the customer's personal data is gone once erased (AUD-4). */
const REGISTRATION = {
  ...object(
    {
      caseId: text,
      caseNumber: text,
      branch: text,
      channel: { type: 'string', enum: [...CHANNELS] },
      kind: summary.kind,
      severity: summary.severity,
      registeredAt: time,
      customer: object(
        {
          customerId: text,
          name: text,
          contactPerson: nullable(text),
          phone: text,
          address: text,
          vip: { type: 'boolean' },
        },
        ['name', 'contactPerson', 'phone', 'address'],
      ),
      product,
      problem: object({ description: text, symptomCode: text }, ['description', 'symptomCode']),
      priority: { type: 'string', enum: ['normal', 'high'] },
    },
    ['registeredAt', 'priority'],
  ),
  additionalProperties: true,
  description: "the registration as recorded, with the customer's personal data unless erased (AUD-4)",
};

export const CASE_TIMELINE = object({
  case: { ...CASE, description: 'the case as its events leave it' },
  registration: REGISTRATION,
  timeline: {
    type: 'array',
    items: object(
      {
        position: { type: 'integer', description: 'global log position' },
        version: { type: 'integer' },
        type: { ...text, description: 'the event type' },
        at: time,
        actor: object({ userId: text, role: text, displayName: text }, ['displayName']),
        branch: text,
        correlationId: text,
        causationId: text,
        data: {
          type: 'object',
          description:
            "the event's data; a downstream milestone (TimelineEntryRecorded) carries a one-sentence summary in English and, as summaryZh, in Chinese",
        },
      },
      ['branch', 'causationId'],
    ),
  },
});

/** KPI-2 a branch's month (KPI-1 rates as fractions, null without data). */
export const MONTHLY_SUMMARY = object({
  branch: text,
  month: text,
  total: { type: 'integer' },
  byKind: counts,
  bySeverity: counts,
  byModel: counts,
  byStatus: counts,
  responseCompliance: nullable({ type: 'number', minimum: 0, maximum: 1 }),
  satisfaction: nullable({ type: 'number', minimum: 0, maximum: 1 }),
  surveysAnswered: { type: 'integer' },
  recurringCases: { type: 'integer' },
  costsRecoveredFromCustomer: { type: 'integer', description: 'INT-7' },
});

/** AUD-4 the customer's key is destroyed. */
export const CUSTOMER_FORGOTTEN = object({ customerId: text, erased: { type: 'boolean', enum: [true] } });
