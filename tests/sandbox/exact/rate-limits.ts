/**
 * Exact's per-app, per-division limits (api/exact-online.md §6): a minutely and a daily budget,
 * reported on every API response; when one is exhausted the 429 carries only that one's headers.
 */
interface Budget {
  minuteReset: number;
  minuteCount: number;
  dayReset: number;
  dayCount: number;
}

export interface RateDecision {
  ok: boolean;
  headers: Record<string, string>;
}

const MINUTE_MS = 60_000;

/** Next midnight in Europe/Amsterdam (the daily reset's zone is unconfirmed; change it here). */
export function nextAmsterdamMidnight(nowMs: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(nowMs));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  const offset = wallAsUtc - Math.floor(nowMs / 1000) * 1000;
  return Date.UTC(part('year'), part('month') - 1, part('day') + 1) - offset;
}

export class ExactRateLimits {
  private budgets = new Map<string, Budget>();

  constructor(
    private readonly limits: () => { daily: number; minutely: number },
    private readonly now: () => number,
  ) {}

  reset(): void {
    this.budgets.clear();
  }

  private budget(clientId: string, division: number): Budget {
    const now = this.now();
    const key = `${clientId}|${division}`;
    let budget = this.budgets.get(key);
    if (!budget) {
      budget = { minuteReset: now + MINUTE_MS, minuteCount: 0, dayReset: nextAmsterdamMidnight(now), dayCount: 0 };
      this.budgets.set(key, budget);
    }
    if (now >= budget.minuteReset) Object.assign(budget, { minuteReset: now + MINUTE_MS, minuteCount: 0 });
    if (now >= budget.dayReset) Object.assign(budget, { dayReset: nextAmsterdamMidnight(now), dayCount: 0 });
    return budget;
  }

  /** Counts one call; a refused call (429) is not counted. */
  consume(clientId: string, division: number): RateDecision {
    const { daily, minutely } = this.limits();
    const budget = this.budget(clientId, division);
    const dailyHeaders = (remaining: number): Record<string, string> => ({
      'X-RateLimit-Limit': String(daily),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(budget.dayReset),
    });
    const minutelyHeaders = (remaining: number): Record<string, string> => ({
      'X-RateLimit-Minutely-Limit': String(minutely),
      'X-RateLimit-Minutely-Remaining': String(remaining),
      'X-RateLimit-Minutely-Reset': String(budget.minuteReset),
    });
    if (budget.dayCount >= daily) return { ok: false, headers: dailyHeaders(0) };
    if (budget.minuteCount >= minutely) return { ok: false, headers: minutelyHeaders(0) };
    budget.dayCount += 1;
    budget.minuteCount += 1;
    return {
      ok: true,
      headers: { ...dailyHeaders(daily - budget.dayCount), ...minutelyHeaders(minutely - budget.minuteCount) },
    };
  }

  /** The minutely headers an injected 429 (rate-limit fault) carries. */
  faultHeaders(retryAfterSeconds: number): Record<string, string> {
    return {
      'X-RateLimit-Minutely-Limit': String(this.limits().minutely),
      'X-RateLimit-Minutely-Remaining': '0',
      'X-RateLimit-Minutely-Reset': String(this.now() + retryAfterSeconds * 1000),
    };
  }
}
