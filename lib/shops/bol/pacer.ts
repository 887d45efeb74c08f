import { ApiError } from '../../net/errors';
import type { HttpDeps } from '../../net/http';

/**
 * Keeps concurrent reads inside bol's rate window (api/bol.md §6: every answer says how many
 * calls are left, `x-ratelimit-remaining`, and in how many seconds the window refills,
 * `x-ratelimit-reset`). A call starts only while the last answer left room for it and the calls
 * already under way; otherwise it waits for the refill, instead of earning a 429 and a retry.
 */
export interface Pacer {
  /** Resolves when a call may start; counts it as under way. */
  ready(): Promise<void>;
  /** Every answer (or failure) of a call that `ready` let through. */
  done(response: Response | null): void;
}

export function createPacer(http: Pick<HttpDeps, 'sleep' | 'now'>): Pacer {
  let remaining: number | null = null;
  let refillAt = 0;
  let underWay = 0;

  const header = (response: Response, name: string): number | null => {
    const value = response.headers.get(name);
    const number = value === null || value.trim() === '' ? NaN : Number(value);
    return Number.isFinite(number) && number >= 0 ? number : null;
  };

  return {
    async ready() {
      // Re-check after each wait: other calls may have taken the room that opened.
      for (;;) {
        const now = http.now();
        if (remaining === null || now >= refillAt || remaining - underWay > 0) break;
        await http.sleep(refillAt - now);
        if (http.now() >= refillAt) remaining = null;
      }
      underWay += 1;
    },
    done(response) {
      underWay = Math.max(0, underWay - 1);
      if (!response) return;
      const left = header(response, 'x-ratelimit-remaining');
      const reset = header(response, 'x-ratelimit-reset');
      if (left === null || reset === null) return;
      remaining = left;
      refillAt = http.now() + reset * 1000;
    },
  };
}

/**
 * For the order list (25 calls a minute, third-party): a wait that long is not slept in the worker.
 * When the last answer left no room, the next call is not made: it fails as rate-limited with the
 * refill as `retryAt`, so the reconciliation pauses until then instead of earning a 429.
 */
export function createGate(http: Pick<HttpDeps, 'now'>, call: string): Pacer {
  let remaining: number | null = null;
  let refillAt = 0;
  return {
    ready() {
      const now = http.now();
      if (remaining !== null && remaining <= 0 && now < refillAt) {
        return Promise.reject(
          new ApiError({ kind: 'rate-limited', side: 'shop', call, httpStatus: null, detail: 'bol.com’s list calls for this window are used up', retryAt: new Date(refillAt).toISOString() }),
        );
      }
      return Promise.resolve();
    },
    done(response) {
      const left = response === null ? null : Number(response.headers.get('x-ratelimit-remaining') ?? NaN);
      const reset = response === null ? null : Number(response.headers.get('x-ratelimit-reset') ?? NaN);
      if (left === null || reset === null || !Number.isFinite(left) || !Number.isFinite(reset) || reset < 0) return;
      remaining = left;
      refillAt = http.now() + reset * 1000;
    },
  };
}
