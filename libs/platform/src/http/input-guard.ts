import type { FieldError } from './validation';

export interface InputLimits {
  /** Deepest nesting of objects and arrays a request body may have. */
  readonly maxDepth: number;
  /** Longest text of a path or query parameter. */
  readonly maxParameterLength: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDepth: 32, maxParameterLength: 256 };

/** Printable ASCII needs no further look. */
const PLAIN = /^[\x20-\x7e]*$/;
/** C0 controls but tab, line feed and carriage return; DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why a text cannot be stored, or undefined. PostgreSQL refuses NUL in text and a lone surrogate
 * in JSON; control characters are never meant in this product's text and break logs and exports.
 */
export function textProblem(text: string): string | undefined {
  if (PLAIN.test(text)) return undefined;
  if (text.includes('\0')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must not contain an unpaired surrogate (not valid Unicode)';
  const control = CONTROL.exec(text);
  if (control)
    return `must not contain the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return undefined;
}

/** NFC, so the same text typed on two keyboards is stored and compared as one. */
function normalised(text: string): string {
  return PLAIN.test(text) ? text : text.normalize('NFC');
}

const SAFE = Number.MAX_SAFE_INTEGER;

function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > SAFE)
    return `must be a number between ${-SAFE} and ${SAFE}`;
  return undefined;
}

/**
 * Checks a request body, before anything transforms it: its depth, every text in it (keys too)
 * and every number; texts are normalised in place. Walks with its own stack, so no body can
 * exhaust the call stack here. Returns the problems, each naming its field.
 */
export function inspectBody(body: unknown, limits: InputLimits): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Array<{ value: unknown; path: string; depth: number }> = [
    { value: body, path: '', depth: 0 },
  ];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) {
      return [{ field: path || 'body', reason: `body must not nest deeper than ${limits.maxDepth} levels` }];
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) {
        errors.push({ field, reason: `property name ${keyProblem}` });
        continue;
      }
      const item = record[key];
      if (typeof item === 'string') {
        const problem = textProblem(item);
        if (problem) errors.push({ field, reason: `${key} ${problem}` });
        else record[key] = normalised(item);
      } else if (typeof item === 'number') {
        const problem = numberProblem(item);
        if (problem) errors.push({ field, reason: `${key} ${problem}` });
      } else if (item !== null && typeof item === 'object') {
        pending.push({ value: item, path: field, depth: depth + 1 });
      }
    }
  }
  return errors;
}

/**
 * Checks path and query parameters: text as in a body, and bounded in length. `value` is one
 * parameter (named `name`) or the object of all of a kind; returns the normalised value.
 */
export function inspectParameters(
  value: unknown,
  name: string | undefined,
  limits: InputLimits,
): { value: unknown; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const check = (text: string, field: string): string => {
    const problem =
      textProblem(text) ??
      (text.length > limits.maxParameterLength
        ? `must be at most ${limits.maxParameterLength} characters`
        : undefined);
    if (problem) errors.push({ field, reason: `${field} ${problem}` });
    return problem ? text : normalised(text);
  };
  const checkAny = (item: unknown, field: string): unknown =>
    typeof item === 'string'
      ? check(item, field)
      : Array.isArray(item)
        ? item.map((each, i) => (typeof each === 'string' ? check(each, `${field}.${i}`) : each))
        : item;
  if (name !== undefined || value === null || typeof value !== 'object')
    return { value: checkAny(value, name ?? 'parameter'), errors };
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (textProblem(key)) {
      errors.push({ field: key, reason: `parameter name ${textProblem(key)}` });
      continue;
    }
    record[key] = checkAny(record[key], key);
  }
  return { value: record, errors };
}

/** Numbers a transformation made of parameters (`?offset=1e21`) are bounded like a body's. */
export function parameterNumberErrors(value: unknown, name: string | undefined): FieldError[] {
  if (typeof value === 'number') {
    const problem = numberProblem(value);
    return problem ? [{ field: name ?? 'parameter', reason: `${name ?? 'parameter'} ${problem}` }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    const problem = typeof item === 'number' ? numberProblem(item) : undefined;
    return problem ? [{ field: key, reason: `${key} ${problem}` }] : [];
  });
}
