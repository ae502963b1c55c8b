/** A command the business rules forbid in the current state (HTTP 422 with the rule id). */
export class RuleViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** The record named does not exist (HTTP 404). */
export class NotFound extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFound';
  }
}

/** The stream moved on since it was read, or the record already exists (HTTP 409). */
export class Conflict extends Error {
  constructor(
    message: string,
    /** The rule the concurrent write made this command break, when that is why. */
    readonly rule?: string,
  ) {
    super(message);
    this.name = 'Conflict';
  }
}
