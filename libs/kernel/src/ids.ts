import { randomBytes } from 'node:crypto';

let entropy = Buffer.alloc(0);
let used = 0;

/** Random bytes drawn from a pooled buffer: one system call per few hundred ids. */
export function pooledRandomBytes(n: number): Buffer {
  if (used + n > entropy.length) {
    entropy = randomBytes(Math.max(4096, n));
    used = 0;
  }
  const out = entropy.subarray(used, used + n);
  used += n;
  return out;
}

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made one
 * after another sort together, so an index over them grows at its right edge instead of
 * touching a random page per insert.
 */
export function timeOrderedUuid(nowMs: number = Date.now()): string {
  const b = Buffer.allocUnsafe(16);
  b.writeUIntBE(nowMs, 0, 6);
  pooledRandomBytes(10).copy(b, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
