import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

// Building blocks of the response schemas each service's OpenAPI document describes its answers with.

export const text: SchemaObject = { type: 'string' };
export const time: SchemaObject = { type: 'string', format: 'date-time' };
export const integer: SchemaObject = { type: 'integer' };
/** A calendar day (the branch's, where a rule counts days). */
export const day: SchemaObject = { type: 'string', format: 'date' };
export const uuid: SchemaObject = { type: 'string', format: 'uuid' };
export const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true });

/** An object whose properties are all required but those named optional. */
export const object = (properties: Record<string, SchemaObject>, optional: string[] = []): SchemaObject => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((p) => !optional.includes(p)),
});

/** Money: integer minor units with its currency. */
export const money: SchemaObject = object({
  amountMinor: { ...integer, description: 'minor units of currency' },
  currency: text,
});

/** One page of a list: its rows (an array schema) under `name`, the total, the window asked for, and the next page's cursor. */
export const page = (name: string, rows: SchemaObject): SchemaObject =>
  object({
    [name]: rows,
    total: integer,
    limit: integer,
    offset: integer,
    next: {
      ...text,
      nullable: true,
      description: 'the cursor of the next page (send as `after`); null on the last',
    },
  });

/** One window of a list asked for by `limit` and `offset`: its rows under `items`, and the total. */
export const offsetPage = (row: SchemaObject): SchemaObject =>
  object({ items: { type: 'array', items: row }, total: integer, limit: integer, offset: integer });

/** The commands' answer field: the types of the events a command appended. */
export const appendedEvents: SchemaObject = {
  type: 'array',
  items: text,
  description: 'the types of the events the command appended (none: it changed nothing)',
};
