import { responseSchemas } from '@aftersales/platform';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

// What finance answers with, for its OpenAPI document.

const { text } = responseSchemas;
const int: SchemaObject = { type: 'integer' };
const list = (items: SchemaObject): SchemaObject => ({ type: 'array', items });

export const COST_CHANGED: SchemaObject = {
  type: 'object',
  properties: {
    caseId: text,
    costId: text,
    status: { type: 'string', enum: ['pending', 'approved', 'rejected', 'reversed'] },
    entries: list(text),
    events: list(text),
    position: int,
  },
};

const line: SchemaObject = {
  type: 'object',
  required: ['account', 'debitMinor', 'creditMinor'],
  properties: { account: text, debitMinor: int, creditMinor: int },
};

const entry: SchemaObject = {
  type: 'object',
  required: ['entryId', 'currency', 'period', 'postedAt', 'cause', 'lines'],
  properties: {
    entryId: text,
    currency: text,
    period: text,
    postedAt: { type: 'string', format: 'date-time' },
    cause: {
      type: 'object',
      description: 'AUD-2: the cost, the attribution or the entry reversed behind it',
      required: ['kind'],
      properties: {
        kind: text,
        costId: text,
        claimId: text,
        invoiceId: text,
        attributionId: text,
        reverses: text,
      },
    },
    lines: list(line),
  },
};

const cost: SchemaObject = {
  type: 'object',
  required: [
    'caseId',
    'costId',
    'branch',
    'kind',
    'amountMinor',
    'currency',
    'bearer',
    'status',
    'description',
    'source',
    'reason',
    'auditedBy',
    'recordedAt',
    'position',
  ],
  properties: {
    caseId: text,
    costId: text,
    branch: text,
    kind: text,
    amountMinor: int,
    currency: text,
    bearer: text,
    status: { type: 'string', enum: ['pending', 'approved', 'rejected', 'reversed'] },
    description: text,
    source: { type: 'object', description: 'where the cost came from (a visit, a claim, a manual entry)' },
    reason: { ...text, nullable: true },
    auditedBy: { ...text, nullable: true },
    recordedAt: { type: 'string', format: 'date-time' },
    position: int,
  },
};

export const CASE_MONEY: SchemaObject = {
  type: 'object',
  required: ['caseId', 'branch', 'costs', 'decisions', 'entries'],
  properties: {
    caseId: text,
    branch: text,
    costs: list(cost),
    decisions: list({
      type: 'object',
      description: 'AUD-2: a decision from the log, with who made it and what caused it',
      required: ['position', 'type', 'at', 'data'],
      properties: {
        position: int,
        type: text,
        at: { type: 'string', format: 'date-time' },
        actor: { type: 'object', properties: { userId: text, role: text } },
        causationId: text,
        data: { type: 'object' },
      },
    }),
    entries: list(entry),
  },
};

export const COST_PAGE: SchemaObject = {
  type: 'object',
  required: ['items', 'next'],
  properties: { items: list(cost), next: { ...text, nullable: true } },
};

const balance: SchemaObject = {
  type: 'object',
  properties: { account: text, currency: text, debitMinor: int, creditMinor: int, balanceMinor: int },
};

export const TRIAL_BALANCE: SchemaObject = {
  type: 'object',
  properties: {
    accounts: list(balance),
    totals: list({ type: 'object', properties: { currency: text, debitMinor: int, creditMinor: int } }),
    balanced: { type: 'boolean' },
  },
};

export const COST_REPORT: SchemaObject = {
  type: 'object',
  properties: {
    rows: list({
      type: 'object',
      properties: {
        party: text,
        account: text,
        branch: text,
        period: text,
        currency: text,
        amountMinor: int,
      },
    }),
  },
};

export const PERIOD_CLOSED: SchemaObject = {
  type: 'object',
  properties: {
    branch: text,
    period: text,
    closedAt: { type: 'string', format: 'date-time', nullable: true },
    events: list(text),
    position: int,
  },
};

export const SETTLEMENT: SchemaObject = {
  type: 'object',
  properties: {
    branch: text,
    period: text,
    closedAt: { type: 'string', format: 'date-time', nullable: true },
    accounts: list(balance),
  },
};

const money: SchemaObject = { type: 'object', properties: { amountMinor: int, currency: text } };

export const CUSTOMER_TOTALS: SchemaObject = {
  type: 'object',
  properties: {
    customerId: text,
    purchased: money,
    exchanged: money,
    periodFrom: { type: 'string', format: 'date' },
    periodTo: { type: 'string', format: 'date', nullable: true },
    exchangeLimitBp: { type: 'integer', nullable: true },
    overLimit: { type: 'boolean' },
    asOf: { type: 'string', format: 'date-time' },
  },
};

export const WATCH_LIST: SchemaObject = { type: 'object', properties: { items: list(CUSTOMER_TOTALS) } };

export const INVOICES: SchemaObject = {
  type: 'object',
  properties: {
    items: list({
      type: 'object',
      properties: {
        invoiceId: text,
        caseId: text,
        branch: text,
        amount: money,
        description: text,
        invoiceDate: { type: 'string', format: 'date' },
        issuedAt: { type: 'string', format: 'date-time' },
      },
    }),
  },
};
