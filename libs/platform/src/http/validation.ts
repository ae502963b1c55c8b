import { decodeKeysetCursor, type KeysetPosition } from '@aftersales/projections';
import { ParseUUIDPipe, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { getMetadataStorage, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CompiledBodies } from './compiled-validation';
import {
  DEFAULT_INPUT_LIMITS,
  inspectBody,
  inspectParameters,
  parameterNumberErrors,
  type InputLimits,
} from './input-guard';

export interface FieldError {
  readonly field: string;
  readonly reason: string;
}

/** A request that does not fit its DTO (HTTP 400, every offending field named). */
export class ValidationFailed extends Error {
  constructor(readonly details: readonly FieldError[]) {
    super(`validation failed: ${details.map((d) => `${d.field}: ${d.reason}`).join('; ')}`);
    this.name = 'ValidationFailed';
  }
}

/** Rules about what a value is; when one fails, rules about its length or form say nothing useful. */
const TYPE_RULES = new Set([
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
]);

/**
 * The reasons worth telling for one field: a missing value is "required" alone, a value of the
 * wrong type its type alone, and only a value of the right type every rule it breaks.
 */
function reasonsFor(error: ValidationError): string[] {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return [];
  if (names.includes('whitelistValidation')) return [constraints.whitelistValidation];
  if (error.value === undefined || error.value === null) return [`${error.property} is required`];
  const type = names.filter((name) => TYPE_RULES.has(name));
  return (type.length > 0 ? type : names).map((name) => constraints[name]);
}

/** Nested errors flattened to dot paths: items.0.quantity. */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = reasonsFor(error).map((reason) => ({ field, reason }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/**
 * Whitelist and forbid unknown properties (SERVICE-CHECKLIST 3); DTOs come out as class instances.
 * Before any of that, every body, path and query value is checked for what no field may hold
 * (too deep a body, text PostgreSQL or JSON cannot carry, numbers beyond 2^53), so no service
 * needs a rule of its own for it. A body that passes its DTO's rules takes the compiled path;
 * everything else, and every error, the ordinary one.
 */
export class RequestValidationPipe extends ValidationPipe {
  private readonly bodies = new CompiledBodies();

  constructor(private readonly limits: InputLimits = DEFAULT_INPUT_LIMITS) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: (errors) => new ValidationFailed(fieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      const dto = metadata.metatype && this.toValidate(metadata) ? metadata.metatype : undefined;
      if (dto && !isObject(value))
        throw new ValidationFailed([{ field: 'body', reason: 'body must be a JSON object' }]);
      const problems = inspectBody(value, this.limits);
      if (problems.length > 0) throw new ValidationFailed(problems);
      if (!dto) return super.transform(value, metadata);
      const shape = nestedShapeErrors(dto, value as Record<string, unknown>);
      if (shape.length === 0) return this.bodies.accept(dto, value) ?? super.transform(value, metadata);
      // Named with whatever else the DTO's rules find, once per field.
      let others: readonly FieldError[] = [];
      try {
        await super.transform(value, metadata);
      } catch (error) {
        if (!(error instanceof ValidationFailed)) throw error;
        others = error.details;
      }
      throw new ValidationFailed([
        ...others,
        ...shape.filter((s) => !others.some((o) => o.field === s.field)),
      ]);
    }
    if (metadata.type === 'param' || metadata.type === 'query') {
      const inspected = inspectParameters(value, metadata.data, this.limits);
      if (inspected.errors.length > 0) throw new ValidationFailed(inspected.errors);
      const result: unknown = await super.transform(inspected.value, metadata);
      const numbers = parameterNumberErrors(result, metadata.data);
      if (numbers.length > 0) throw new ValidationFailed(numbers);
      return result;
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(limits?: InputLimits): ValidationPipe {
  return new RequestValidationPipe(limits);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the libraries' own key type
type Constructor = Function;

/**
 * class-validator lets a @ValidateNested() property be missing, or an array where one object is
 * meant: a nested object is required unless @IsOptional(), and one object unless `each`.
 */
interface NestedShape {
  readonly name: string;
  readonly optional: boolean;
  readonly each: boolean;
  readonly nested: Constructor | undefined;
}

/** Each DTO's nested properties, read from the decorators once (not on every request). */
const shapes = new WeakMap<Constructor, readonly NestedShape[]>();

function nestedShapesOf(cls: Constructor): readonly NestedShape[] {
  let found = shapes.get(cls);
  if (!found) {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false);
    const optional = new Set(
      metadatas.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName),
    );
    found = metadatas
      .filter((m) => m.type === 'nestedValidation')
      .map((m) => ({
        name: m.propertyName,
        optional: optional.has(m.propertyName),
        each: Boolean(m.each),
        nested: defaultMetadataStorage.findTypeMetadata(cls, m.propertyName)?.typeFunction() as
          Constructor | undefined,
      }));
    shapes.set(cls, found);
  }
  return found;
}

function nestedShapeErrors(cls: Constructor, value: Record<string, unknown>, path = ''): FieldError[] {
  return nestedShapesOf(cls).flatMap(({ name, optional, each, nested }) => {
    const field = path ? `${path}.${name}` : name;
    const item = value[name];
    if (item === undefined || item === null) {
      return optional ? [] : [{ field, reason: `${name} must be an object` }];
    }
    // Each element of a list of nested objects has the same required shape.
    if (each)
      return Array.isArray(item) && nested
        ? item.flatMap((element, i) =>
            isObject(element) && !Array.isArray(element)
              ? nestedShapeErrors(nested, element, `${field}.${i}`)
              : [{ field: `${field}.${i}`, reason: `each of ${name} must be an object` }],
          )
        : [];
    if (!isObject(item)) return [{ field, reason: `${name} must be an object` }];
    return nested && nested !== cls ? nestedShapeErrors(nested, item, field) : [];
  });
}

/** A UUID route parameter whose 400 names it: `@Param('id', uuidParam('id')) id: string`. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ValidationFailed([{ field, reason: `${field} must be a UUID` }]),
  });
}

/** The position an `after` query names; a cursor this list did not hand out is a 400 naming it. */
export function keysetAfter(after: string | undefined): KeysetPosition | undefined {
  if (after === undefined) return undefined;
  const position = decodeKeysetCursor(after);
  if (!position)
    throw new ValidationFailed([
      { field: 'after', reason: 'after must be the next cursor of an earlier page' },
    ]);
  return position;
}

/** The window of a list query: at most 200 rows, from an offset. */
export class OffsetPageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, description: 'rows per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'rows skipped' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}
