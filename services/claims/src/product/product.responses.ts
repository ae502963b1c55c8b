import { responseSchemas } from '@aftersales/platform';
import { WARRANTY_STANDINGS } from '../warranty/warranty-terms';

// What the product registry answers with, for claims' OpenAPI document.

const { text, time, integer, nullable, object, day, offsetPage } = responseSchemas;

/** CLM-2: a maintenance or software contract on a serial, with the day its expiry is told. */
const CONTRACT = object({
  contractId: text,
  kind: { type: 'string', enum: ['maintenance', 'software'] },
  startsOn: day,
  endsOn: day,
  noticeOn: { ...day, description: 'CLM-2 the day the customer is told of the expiry' },
});

/** CLM-1: a serial's record and where its warranty stands today, in its branch's calendar. */
export const PRODUCT = object(
  {
    serial: text,
    model: text,
    customerId: text,
    branch: text,
    deliveryDate: day,
    commissioningDate: day,
    contracts: { type: 'array', items: CONTRACT },
    warrantyStartsOn: { ...day, description: 'CLM-7 inherited from the unit it replaced' },
    replaces: { ...text, description: 'CLM-7 the faulty unit this one replaced' },
    replacedBy: { ...text, description: 'CLM-7 the unit that replaced this one' },
    warranty: object(
      {
        startsOn: day,
        today: day,
        standing: { type: 'string', enum: [...WARRANTY_STANDINGS] },
        fullUntil: day,
        extendedUntil: day,
      },
      ['startsOn', 'fullUntil', 'extendedUntil'],
    ),
  },
  ['deliveryDate', 'commissioningDate', 'warrantyStartsOn', 'replaces', 'replacedBy'],
);

/** CLM-7: a serial's history with the units it replaced, oldest first. */
export const SERIAL_HISTORY_ANSWER = object({
  serial: text,
  replaces: { type: 'array', items: text, description: 'the units it replaced, nearest first' },
  entries: {
    type: 'array',
    items: object({
      serial: text,
      at: time,
      kind: text,
      ref: text,
      summary: text,
      summaryZh: { ...text, description: 'the same line in Chinese' },
    }),
  },
});

/** A row of the registry: a serial's record as the registry keeps it (CLM-1, CLM-2, CLM-7). */
export const PRODUCT_ROW = object({
  serial: text,
  model: text,
  customerId: text,
  branch: text,
  deliveryDate: nullable(day),
  commissioningDate: nullable(day),
  warrantyStartsOn: { ...nullable(day), description: 'CLM-7 inherited from the unit it replaced' },
  replaces: nullable(text),
  replacedBy: nullable(text),
  contracts: { type: 'array', items: CONTRACT },
});

/** A page of the registry, by serial. */
export const PRODUCT_PAGE = offsetPage(PRODUCT_ROW);

/** CLM-1: what an import did: rows registered, rows already so, and each row refused, by line. */
export const IMPORT_REPORT = object({
  registered: integer,
  unchanged: integer,
  rejected: {
    type: 'array',
    description: 'every refused row, by its line in the file (1-based; a CSV header is line 1)',
    items: object({ line: integer, reason: text }),
  },
});
