import 'reflect-metadata';
import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CompiledBodies } from './compiled-validation';
import { fieldErrors, RequestValidationPipe, ValidationFailed } from './validation';

class LineDto {
  @IsString() @IsNotEmpty() sku!: string;
  @IsInt() @Min(1) quantity!: number;
}

class AddressDto {
  @IsString() @MaxLength(20) city!: string;
  @IsOptional() @Matches(/^[0-9]{6}$/, { message: 'postcode must be six digits' }) postcode?: string;
}

class OrderDto {
  @IsIn(['hotline', 'web']) channel!: string;
  @IsOptional() @IsBoolean() urgent?: boolean;
  @ValidateNested() @Type(() => AddressDto) address!: AddressDto;
  @ValidateNested({ each: true }) @Type(() => LineDto) @ArrayMaxSize(3) lines!: LineDto[];
  @IsOptional() @IsString({ each: true }) tags?: string[];
  @ValidateIf((o: OrderDto) => o.channel === 'web') @IsISO8601({ strict: true }) placedAt?: string;
  @IsDefined() @IsOptional() note?: string | null;
  source = 'api';
}

class PriorityOrderDto extends OrderDto {
  @IsInt() @Min(1) priority!: number;
}

class TransformedDto {
  @Transform(({ value }) => String(value).trim()) @IsString() name!: string;
}

const valid = {
  channel: 'web',
  urgent: true,
  address: { city: 'Hangzhou', postcode: '310000' },
  lines: [{ sku: 'A-1', quantity: 2 }],
  tags: ['x', 'y'],
  placedAt: '2026-12-01T08:00:00Z',
};

const inputs: Array<[string, unknown]> = [
  ['valid', valid],
  ['valid, fewest fields', { channel: 'hotline', address: { city: 'Ningbo' }, lines: [] }],
  ['null optional', { ...valid, urgent: null, note: null }],
  ['unknown property', { ...valid, extra: 1 }],
  ['unknown nested property', { ...valid, address: { city: 'x', street: 'y' } }],
  ['missing nested object', { ...valid, address: undefined }],
  ['nested not an object', { ...valid, address: 'Hangzhou' }],
  ['bad nested field', { ...valid, address: { city: 'x'.repeat(21) } }],
  ['custom message', { ...valid, address: { city: 'x', postcode: '31' } }],
  ['bad array item', { ...valid, lines: [{ sku: 'A', quantity: 0 }] }],
  ['array item not an object', { ...valid, lines: ['A'] }],
  ['too many items', { ...valid, lines: [1, 2, 3, 4].map((q) => ({ sku: 'A', quantity: q })) }],
  ['each on strings', { ...valid, tags: ['x', 3] }],
  ['conditional applies', { ...valid, placedAt: 'yesterday' }],
  ['conditional skipped', { ...valid, channel: 'hotline', placedAt: 'yesterday' }],
  ['wrong enum', { ...valid, channel: 'fax' }],
  ['wrong type', { ...valid, urgent: 'yes' }],
  ['not an object', 'text'],
  ['an array', [valid]],
  ['empty', {}],
];

const options = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  exceptionFactory: (errors: Parameters<typeof fieldErrors>[0]) => new ValidationFailed(fieldErrors(errors)),
};

async function outcome(pipe: ValidationPipe, value: unknown, metatype: ArgumentMetadata['metatype']) {
  try {
    return { ok: await pipe.transform(structuredClone(value), { type: 'body', metatype }) };
  } catch (error) {
    return { error: (error as ValidationFailed).details ?? String(error) };
  }
}

/**
 * Where the pipe is stricter than class-validator on purpose: a body must be an object, and a
 * nested object is required unless optional (named with the other errors).
 */
function edge(
  name: string,
  metatype: ArgumentMetadata['metatype'],
  expected: { ok?: unknown; error?: unknown },
): { ok?: unknown; error?: unknown } {
  if (name === 'not an object' || name === 'an array')
    return { error: [{ field: 'body', reason: 'body must be a JSON object' }] };
  if (metatype !== TransformedDto && (name === 'missing nested object' || name === 'empty'))
    return {
      error: [
        ...((expected.error as unknown[] | undefined) ?? []),
        { field: 'address', reason: 'address must be an object' },
      ],
    };
  return expected;
}

describe('compiled request validation (SERVICE-CHECKLIST 3)', () => {
  const ordinary = new ValidationPipe(options);
  const compiled = new RequestValidationPipe();

  describe.each([
    ['a DTO with nested, array, optional and conditional rules', OrderDto],
    ['a DTO inheriting its rules', PriorityOrderDto],
    ['a DTO with its own transforms', TransformedDto],
  ])('%s', (_name, metatype) => {
    it.each(inputs)('%s: same result and same errors as class-validator', async (_case, input) => {
      const body =
        metatype === PriorityOrderDto && input && typeof input === 'object' && !Array.isArray(input)
          ? { ...input, priority: 2 }
          : input;
      const expected = await outcome(ordinary, body, metatype);
      const actual = await outcome(compiled, body, metatype);
      expect(actual).toEqual(edge(_case, metatype, expected));
      if ('ok' in expected) {
        const instance = actual.ok as OrderDto;
        expect(instance).toBeInstanceOf(metatype);
        if (instance.address) expect(instance.address).toBeInstanceOf(AddressDto);
        instance.lines?.forEach((line) => expect(line).toBeInstanceOf(LineDto));
      }
    });
  });

  it('takes the compiled path for a valid body, and leaves transforms and errors to class-transformer/validator', () => {
    const bodies = new CompiledBodies();
    expect(bodies.accept(OrderDto, valid)).toBeInstanceOf(OrderDto);
    expect(bodies.accept(PriorityOrderDto, { ...valid, priority: 1 })).toBeInstanceOf(PriorityOrderDto);
    expect(bodies.accept(OrderDto, { ...valid, channel: 'fax' })).toBeUndefined();
    expect(bodies.accept(TransformedDto, { name: 'x' })).toBeUndefined();
  });

  it('fills class defaults the way class-transformer does', () => {
    const order = new CompiledBodies().accept(OrderDto, valid) as OrderDto;
    expect(order.source).toBe('api');
    expect(order.tags).not.toBe(valid.tags);
  });
});
