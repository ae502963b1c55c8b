// Not re-exported by the package's entry point: the @Type() metadata store.
import { TransformationType } from 'class-transformer';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, type ValidationArguments } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the libraries' own key type
type Constructor = Function;
type Obj = Record<string, unknown>;

interface Rule {
  readonly metadata: ValidationMetadata;
  readonly validators: ReadonlyArray<{ validate(value: unknown, args: ValidationArguments): unknown }>;
}

interface PropertyPlan {
  readonly name: string;
  readonly conditions: readonly ValidationMetadata[];
  readonly defined: readonly Rule[];
  readonly rules: readonly Rule[];
  /** The class of a @ValidateNested() property, from its @Type(). */
  readonly nested?: Constructor;
}

interface ClassPlan {
  readonly cls: Constructor;
  readonly properties: ReadonlyMap<string, PropertyPlan>;
}

const SUPPORTED = new Set(['conditionalValidation', 'customValidation', 'nestedValidation', 'isDefined']);

/**
 * The validation pipe's fast path for request bodies. The same class-validator rules, run through
 * a plan made once per DTO class (class-validator looks its metadata up again on every call), and
 * the same instance class-transformer would build. It only says "valid": anything it does not
 * accept (or a DTO it cannot plan, such as one with async rules or its own transforms) goes the
 * ordinary way, which also writes the error response.
 */
export class CompiledBodies {
  private readonly plans = new Map<Constructor, ClassPlan | null>();

  /** The DTO instance when `body` passes every rule of `cls`; undefined to take the ordinary path. */
  accept(cls: Constructor, body: unknown): object | undefined {
    const plan = this.plan(cls);
    if (!plan) return undefined;
    const instance = this.instantiate(plan, body);
    return instance && this.valid(plan, instance) ? instance : undefined;
  }

  private plan(cls: Constructor): ClassPlan | null {
    if (this.plans.has(cls)) return this.plans.get(cls)!;
    this.plans.set(cls, null); // a class that contains itself is left to the ordinary path
    const plan = makePlan(cls);
    this.plans.set(cls, plan);
    if (plan) {
      for (const property of plan.properties.values()) {
        if (property.nested && !this.plan(property.nested)) {
          this.plans.set(cls, null);
          return null;
        }
      }
    }
    return plan;
  }

  /** As class-transformer's plainToInstance for JSON: undefined for anything it would treat specially. */
  private instantiate(plan: ClassPlan, body: unknown): Obj | undefined {
    if (!isPlainObject(body)) return undefined;
    const instance = new (plan.cls as new () => Obj)();
    for (const key of Object.keys(body)) {
      const property = plan.properties.get(key);
      if (!property) return undefined; // not whitelisted: the ordinary path names it
      const value = body[key];
      if (value === null || typeof value !== 'object') {
        instance[key] = value;
      } else if (property.nested) {
        const nested = this.plan(property.nested)!;
        if (Array.isArray(value)) {
          const items: Obj[] = [];
          for (const item of value) {
            const built = this.instantiate(nested, item);
            if (!built) return undefined;
            items.push(built);
          }
          instance[key] = items;
        } else {
          const built = this.instantiate(nested, value);
          if (!built) return undefined;
          instance[key] = built;
        }
      } else if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
        instance[key] = value.slice();
      } else {
        return undefined;
      }
    }
    return instance;
  }

  /** class-validator's executor, for the case where nothing fails. */
  private valid(plan: ClassPlan, object: Obj): boolean {
    for (const property of plan.properties.values()) {
      const value = object[property.name];
      if (
        !property.conditions.every((c) =>
          (c.constraints[0] as (o: Obj, v: unknown) => boolean)(object, value),
        )
      )
        continue;
      if (!rulesHold(property.defined, object, value, property.name)) return false;
      if (!rulesHold(property.rules, object, value, property.name)) return false;
      if (property.nested && value !== undefined) {
        const nested = this.plan(property.nested)!;
        const items = Array.isArray(value) ? value : [value];
        for (const item of items) {
          if (!(item instanceof Object) || !this.valid(nested, item as Obj)) return false;
        }
      }
    }
    return true;
  }
}

function rulesHold(rules: readonly Rule[], object: Obj, value: unknown, property: string): boolean {
  if (rules.length === 0) return true;
  // One arguments object for the property's rules (validators read it, none keeps it).
  const args: { -readonly [K in keyof ValidationArguments]: ValidationArguments[K] } = {
    targetName: object.constructor?.name,
    property,
    object,
    value,
    constraints: [],
  };
  for (const { metadata, validators } of rules) {
    if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
    args.constraints = metadata.constraints;
    const values = metadata.each && Array.isArray(value) ? value : [value];
    for (const validator of validators) {
      for (const item of values) {
        if (validator.validate(item, args) !== true) return false; // false, or a promise
      }
    }
  }
  return true;
}

function makePlan(cls: Constructor): ClassPlan | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(cls, undefined as unknown as string, false, false);
  if (metadatas.length === 0) return null;
  const byName = new Map<string, ValidationMetadata[]>();
  for (const m of metadatas) {
    if (m.type === 'whitelistValidation') {
      if (!byName.has(m.propertyName)) byName.set(m.propertyName, []);
      continue;
    }
    if (!SUPPORTED.has(m.type) || m.always || (m.groups && m.groups.length > 0)) return null;
    byName.set(m.propertyName, [...(byName.get(m.propertyName) ?? []), m]);
  }
  const properties = new Map<string, PropertyPlan>();
  for (const [name, list] of byName) {
    const rule = (m: ValidationMetadata): Rule | null => {
      const constraints = storage.getTargetValidatorConstraints(m.constraintCls);
      if (constraints.length === 0 || constraints.some((c) => c.async)) return null;
      return { metadata: m, validators: constraints.map((c) => c.instance) };
    };
    const defined = list.filter((m) => m.type === 'isDefined').map(rule);
    const rules = list.filter((m) => m.type === 'customValidation').map(rule);
    if ([...defined, ...rules].some((r) => r === null)) return null;
    let nested: Constructor | undefined;
    if (list.some((m) => m.type === 'nestedValidation')) {
      nested = defaultMetadataStorage.findTypeMetadata(cls, name)?.typeFunction() as Constructor | undefined;
      if (!nested) return null;
    }
    properties.set(name, {
      name,
      conditions: list.filter((m) => m.type === 'conditionalValidation'),
      defined: defined as Rule[],
      rules: rules as Rule[],
      nested,
    });
  }
  return hasOwnTransforms(cls, properties) ? null : { cls, properties };
}

/** @Transform, @Expose, @Exclude or a @Type() on a property that is not nested: class-transformer's job. */
function hasOwnTransforms(cls: Constructor, properties: ReadonlyMap<string, PropertyPlan>): boolean {
  const store = defaultMetadataStorage;
  if (store.getStrategy(cls) !== 'none') return true;
  if (store.getExposedMetadatas(cls).length > 0 || store.getExcludedMetadatas(cls).length > 0) return true;
  for (const property of properties.values()) {
    if (store.findTransformMetadatas(cls, property.name, TransformationType.PLAIN_TO_CLASS).length > 0)
      return true;
    if (!property.nested && store.findTypeMetadata(cls, property.name)) return true;
  }
  return false;
}

function isPlainObject(value: unknown): value is Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
