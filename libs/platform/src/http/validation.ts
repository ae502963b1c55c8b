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

/** Nested errors flattened to dot paths: items.0.quantity. */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
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
