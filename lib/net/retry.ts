/**
 * When to try a request again, and after how long. Kept small because the MV3 worker must not
 * sleep long: waits above `maxWaitMs` are not slept here; the request ends as rate-limited and
 * the caller (a check run, or the reconciliation job via alarms) decides.
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  capDelayMs: number;
  /** The longest Retry-After we honour inside the worker. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseDelayMs: 400, capDelayMs: 4_000, maxWaitMs: 5_000 };
export const NO_RETRY: RetryPolicy = { maxRetries: 0, baseDelayMs: 0, capDelayMs: 0, maxWaitMs: 0 };

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/** Full-jitter exponential backoff: a random wait in [0, min(cap, base·2^attempt)]. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.capDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Retry-After is seconds (possibly fractional, as some APIs send "2.0") or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The wait before the next attempt, or null to stop. A server's own wait (Retry-After, a reset
 * header, a GraphQL throttle status) is never undercut.
 */
export function nextDelay(
  policy: RetryPolicy,
  attempt: number,
  serverWaitMs: number | null,
  random: () => number,
): number | null {
  if (attempt >= policy.maxRetries) return null;
  const jitter = backoffDelay(policy, attempt, random);
  const wait = serverWaitMs === null ? jitter : Math.max(serverWaitMs, jitter);
  return wait > policy.maxWaitMs ? null : wait;
}
