/**
 * Literals for the append's simple-protocol query, which carries the insert and the COMMIT in
 * one round trip (parameters would need the extended protocol, which allows one statement).
 */

/** A PostgreSQL array literal of strings (null: an SQL NULL element). */
export function textArray(items: readonly (string | null)[]): string {
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    const item = items[i];
    out += item === null ? 'NULL' : `"${item.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${out}}`;
}

/** A PostgreSQL array literal of numbers or of validated UUIDs (nothing to escape). */
export function plainArray(items: readonly (number | string)[]): string {
  return `{${items.join(',')}}`;
}

/** A dollar-quoted SQL string: its content is taken verbatim, so nothing is escaped. */
export function dollarQuoted(text: string): string {
  let tag = 'q';
  while (text.includes(`$${tag}$`)) tag += 'q';
  return `$${tag}$${text}$${tag}$`;
}
