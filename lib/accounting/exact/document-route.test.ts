import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../storage/db';
import { RETRY_BULK_AFTER_MS } from './document-feeds';
import { addWatermarks, bulkRefused, readRoute, rememberBulk, rememberRefusal, routeKey, startTimestamp } from './document-route';
import { freshDb } from './test-support/setup';

const KEY = routeKey('start.exactonline.nl', 42, 'sales-order');
const T0 = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

beforeEach(() => {
  freshDb();
});

describe('document route: the stored refusal', () => {
  it('nothing stored, or something unreadable, is the bulk endpoint', async () => {
    expect(bulkRefused(await readRoute(KEY), T0)).toBe(false);
    await db().kv.put({ key: KEY, value: { refusedAt: 'yesterday', watermarks: 'many' } });
    expect(await readRoute(KEY)).toEqual({ refusedAt: null, watermarks: [] });
  });

  it('a refusal holds for RETRY_BULK_AFTER_MS, and a bulk answer forgets it', async () => {
    await rememberRefusal(KEY, T0);
    expect(bulkRefused(await readRoute(KEY), T0 + RETRY_BULK_AFTER_MS - 1)).toBe(true);
    expect(bulkRefused(await readRoute(KEY), T0 + RETRY_BULK_AFTER_MS)).toBe(false);
    await rememberBulk(KEY);
    expect((await readRoute(KEY)).refusedAt).toBeNull();
  });

  it('keys are per host, division and document type', () => {
    expect(new Set([KEY, routeKey('start.exactonline.be', 42, 'sales-order'), routeKey('start.exactonline.nl', 43, 'sales-order'), routeKey('start.exactonline.nl', 42, 'sales-invoice')]).size).toBe(4);
  });
});

describe('document route: watermarks', () => {
  it('a read starts at the highest watermark taken at or before the window, else at the fallback', async () => {
    await addWatermarks(KEY, [{ at: iso(T0), timestamp: '100' }]);
    await addWatermarks(KEY, [{ at: iso(T0 + 24 * HOUR), timestamp: '250' }]);
    await addWatermarks(KEY, [{ at: iso(T0 + 48 * HOUR), timestamp: '900' }]);
    const route = await readRoute(KEY);
    expect(startTimestamp(route, T0 - 1, '1')).toBe('1');
    expect(startTimestamp(route, T0, '1')).toBe('100');
    expect(startTimestamp(route, T0 + 47 * HOUR, '1')).toBe('250');
    expect(startTimestamp(route, T0 + 100 * HOUR, '1')).toBe('900');
  });

  it('an older mark arriving later still counts (marks from rows come in Timestamp order, not time order)', async () => {
    await addWatermarks(KEY, [{ at: iso(T0 + 48 * HOUR), timestamp: '900' }]);
    await addWatermarks(KEY, [{ at: iso(T0), timestamp: '100' }]);
    expect(startTimestamp(await readRoute(KEY), T0 + HOUR, '1')).toBe('100');
  });

  it('compares Timestamps as 64-bit numbers, not as text', async () => {
    await addWatermarks(KEY, [{ at: iso(T0), timestamp: '9' }]);
    await addWatermarks(KEY, [{ at: iso(T0 + 13 * HOUR), timestamp: '9007199254740993' }]);
    expect(startTimestamp(await readRoute(KEY), T0 + 14 * HOUR, '1')).toBe('9007199254740993');
  });

  it('keeps the highest of each half day, and a bounded number of the newest', async () => {
    await addWatermarks(KEY, [{ at: iso(T0 + HOUR), timestamp: '2' }]);
    await addWatermarks(KEY, [{ at: iso(T0), timestamp: '1' }, { at: iso(T0 + 2 * HOUR), timestamp: '1' }]);
    expect((await readRoute(KEY)).watermarks).toEqual([{ at: iso(T0 + HOUR), timestamp: '2' }]);
    await addWatermarks(KEY, Array.from({ length: 200 }, (_, i) => ({ at: iso(T0 + (i + 1) * 12 * HOUR), timestamp: String(11 + i) })));
    const marks = (await readRoute(KEY)).watermarks;
    expect(marks).toHaveLength(130);
    expect(marks.at(-1)?.timestamp).toBe('210');
  });
});
