import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseEventType, type ContractDefinition, type Upcaster } from './contract-definition';
import { ContractViolation, UnknownEventType } from './contract-errors';

export interface ReadEvent {
  readonly type: string;
  readonly payload: unknown;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

function compiler(removeAdditional: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, removeAdditional });
  addFormats(ajv);
  return ajv;
}

/**
 * Event type -> schema, validators and upcasters. Publishing is strict (unknown fields are an
 * error, so personal data cannot leak by accident); reading is tolerant of fields added later
 * (they are dropped), and upcasts older versions to the newest one it knows.
 */
export class ContractRegistry {
  private readonly definitions = new Map<string, ContractDefinition>();
  private readonly upcasters = new Map<string, Upcaster>();
  private readonly strict = compiler(false);
  private readonly tolerant = compiler(true);
  private readonly compiled = new Map<string, { strict: ValidateFunction; tolerant: ValidateFunction }>();

  constructor(definitions: readonly ContractDefinition[], upcasters: readonly Upcaster[] = []) {
    for (const definition of definitions) {
      parseEventType(definition.type);
      if (this.definitions.has(definition.type)) throw new TypeError(`${definition.type} registered twice`);
      this.definitions.set(definition.type, definition);
    }
    for (const upcaster of upcasters) {
      if (!this.definitions.has(upcaster.from) || !this.definitions.has(upcaster.to))
        throw new TypeError(`upcaster ${upcaster.from} -> ${upcaster.to} names an unregistered type`);
      const from = parseEventType(upcaster.from);
      const to = parseEventType(upcaster.to);
      if (from.service !== to.service || from.event !== to.event || to.version !== from.version + 1)
        throw new TypeError(`upcaster ${upcaster.from} -> ${upcaster.to} must step one version of one event`);
      this.upcasters.set(upcaster.from, upcaster);
    }
  }

  types(): string[] {
    return [...this.definitions.keys()].sort();
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  schemaOf(type: string): object {
    const definition = this.definitions.get(type);
    if (!definition) throw new UnknownEventType(type);
    return definition.schema;
  }

  /** The relay's check before publishing: throws ContractViolation on any mismatch. */
  assertPublishable(type: string, payload: unknown): void {
    const validate = this.validators(type).strict;
    if (!validate(payload)) throw new ContractViolation(type, formatErrors(validate.errors));
  }

  /** The consumer's check on receipt: upcasts to the newest version, then validates. */
  read(type: string, payload: unknown): ReadEvent {
    let current: ReadEvent = { type, payload };
    this.validate(current);
    for (let step = this.upcasters.get(current.type); step; step = this.upcasters.get(current.type)) {
      current = { type: step.to, payload: step.upcast(current.payload) };
      this.validate(current);
    }
    return current;
  }

  private validate({ type, payload }: ReadEvent): void {
    const validate = this.validators(type).tolerant;
    if (!validate(payload)) throw new ContractViolation(type, formatErrors(validate.errors));
  }

  private validators(type: string) {
    let entry = this.compiled.get(type);
    if (!entry) {
      const schema = this.schemaOf(type);
      entry = { strict: this.strict.compile(schema), tolerant: this.tolerant.compile(schema) };
      this.compiled.set(type, entry);
    }
    return entry;
  }
}
