import { deriveEventId, deriveEventIds } from './deterministic-id';

describe('deterministic event ids for reactions', () => {
  it('is RFC 4122 version 5 (the DNS namespace test vector)', () => {
    expect(deriveEventId('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives the same id for the same cause and name, and different ids otherwise', () => {
    const cause = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
    expect(deriveEventId(cause, 'open-inspection')).toBe(
      deriveEventId(cause.toUpperCase(), 'open-inspection'),
    );
    expect(deriveEventId(cause, 'open-inspection')).not.toBe(deriveEventId(cause, 'record-timeline'));
    const ids = deriveEventIds(cause, 'open-inspection', 3);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual(deriveEventIds(cause, 'open-inspection', 3));
  });

  it('accepts a cause id that is not a UUID', () => {
    expect(deriveEventId('timer:42', 'fire')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
