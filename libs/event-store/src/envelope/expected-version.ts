import { ExpectedVersion, WrongExpectedVersion } from '../event-store.port';

/** Throws unless a stream at `current` (0 = no stream) satisfies `expected`. */
export function checkExpectedVersion(streamId: string, expected: ExpectedVersion, current: number): void {
  const ok =
    expected === 'any' ||
    (expected === 'no-stream' && current === 0) ||
    (expected === 'stream-exists' && current > 0) ||
    expected === current;
  if (!ok) throw new WrongExpectedVersion(streamId, expected, current);
}
