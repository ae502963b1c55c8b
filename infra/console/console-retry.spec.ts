import { NOT_FOUND_DELAYS_MS, retryDelay, retryQuery } from '../../apps/console/src/api/retry';

const refusal = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe("the console's retries of a failed query", () => {
  it('asks again after a 404 for about three seconds, then shows the not-found', () => {
    const notFound = refusal(404);
    const asked = [0, 1, 2, 3, 4, 5].filter((failures) => retryQuery(failures, notFound));
    expect(asked).toEqual([0, 1, 2, 3]);
    const waited = asked.reduce((sum, failures) => sum + retryDelay(failures, notFound), 0);
    expect(waited).toBe(NOT_FOUND_DELAYS_MS.reduce((a, b) => a + b, 0));
    expect(waited).toBeGreaterThanOrEqual(2_000);
    expect(waited).toBeLessThanOrEqual(4_000);
  });

  it('shows any other refusal at once: 400, 401, 403, 409', () => {
    for (const status of [400, 401, 403, 409]) expect(retryQuery(0, refusal(status))).toBe(false);
  });

  it('asks again twice after a server error or a lost connection', () => {
    expect([0, 1, 2].map((f) => retryQuery(f, refusal(503)))).toEqual([true, true, false]);
    expect([0, 1, 2].map((f) => retryQuery(f, new TypeError('fetch failed')))).toEqual([true, true, false]);
  });
});
