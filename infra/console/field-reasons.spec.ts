// A refused field's reason reads in Chinese on a Chinese screen. The reasons the services can give
// are read from their own rules (every DTO's class-validator metadata, as the services load them)
// and from the platform's input guard at work, so a new rule or wording the console cannot say in
// Chinese fails here.
import { createValidationPipe, PlatformConfig, ValidationFailed } from '@aftersales/platform';
import { getMetadataStorage, IsInt, IsString, IsUUID, ValidateNested } from 'class-validator';
import type { ValidationArguments } from 'class-validator';
import { ValidationUtils } from 'class-validator/cjs/validation/ValidationUtils';
import { Type } from 'class-transformer';
import { fieldReason, fieldReasonZh } from '../../apps/console/src/api/field-reasons';
import { SERVICES } from '../services/catalogue';

/** A class as class-validator keeps it. */
type Target = { readonly name: string; readonly prototype: object };

interface RuleMetadata {
  readonly type: string;
  readonly propertyName: string;
  readonly constraints: unknown[];
  readonly constraintCls?: object;
  readonly message?: string | ((args: ValidationArguments) => string);
}
interface Storage {
  readonly validationMetadatas: Map<Target, RuleMetadata[]>;
  getTargetValidatorConstraints(cls: object): Array<{
    instance: { defaultMessage?: (args: ValidationArguments) => string };
  }>;
}

/** What each rule of every request DTO says when it refuses a value, and where the rule is. */
function reasonsOfEveryRule(): Map<string, string> {
  expect(SERVICES.length).toBe(6); // loading the declarations registers their DTOs' rules
  const storage = getMetadataStorage() as unknown as Storage;
  const reasons = new Map<string, string>();
  for (const [target, rules] of storage.validationMetadatas) {
    // Configuration is read from the environment at start, not refused to a user.
    if (target === PlatformConfig || target.prototype instanceof PlatformConfig) continue;
    for (const rule of rules) {
      if (!rule.constraintCls) continue;
      const args: ValidationArguments = {
        property: rule.propertyName,
        constraints: rule.constraints,
        value: undefined,
        object: {},
        targetName: target.name,
      };
      const [constraint] = storage.getTargetValidatorConstraints(rule.constraintCls);
      const message = rule.message ?? constraint?.instance.defaultMessage?.(args);
      if (message === undefined) continue;
      reasons.set(
        ValidationUtils.replaceMessageSpecialTokens(message, args),
        `${target.name}.${rule.propertyName}`,
      );
    }
  }
  return reasons;
}

class Part {
  @IsInt()
  quantity!: number;
}
class Probe {
  @IsString()
  note!: string;

  @IsInt()
  count!: number;

  @ValidateNested()
  @Type(() => Part)
  part!: Part;

  @IsUUID()
  caseId!: string;
}

/** The reasons the platform's own checks give, from the pipe refusing bad bodies and parameters. */
async function reasonsOfThePlatform(): Promise<string[]> {
  const pipe = createValidationPipe();
  const refused = async (value: unknown, type: 'body' | 'query' | 'param', data?: string) => {
    try {
      await pipe.transform(value, { type, metatype: type === 'body' ? Probe : undefined, data });
    } catch (error) {
      if (error instanceof ValidationFailed) return error.details.map((d) => d.reason);
      throw error;
    }
    throw new Error(`accepted ${JSON.stringify(value)}`);
  };
  const deep: Record<string, unknown> = {};
  let at = deep;
  for (let i = 0; i < 40; i++) at = (at.next = {}) as Record<string, unknown>;
  return [
    ...(await refused({ count: 1, part: { quantity: 1 }, caseId: 'x' }, 'body')),
    ...(await refused({ note: 'a\u0000', count: 2 ** 60, part: 3, extra: 1 }, 'body')),
    ...(await refused({ note: 'a\ud800', count: 'x', part: { quantity: 'y' } }, 'body')),
    ...(await refused({ note: 'a\u0007', ['k\u0000']: 1 }, 'body')),
    ...(await refused(deep, 'body')),
    ...(await refused([1], 'body')),
    ...(await refused({ ['p\u0000']: 'x' }, 'query')),
    ...(await refused('x'.repeat(5_000), 'query', 'q')),
  ];
}

describe("refused fields' reasons in the console's Chinese", () => {
  it("says every reason a request DTO's rules can give in Chinese", () => {
    const reasons = reasonsOfEveryRule();
    expect(reasons.size).toBeGreaterThan(50);
    const unsaid = [...reasons].filter(([reason]) => fieldReasonZh(reason) === undefined);
    expect(unsaid).toEqual([]);
  });

  it('names what a pattern means instead of showing the pattern, in every request DTO', () => {
    const bare = [...reasonsOfEveryRule()].filter(([reason]) => / regular expression$/.test(reason));
    expect(bare).toEqual([]);
  });

  it("says every reason of the platform's input checks in Chinese", async () => {
    const reasons = await reasonsOfThePlatform();
    expect(reasons.length).toBeGreaterThan(8);
    expect(reasons.filter((reason) => fieldReasonZh(reason) === undefined)).toEqual([]);
  });

  it('carries the numbers and values of a rule into its Chinese', () => {
    expect(fieldReasonZh('quantity must not be less than 1')).toBe('不能小于 1');
    expect(fieldReasonZh('severity must be one of the following values: minor, major')).toBe(
      '必须是以下之一：minor, major',
    );
    expect(fieldReasonZh('each value in tags must be shorter than or equal to 40 characters')).toBe(
      '每一项不能超过 40 个字符',
    );
    expect(fieldReasonZh('property name must not contain a NUL character')).toBe('字段名不能包含 NUL 字符');
    expect(fieldReasonZh('costId may hold letters, digits and . _ : - only (at most 100)')).toBe(
      '只能包含字母、数字和 . _ : -（最多 100 个字符）',
    );
  });

  it('keeps a wording it does not know in English, and English for an English reader', () => {
    expect(fieldReasonZh('quantity is too large for the truck')).toBeUndefined();
    const refusal = { field: 'quantity', reason: 'quantity is too large for the truck' };
    expect(fieldReason('zh', refusal)).toBe(refusal.reason);
    expect(fieldReason('en', { field: 'q', reason: 'q must be a string' })).toBe('q must be a string');
    expect(fieldReason('zh', { field: 'q', reason: 'q must be a string' })).toBe('必须是文本');
  });
});
