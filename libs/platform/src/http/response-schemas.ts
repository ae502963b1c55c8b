import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

// Building blocks of the response schemas each service's OpenAPI document describes its answers with.

export const text: SchemaObject = { type: 'string' };
export const time: SchemaObject = { type: 'string', format: 'date-time' };
export const integer: SchemaObject = { type: 'integer' };
export const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true });

/** An object whose properties are all required but those named optional. */
export const object = (properties: Record<string, SchemaObject>, optional: string[] = []): SchemaObject => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((p) => !optional.includes(p)),
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

/** The commands' answer field: the types of the events a command appended. */
export const appendedEvents: SchemaObject = {
  type: 'array',
  items: text,
  description: 'the types of the events the command appended (none: it changed nothing)',
};
