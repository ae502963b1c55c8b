/**
 * An opaque cursor over a list ordered by (time, id) descending: the next page starts after the
 * last row shown, by key, so page 10,000 costs what page 1 costs (no OFFSET scan).
 */
export interface KeysetPosition {
  readonly at: Date;
  readonly id: string;
}

export function encodeKeysetCursor({ at, id }: KeysetPosition): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/** The position a cursor names, or undefined when it is not one of ours (a 400 for the caller). */
export function decodeKeysetCursor(cursor: string): KeysetPosition | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || id.length > 200) return undefined;
    const time = new Date(at);
    return Number.isNaN(time.getTime()) || time.toISOString() !== at ? undefined : { at: time, id };
  } catch {
    return undefined;
  }
}
