import { timeOrderedUuid } from './ids';

describe('time-ordered ids', () => {
  it('are version 7 UUIDs carrying their millisecond', () => {
    const id = timeOrderedUuid(Date.UTC(2026, 11, 1, 8, 30));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 11, 1, 8, 30));
  });

  it('sort by the time they were made, and never repeat', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) =>
      timeOrderedUuid(1_700_000_000_000 + Math.floor(i / 10)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const byMs = ids.map((id) => id.slice(0, 13));
    expect([...byMs].sort()).toEqual(byMs);
  });
});
