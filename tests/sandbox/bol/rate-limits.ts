import { RATE_LIMITS } from './facts';

export type Endpoint = keyof typeof RATE_LIMITS;

export interface RateDecision {
  ok: boolean;
  /** x-ratelimit-* on every answer; Retry-After too when refused. */
  headers: Record<string, string>;
}

interface Window {
  resetAt: number;
  count: number;
}

/**
 * bol's per-endpoint limits (api/bol.md §6): a fixed window per retailer and endpoint; every answer
 * carries x-ratelimit-limit / -remaining / -reset (seconds until the window refills); over the limit
 * a 429 with Retry-After.
 */
export class BolRateLimits {
  private windows = new Map<string, Window>();

  constructor(private readonly now: () => number) {}

  reset(): void {
    this.windows.clear();
  }

  consume(key: string, endpoint: Endpoint): RateDecision {
    const { limit, windowMs } = RATE_LIMITS[endpoint];
    const now = this.now();
    const id = `${key}|${endpoint}`;
    let window = this.windows.get(id);
    if (!window || now >= window.resetAt) {
      window = { resetAt: now + windowMs, count: 0 };
      this.windows.set(id, window);
    }
    const resetSeconds = String(Math.max(1, Math.ceil((window.resetAt - now) / 1000)));
    if (window.count >= limit) {
      return {
        ok: false,
        headers: { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetSeconds, 'Retry-After': resetSeconds },
      };
    }
    window.count += 1;
    return {
      ok: true,
      headers: { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(limit - window.count), 'x-ratelimit-reset': resetSeconds },
    };
  }
}

/** The headers an injected `rate-limit` fault adds (Retry-After comes from the fault itself). */
export function exhaustedHeaders(endpoint: Endpoint, retryAfterSeconds: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(RATE_LIMITS[endpoint].limit),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(retryAfterSeconds),
  };
}
