import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { assertDailyBudget, budgetKey, budgetSummary, exactServerWait, readBudget, readRateLimitHeaders, recordBudget } from './rate-limit';
import { freshDb } from './test-support/setup';

const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);
const KEY = budgetKey('start.exactonline.nl', 1);

function headers(values: Record<string, number | string>): Headers {
  return new Headers(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
}

const both = (dailyRemaining: number, minutelyRemaining = 59) =>
  headers({
    'X-RateLimit-Limit': 5000,
    'X-RateLimit-Remaining': dailyRemaining,
    'X-RateLimit-Reset': NOW + 3_600_000,
    'X-RateLimit-Minutely-Limit': 60,
    'X-RateLimit-Minutely-Remaining': minutelyRemaining,
    'X-RateLimit-Minutely-Reset': NOW + 30_000,
  });

beforeEach(() => {
  freshDb();
});

describe('rate-limit headers', () => {
  it('reads both windows, and a partial window as absent', () => {
    expect(readRateLimitHeaders(both(4000))).toEqual({
      daily: { limit: 5000, remaining: 4000, resetAt: NOW + 3_600_000 },
      minutely: { limit: 60, remaining: 59, resetAt: NOW + 30_000 },
    });
    expect(readRateLimitHeaders(headers({ 'X-RateLimit-Limit': 5000, 'X-RateLimit-Remaining': 'many' }))).toEqual({
      daily: null,
      minutely: null,
    });
  });

  it('computes the wait of a 429 from the minutely reset, or the daily one when the day is gone', () => {
    const minute = new Response('', { status: 429, headers: headers({ 'X-RateLimit-Minutely-Reset': NOW + 12_000, 'X-RateLimit-Minutely-Remaining': 0 }) });
    expect(exactServerWait(minute, NOW)).toBe(12_000);
    const day = new Response('', { status: 429, headers: headers({ 'X-RateLimit-Remaining': 0, 'X-RateLimit-Reset': NOW + 7_200_000 }) });
    expect(exactServerWait(day, NOW)).toBe(7_200_000);
    expect(exactServerWait(new Response('', { status: 429 }), NOW)).toBeNull();
    // A Retry-After of one second is honoured over a minutely reset a minute away (regression),
    // but never over a day that is used up.
    const soon = new Response('', { status: 429, headers: { ...Object.fromEntries(headers({ 'X-RateLimit-Minutely-Reset': NOW + 60_000 })), 'Retry-After': '1' } });
    expect(exactServerWait(soon, NOW)).toBe(1_000);
    const dayGone = new Response('', { status: 429, headers: { ...Object.fromEntries(headers({ 'X-RateLimit-Remaining': 0, 'X-RateLimit-Reset': NOW + 7_200_000 })), 'Retry-After': '1' } });
    expect(exactServerWait(dayGone, NOW)).toBe(7_200_000);
    expect(exactServerWait(new Response('', { status: 503, headers: both(10) }), NOW)).toBeNull();
  });

  it('keeps the latest reading; a 429 for the minute leaves the day as it was', async () => {
    await recordBudget(KEY, both(4000), NOW);
    await recordBudget(KEY, headers({ 'X-RateLimit-Minutely-Limit': 60, 'X-RateLimit-Minutely-Remaining': 0, 'X-RateLimit-Minutely-Reset': NOW + 60_000 }), NOW + 1);
    await recordBudget(KEY, both(4500), NOW - 10);
    expect(await readBudget(KEY)).toEqual({
      daily: { limit: 5000, remaining: 4000, resetAt: NOW + 3_600_000 },
      minutely: { limit: 60, remaining: 0, resetAt: NOW + 60_000 },
      observedAt: NOW + 1,
    });
  });

  it('fails fast when the day is used up, until the reset', async () => {
    await recordBudget(KEY, both(0), NOW);
    const error: unknown = await assertDailyBudget(KEY, NOW, 'Exact GET vat/VATCodes').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).failure).toMatchObject({ kind: 'rate-limited', side: 'accounting', call: 'Exact GET vat/VATCodes' });
    await expect(assertDailyBudget(KEY, NOW + 3_600_000, 'x')).resolves.toBeUndefined();
  });

  it('summarizes the day for the popup', async () => {
    expect(await budgetSummary(KEY, NOW)).toBeNull();
    await recordBudget(KEY, both(900), NOW);
    expect(await budgetSummary(KEY, NOW)).toEqual({
      limit: 5000,
      remaining: 900,
      resetAt: new Date(NOW + 3_600_000).toISOString(),
      low: true,
      observedAt: new Date(NOW).toISOString(),
    });
    expect((await budgetSummary(KEY, NOW + 3_600_000))?.remaining).toBe(5000);
  });
});
