// When a query that failed is asked again (TanStack Query's retry and retryDelay).

/**
 * A 404 right after a link was followed is often a resource another service has just created
 * that this service's read model has not reached yet (one RMA created by a reaction, read a moment
 * later): asked again over about three seconds, then the not-found is the answer.
 */
export const NOT_FOUND_DELAYS_MS: readonly number[] = [250, 500, 1000, 1250];
/** A server error or a lost connection: asked again twice. */
const TRANSIENT_RETRIES = 2;

const statusOf = (error: unknown): number | undefined =>
  error && typeof error === 'object' && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

/** Whether a query that has failed `failures` times (after its first try) is asked again. */
export function retryQuery(failures: number, error: unknown): boolean {
  const status = statusOf(error);
  if (status === 404) return failures < NOT_FOUND_DELAYS_MS.length;
  // Any other refusal (4xx) is an answer, not a glitch: shown at once.
  if (status !== undefined && status < 500) return false;
  return failures < TRANSIENT_RETRIES;
}

/** How long to wait before asking again. */
export function retryDelay(failures: number, error: unknown): number {
  if (statusOf(error) === 404) return NOT_FOUND_DELAYS_MS[Math.min(failures, NOT_FOUND_DELAYS_MS.length - 1)];
  return Math.min(1000 * 2 ** failures, 30_000);
}
