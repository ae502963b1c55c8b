import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject, ReferenceObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
// Not re-exported by the packages' entry points: the @Type() and validation metadata stores.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Schema = SchemaObject | ReferenceObject;
/** What both metadata stores key their entries by. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the libraries' own key type
type Constructor = Function;

/** Every class class-validator knows, by name (its storage keeps them in a private map). */
function validatedClasses(): Map<string, Constructor> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Constructor, unknown> };
  const byName = new Map<string, Constructor>();
  for (const target of storage.validationMetadatas.keys()) {
    if (target.name && !byName.has(target.name)) byName.set(target.name, target);
  }
  return byName;
}

/** One property's schema from its validators (the same rules the 400s come from). */
function propertySchema(
  target: Constructor,
  property: string,
  rules: ValidationMetadata[],
  refer: (cls: Constructor) => ReferenceObject,
): Schema {
  const isArray = rules.some((r) => r.each || r.name === 'isArray');
  const outer: SchemaObject = {};
  const item: SchemaObject = {};
  for (const rule of rules) {
    const arrayLevel = rule.name === 'isArray' || rule.name?.startsWith('array');
    const at = isArray && !arrayLevel ? item : outer;
    const a = (rule.constraints ?? [])[0] as unknown;
    switch (rule.name) {
      case 'isString':
        at.type = 'string';
        break;
      case 'isNotEmpty':
        at.minLength = Math.max(at.minLength ?? 0, 1);
        break;
      case 'isInt':
        at.type = 'integer';
        break;
      case 'isNumber':
        at.type = 'number';
        break;
      case 'isBoolean':
        at.type = 'boolean';
        break;
      case 'isIn':
        at.enum = [...(a as unknown[])];
        break;
      case 'isIso8601':
        Object.assign(at, { type: 'string', format: 'date-time' });
        break;
      case 'isUuid':
        Object.assign(at, { type: 'string', format: 'uuid' });
        break;
      case 'matches':
        Object.assign(at, { type: 'string', pattern: a instanceof RegExp ? a.source : String(a) });
        break;
      case 'min':
        at.minimum = Number(a);
        break;
      case 'max':
        at.maximum = Number(a);
        break;
      case 'minLength':
        at.minLength = Number(a);
        break;
      case 'maxLength':
        at.maxLength = Number(a);
        break;
      case 'arrayMinSize':
        outer.minItems = Number(a);
        break;
      case 'arrayMaxSize':
        outer.maxItems = Number(a);
        break;
      default:
        break;
    }
  }
  // A day written as YYYY-MM-DD (an ISO 8601 date checked with that pattern) is a date, not a date-time.
  for (const schema of [outer, item])
    if (schema.format === 'date-time' && schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') schema.format = 'date';
  if (rules.some((r) => r.type === 'nestedValidation')) {
    const type = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction() as
      Constructor | undefined;
    if (type) return isArray ? { ...outer, type: 'array', items: refer(type) } : refer(type);
  }
  return isArray ? { ...outer, type: 'array', items: item } : outer;
}

function classSchema(cls: Constructor, refer: (cls: Constructor) => ReferenceObject): SchemaObject {
  const rules = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of rules)
    byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [property, propertyRules] of byProperty) {
    properties[property] = propertySchema(cls, property, propertyRules, refer);
    const optional = propertyRules.some((r) => r.type === 'conditionalValidation' || r.name === 'isOptional');
    if (!optional) required.push(property);
  }
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

/**
 * Request schemas completed from their class-validator rules, so the document says what the
 * validation pipe enforces: types, lengths, patterns, required fields and no other field
 * (additionalProperties: false). What @ApiProperty adds (descriptions, examples) is kept.
 */
export function fillSchemasFromValidators(doc: OpenAPIObject): OpenAPIObject {
  const schemas = (doc.components ??= {}).schemas ?? (doc.components.schemas = {});
  const classes = validatedClasses();
  const refer = (cls: Constructor): ReferenceObject => {
    if (!schemas[cls.name]) {
      schemas[cls.name] = { type: 'object' }; // placeholder against cycles
      schemas[cls.name] = classSchema(cls, refer);
    }
    return { $ref: `#/components/schemas/${cls.name}` };
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const cls = classes.get(name);
    if (!cls || '$ref' in schema) continue;
    const derived = classSchema(cls, refer);
    const own = (schema.properties ?? {}) as Record<string, Schema>;
    // What @ApiProperty says (descriptions, examples) stays; the validators decide the rest.
    schemas[name] = {
      ...schema,
      ...derived,
      properties: Object.fromEntries(
        Object.entries(derived.properties ?? {}).map(([p, rules]) => [p, { ...own[p], ...rules }]),
      ),
    };
  }
  return doc;
}
