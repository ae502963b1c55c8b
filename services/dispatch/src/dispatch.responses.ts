import { responseSchemas } from '@aftersales/platform';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { URGENCIES, ZONES } from './dispatch.vocabulary';
import { VISIT_STATUSES } from './visit/visit.state';

// What dispatch answers with, for its OpenAPI document (visit-summary.ts, engineer.state.ts, the queries).

const { text, time, nullable, object, page } = responseSchemas;
const events: SchemaObject = {
  type: 'array',
  items: text,
  description: 'the types of the events the command appended (none: it changed nothing)',
};

const summary: Record<string, SchemaObject> = {
  visitId: { type: 'string', format: 'uuid' },
  caseId: { type: 'string', format: 'uuid' },
  caseNumber: text,
  branch: text,
  status: { type: 'string', enum: [...VISIT_STATUSES] },
  urgency: { type: 'string', enum: [...URGENCIES] },
  zone: { type: 'string', enum: [...ZONES] },
  engineerId: nullable(text),
  arrival: {
    type: 'object',
    description:
      'DSP-2 the arrival deadline as it stands: `due` (dueAt, how counted), `met` or `missed` (with arrivedAt once the engineer arrived), `cancelled` with the visit, `awaiting-confirmation` or `none`',
  },
  arrivalMissed: { type: 'boolean' },
  receiptNo: nullable({ ...text, description: 'DSP-4 the product receipt, once taken back' }),
  repairCardNo: nullable(text),
};

/** Where the visit stands after opening it. */
export const VISIT_SUMMARY = object(summary);
/** Where the visit stands after a command. */
export const VISIT_CHANGED = object({ ...summary, events });
/** DSP-1 the auto-assignment, with every engineer weighed and why. */
export const AUTO_ASSIGNED = object({
  ...summary,
  events,
  considered: { type: 'array', items: { type: 'object', description: 'an engineer and why taken or not' } },
});

const engineer: Record<string, SchemaObject> = {
  engineerId: text,
  branch: text,
  home: { type: 'string', enum: ['branch', 'head-office'] },
  skills: { type: 'array', items: text },
  baseZone: { type: 'string', enum: [...ZONES] },
  active: { type: 'boolean' },
  leave: { type: 'array', items: object({ from: time, until: time }, ['until']) },
  stock: { type: 'object', additionalProperties: { type: 'integer' }, description: 'DSP-3 part → quantity' },
};
/** An engineer (DSP-1, DSP-3). */
export const ENGINEER = { ...object(engineer), additionalProperties: true };
/** An engineer after a command. */
export const ENGINEER_CHANGED = { ...object({ ...engineer, events }), additionalProperties: true };
/** The roster of the caller's branches. */
export const ENGINEER_LIST = object({
  items: {
    type: 'array',
    items: object({
      engineerId: text,
      branch: text,
      home: engineer.home,
      skills: engineer.skills,
      baseZone: engineer.baseZone,
      active: engineer.active,
    }),
  },
});

/** A page of visits, newest first (the visit list's rows). */
export const VISIT_PAGE = page('items', {
  type: 'array',
  items: object({
    visitId: summary.visitId,
    caseId: summary.caseId,
    caseNumber: text,
    branch: text,
    status: summary.status,
    urgency: summary.urgency,
    zone: summary.zone,
    productModel: text,
    productLine: text,
    engineerId: nullable(text),
    arrivalDueAt: nullable({ ...time, description: 'DSP-2 when the engineer is due on site' }),
    arrivedAt: nullable(time),
    arrivalMissed: { type: 'boolean' },
    flaggedForMorning: { type: 'boolean', description: "DSP-6 on the next morning's report" },
    receiptNo: nullable(text),
    promisedBy: nullable(time),
    escalated: { type: 'boolean' },
    openedAt: time,
    lastPosition: { ...text, description: 'the log position the row reflects' },
  }),
});
/** The visit with its whole story from the log (AUD-1). */
export const VISIT_TIMELINE = object({
  visit: { type: 'object', description: 'the visit as its events leave it' },
  timeline: {
    type: 'array',
    items: { type: 'object', description: 'one event: position, type, at, actor, data' },
  },
});
/** The daily report of a branch's local date. */
export const DAILY_REPORT = object({
  date: { ...text, description: 'local date (YYYY-MM-DD) in the branch time zone' },
  engineers: { type: 'array', items: { type: 'object', description: "an engineer's day" } },
  branches: { type: 'array', items: { type: 'object', description: "a branch's day" } },
  hours: { type: 'number' },
});
