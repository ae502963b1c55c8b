import { responseSchemas } from '@aftersales/platform';
import { WARRANTY_STANDINGS } from '../warranty/warranty-terms';

// What the product registry answers with, for claims' OpenAPI document.

const { text, time, object, day } = responseSchemas;

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
