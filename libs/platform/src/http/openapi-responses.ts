import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** The error bodies of toErrorResponse (SERVICE-CHECKLIST.md 3), as OpenAPI schemas. */
const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  ValidationFailed: {
    type: 'object',
    required: ['error', 'details'],
    properties: {
      error: { type: 'string', enum: ['validation_failed'] },
      details: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'reason'],
          properties: { field: { type: 'string' }, reason: { type: 'string' } },
        },
      },
    },
  },
  Unauthenticated: {
    type: 'object',
    required: ['error'],
    properties: { error: { type: 'string', enum: ['unauthenticated'] } },
  },
  Forbidden: {
    type: 'object',
    required: ['error', 'reason'],
    properties: { error: { type: 'string', enum: ['forbidden'] }, reason: { type: 'string' } },
  },
  NotFound: {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'string', enum: ['not_found'] },
      entity: { type: 'string' },
      id: { type: 'string' },
      message: { type: 'string' },
    },
  },
  Conflict: {
    type: 'object',
    required: ['error', 'message'],
    properties: { error: { type: 'string', enum: ['conflict'] }, message: { type: 'string' } },
  },
  RuleViolation: {
    type: 'object',
    required: ['error', 'rule', 'message'],
    properties: {
      error: { type: 'string', enum: ['rule_violation'] },
      rule: { type: 'string', description: 'the RULES.md id, e.g. INT-6' },
      message: { type: 'string' },
    },
  },
};

const ERROR_RESPONSES: Record<string, { description: string; schema: string }> = {
  400: { description: 'the input is invalid: each field with its reason', schema: 'ValidationFailed' },
  401: { description: 'no token, or a bad one', schema: 'Unauthenticated' },
  403: { description: "the caller's role or branch may not do this", schema: 'Forbidden' },
  404: { description: 'no such entity', schema: 'NotFound' },
  409: { description: 'a concurrent write changed it first, or it exists already', schema: 'Conflict' },
  422: { description: 'a business rule refuses it, named by its id', schema: 'RuleViolation' },
};

/**
 * Every operation's error responses, the same for every service because one filter writes
 * them: 400 where there is input, 401 and 403 everywhere, 404 on a path naming an entity, and
 * 409 and 422 on commands.
 */
export function describeErrorResponses(doc: OpenAPIObject): OpenAPIObject {
  const components = (doc.components ??= {});
  Object.assign((components.schemas ??= {}), ERROR_SCHEMAS);
  components.responses = {
    ...components.responses,
    ...Object.fromEntries(
      Object.values(ERROR_RESPONSES).map(({ description, schema }) => [
        schema,
        {
          description,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
        },
      ]),
    ),
  };
  const error = (status: number) => ({ $ref: `#/components/responses/${ERROR_RESPONSES[status].schema}` });
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item) as Array<[string, OperationObject]>) {
      if (!operation?.responses) continue;
      const command = method !== 'get';
      const hasInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0;
      const statuses = [
        ...(hasInput ? [400] : []),
        401,
        403,
        ...(path.includes('{') ? [404] : []),
        ...(command ? [409, 422] : []),
      ];
      operation.responses = {
        ...operation.responses,
        ...Object.fromEntries(statuses.map((status) => [status, error(status)])),
      };
    }
  }
  return doc;
}

/** Operations whose success response has no description or no body schema (what a client cannot rely on). */
export function undescribedResponses(doc: OpenAPIObject): string[] {
  const missing: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item) as Array<[string, OperationObject]>) {
      if (!operation?.responses) continue;
      const success = Object.entries(operation.responses).filter(([status]) => /^2/.test(status));
      if (success.length === 0) missing.push(`${method.toUpperCase()} ${path}: no success response`);
      for (const [status, response] of success) {
        const r = response as { description?: string; content?: Record<string, { schema?: unknown }> };
        if (!r.description || !r.content?.['application/json']?.schema)
          missing.push(`${method.toUpperCase()} ${path} ${status}`);
      }
    }
  }
  return missing;
}
