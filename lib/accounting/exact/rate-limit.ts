import { z } from 'zod';
import type { Failure } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { parseRetryAfter } from '../../net/retry';
import { db } from '../../storage/db';
import type { BudgetSummary } from '../types';

/**
 * Exact's call budget, per app and division: 60 a minute and (usually) 5,000 a day. Why here:
 * every answer carries `X-RateLimit-*` headers, so we keep the latest reading (for the popup's
 * "calls left today"), wait exactly until the reset on a 429, and stop calling at all when the day
 * is used up, rather than collecting errors that Exact also counts against us.
 */

/** Below this share of the daily limit the popup warns (R5: warn at 80 % used). */
export const LOW_BUDGET_SHARE = 0.2;

const WindowSchema = z.object({
  limit: z.number().int().nonnegative(),
  remaining: z.number().int(),
  /** Epoch milliseconds. */
  resetAt: z.number().int(),
});
export type RateWindow = z.infer<typeof WindowSchema>;

export const ExactBudgetSchema = z.object({
  daily: WindowSchema.nullable(),
  minutely: WindowSchema.nullable(),
  /** Epoch ms of the answer the last reading came from. */
  observedAt: z.number().int(),
});
export type ExactBudget = z.infer<typeof ExactBudgetSchema>;

/** What the popup shows: the day's budget as last seen. */
/** The popup's reading, in the contract's shape (lib/accounting/types.ts). */
export type ExactBudgetSummary = BudgetSummary;

export function budgetKey(host: string, division: number): string {
  return `exact:${host}:${division}:budget`;
}

function headerNumber(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || !/^\s*-?\d+\s*$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : null;
}

function readWindow(headers: Headers, prefix: string): RateWindow | null {
  const limit = headerNumber(headers, `${prefix}-Limit`);
  const remaining = headerNumber(headers, `${prefix}-Remaining`);
  const resetAt = headerNumber(headers, `${prefix}-Reset`);
  if (limit === null || remaining === null || resetAt === null || limit < 0) return null;
  return { limit, remaining, resetAt };
}

/**
 * Both windows from one answer. Exact sends only the window that was exceeded on a 429, and a
 * window with a missing or non-numeric header counts as absent.
 */
export function readRateLimitHeaders(headers: Headers): { daily: RateWindow | null; minutely: RateWindow | null } {
  return { daily: readWindow(headers, 'X-RateLimit'), minutely: readWindow(headers, 'X-RateLimit-Minutely') };
}

/**
 * For requestJson's `serverWait`: on a 429, wait until the window that is exhausted resets.
 * The day when its remaining is 0 (a long wait that lib/net turns into 'rate-limited'), otherwise
 * the minute. Null (no reset header) lets lib/net fall back to Retry-After and backoff.
 */
export function exactServerWait(response: Response, now: number): number | null {
  if (response.status !== 429) return null;
  const dailyRemaining = headerNumber(response.headers, 'X-RateLimit-Remaining');
  const dailyReset = headerNumber(response.headers, 'X-RateLimit-Reset');
  const minutelyReset = headerNumber(response.headers, 'X-RateLimit-Minutely-Reset');
  if (dailyReset !== null && dailyRemaining !== null && dailyRemaining <= 0 && dailyReset > now) return dailyReset - now;
  // The server's own Retry-After says when this request may come back; the minutely reset only
  // when the whole window refills, often a minute away, past what the worker waits in place.
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now);
  if (retryAfter !== null) return retryAfter;
  if (minutelyReset !== null) return Math.max(0, minutelyReset - now);
  if (dailyReset !== null) return Math.max(0, dailyReset - now);
  return null;
}

export async function readBudget(key: string): Promise<ExactBudget | null> {
  const row = await db().kv.get(key);
  if (!row) return null;
  const parsed = ExactBudgetSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Keeps the latest reading. A window absent from this answer keeps its previous value (a 429 for
 * the minute says nothing about the day). An older answer never overwrites a newer one.
 */
export async function recordBudget(key: string, headers: Headers, observedAt: number): Promise<void> {
  const seen = readRateLimitHeaders(headers);
  if (seen.daily === null && seen.minutely === null) return;
  await db().transaction('rw', db().kv, async () => {
    const previous = await readBudget(key);
    if (previous && previous.observedAt > observedAt) return;
    const next: ExactBudget = {
      daily: seen.daily ?? previous?.daily ?? null,
      minutely: seen.minutely ?? previous?.minutely ?? null,
      observedAt,
    };
    await db().kv.put({ key, value: next });
  });
}

/**
 * The client-side guard: the day's calls are used up and the reset is still ahead, so calling
 * would only earn another 429 (and an error on Exact's books). Fails fast, without a request.
 */
export async function assertDailyBudget(key: string, now: number, call: string): Promise<void> {
  const budget = await readBudget(key);
  const daily = budget?.daily;
  if (!daily || daily.remaining > 0 || daily.resetAt <= now) return;
  const failure: Failure = {
    kind: 'rate-limited',
    side: 'accounting',
    call,
    httpStatus: null,
    detail: `Exact's daily limit of ${daily.limit} calls is used up until ${new Date(daily.resetAt).toISOString()}`,
    retryAt: new Date(daily.resetAt).toISOString(),
  };
  throw new ApiError(failure);
}

/**
 * The same guard for the minute, for long paged reads (the reconciliation): when the last answer
 * said this minute's calls are used up, waiting for its reset beats earning a 429. Returns the ms
 * to wait before calling (0 when calls are left); a wait beyond `maxWaitMs` fails fast as
 * rate-limited with `retryAt`, so the caller can pause instead of sleeping in the worker.
 */
export async function minutelyWait(key: string, now: number, call: string, maxWaitMs: number): Promise<number> {
  const minutely = (await readBudget(key))?.minutely;
  if (!minutely || minutely.remaining > 0 || minutely.resetAt <= now) return 0;
  const wait = minutely.resetAt - now;
  if (wait <= maxWaitMs) return wait;
  throw new ApiError({
    kind: 'rate-limited',
    side: 'accounting',
    call,
    httpStatus: null,
    detail: `Exact's limit of ${minutely.limit} calls a minute is used up until ${new Date(minutely.resetAt).toISOString()}`,
    retryAt: new Date(minutely.resetAt).toISOString(),
  });
}

/** The popup's "budget left today"; a reading whose reset has passed counts as a fresh day. */
export async function budgetSummary(key: string, now: number): Promise<ExactBudgetSummary | null> {
  const budget = await readBudget(key);
  const daily = budget?.daily;
  if (!budget || !daily) return null;
  const remaining = daily.resetAt <= now ? daily.limit : Math.max(0, daily.remaining);
  return {
    limit: daily.limit,
    remaining,
    resetAt: new Date(daily.resetAt).toISOString(),
    low: daily.limit > 0 && remaining < daily.limit * LOW_BUDGET_SHARE,
    observedAt: new Date(budget.observedAt).toISOString(),
  };
}
