import { ParseUUIDPipe, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { CompiledBodies } from './compiled-validation';

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
 * A body that passes its DTO's rules takes the compiled path; everything else, and every error,
 * the ordinary one.
 */
export class RequestValidationPipe extends ValidationPipe {
  private readonly bodies = new CompiledBodies();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: (errors) => new ValidationFailed(fieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && this.toValidate(metadata)) {
      const accepted = this.bodies.accept(metadata.metatype, value);
      if (accepted) return accepted;
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe();
}

/** A UUID route parameter whose 400 names it: `@Param('id', uuidParam('id')) id: string`. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ValidationFailed([{ field, reason: `${field} must be a UUID` }]),
  });
}
