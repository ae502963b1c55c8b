import { instantOf, localDateOf, zoneOffsetMs } from './zoned-time';

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(iso).getTime();

describe('zoned time with Intl', () => {
  it('knows the offsets of Berlin, Shanghai and New York on both sides of their DST switches', () => {
    expect(zoneOffsetMs('Europe/Berlin', utc('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(zoneOffsetMs('Europe/Berlin', utc('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(zoneOffsetMs('Asia/Shanghai', utc('2026-07-01T00:00:00Z'))).toBe(8 * HOUR);
    expect(zoneOffsetMs('America/New_York', utc('2026-03-08T06:59:00Z'))).toBe(-5 * HOUR);
    expect(zoneOffsetMs('America/New_York', utc('2026-03-08T07:00:00Z'))).toBe(-4 * HOUR);
  });

  it('reads the local date in the zone, not in UTC', () => {
    expect(localDateOf('Asia/Shanghai', utc('2026-11-20T17:00:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 21,
    });
    expect(localDateOf('America/New_York', utc('2026-11-21T03:00:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 20,
    });
  });

  it('maps wall-clock times to instants, including the skipped and the repeated hour', () => {
    const minute = (h: number, m = 0) => h * 60 + m;
    expect(instantOf('Europe/Berlin', { year: 2026, month: 3, day: 29 }, minute(1, 30))).toBe(
      utc('2026-03-29T00:30:00Z'),
    );
    expect(instantOf('Europe/Berlin', { year: 2026, month: 3, day: 29 }, minute(3, 30))).toBe(
      utc('2026-03-29T01:30:00Z'),
    );
    // 02:30 does not exist that night: read on the winter offset, i.e. 03:30 summer time.
    expect(instantOf('Europe/Berlin', { year: 2026, month: 3, day: 29 }, minute(2, 30))).toBe(
      utc('2026-03-29T01:30:00Z'),
    );
    // 02:30 happens twice in October: the first occurrence (still summer time).
    expect(instantOf('Europe/Berlin', { year: 2026, month: 10, day: 25 }, minute(2, 30))).toBe(
      utc('2026-10-25T00:30:00Z'),
    );
    expect(instantOf('America/New_York', { year: 2026, month: 11, day: 1 }, minute(1, 30))).toBe(
      utc('2026-11-01T05:30:00Z'),
    );
    expect(instantOf('Asia/Shanghai', { year: 2026, month: 11, day: 20 }, minute(8, 30))).toBe(
      utc('2026-11-20T00:30:00Z'),
    );
  });
});
