/** A payload that does not match its event type's schema. */
export class ContractViolation extends Error {
  constructor(
    readonly eventType: string,
    readonly errors: readonly string[],
  ) {
    super(`${eventType} does not match its schema: ${errors.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

/** An event type the registry has no schema for. */
export class UnknownEventType extends Error {
  constructor(readonly eventType: string) {
    super(`no contract for event type ${eventType}`);
    this.name = 'UnknownEventType';
  }
}
