import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, backoffDelay, isRetryableStatus, nextDelay, parseRetryAfter } from './retry';

describe('retry policy', () => {
  it('retries only transient statuses', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) expect(isRetryableStatus(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 405, 409, 422, 501]) expect(isRetryableStatus(status)).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('2.0', now)).toBe(2000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('keeps every backoff delay between 0 and the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(DEFAULT_RETRY, attempt, () => r);
        return delay >= 0 && delay <= DEFAULT_RETRY.capDelayMs;
      }),
    );
  });

  it('never undercuts the server’s wait, never exceeds the in-worker maximum, and stops after maxRetries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: null }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (attempt, serverWait, r) => {
          const delay = nextDelay(DEFAULT_RETRY, attempt, serverWait, () => r);
          if (attempt >= DEFAULT_RETRY.maxRetries) return delay === null;
          if (delay === null) return serverWait !== null && serverWait > DEFAULT_RETRY.maxWaitMs;
          return delay <= DEFAULT_RETRY.maxWaitMs && (serverWait === null || delay >= serverWait);
        },
      ),
    );
  });
});
