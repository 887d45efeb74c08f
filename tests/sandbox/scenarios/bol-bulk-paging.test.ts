import { describe, expect, it } from 'vitest';
import { readOrders, readStatus } from '../../../lib/sync/store';
import { RATE_LIMITS } from '../bol/facts';
import { bolBulk } from './bol-bulk';
import { bolSeller, isBolDetail, isBolList } from './bol-feed-seller';
import { classKey } from './bulk-truth';

/**
 * The product's whole reconciliation (lib/sync with the real Bol.com client) against the sandbox's
 * bol.com hosts serving a generated seller whose orders shipped over the last 30 days, most of
 * them more than 48 hours ago, so bol's plain list no longer holds them: the first run walks the
 * window day by day and stores every order with its ground-truth class; a run 15 minutes later
 * asks only the changes; both within bol's rate limits (the fake clock jumps over pauses).
 */
const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');

const isList = isBolList;
const isDetail = isBolDetail;

async function done(shop: ReturnType<typeof bolSeller>) {
  const result = await shop.run();
  expect(result.run).toMatchObject({ phase: 'done', failure: null });
  return result;
}

describe.each([300, 2_000])('bol-bulk (%i orders) through the product’s reconciliation', (count) => {
  const s = bolBulk({ now: NOW, orders: count });
  const classes = s.reconciliation?.classes ?? {};
  const windowIds = Object.keys(classes);
  const want = Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, classKey(t)]));

  it('first run: walks the window day by day, reads each order of the window once, stores every ground-truth class', async () => {
    const shop = bolSeller(s, NOW);
    const { calls, pauses } = await done(shop);
    const lists = calls.filter((c) => isList(c) && c.status === 200);
    const details = calls.filter((c) => isDetail(c) && c.status === 200);
    // Every list call names one day; 32 days (the window, one day earlier for the calendar, today), each paged.
    expect(lists.every((c) => c.url.searchParams.has('latest-change-date') && !c.url.searchParams.has('change-interval-minute'))).toBe(true);
    expect(new Set(lists.map((c) => c.url.searchParams.get('latest-change-date'))).size).toBe(32);
    expect(new Set(details.map((c) => c.url.pathname)).size).toBe(details.length);
    expect(details.length).toBe(windowIds.length);
    // Within bol's limits: the list's window is kept from its headers (the run pauses), no call is refused.
    expect(calls.filter((c) => c.status !== 200)).toEqual([]);
    if (lists.length > RATE_LIMITS.list.limit) expect(pauses).toBeGreaterThan(0);
    const stored = await readOrders(shop.profile.id);
    expect(Object.fromEntries(stored.map((o) => [o.orderId, classKey(o)]))).toEqual(want);
    expect((await readStatus(shop.profile.id))?.unread).toBeUndefined();
    console.info(`bol-bulk ${count}: first run ${lists.length} list calls, ${details.length} detail calls, ${pauses} pause(s), ${((shop.io.clock.now - NOW) / 1000).toFixed(0)} s on the fake clock`);
  }, 120_000);

  it('a run 15 minutes later asks only the changes since, reads only the changed orders, and keeps every class', async () => {
    const shop = bolSeller(s, NOW);
    await done(shop);
    const later = shop.io.clock.now + 15 * 60_000;
    shop.io.clock.now = later;
    // Meanwhile one open order asked to be cancelled: its latest change is now.
    const account = s.bol!.accounts[0]!;
    const open = account.orders.find((o) => o.orderItems.some((i) => i.quantityShipped + i.quantityCancelled < i.quantity))!;
    const saved = open.orderItems[0]!.latestChangedDateTime;
    open.orderItems[0]!.latestChangedDateTime = new Date(later - 60_000).toISOString();
    try {
      const { calls } = await done(shop);
      const lists = calls.filter(isList);
      expect(lists).toHaveLength(1);
      expect(lists[0]!.url.searchParams.has('latest-change-date')).toBe(false);
      expect(Number(lists[0]!.url.searchParams.get('change-interval-minute'))).toBeGreaterThanOrEqual(16);
      expect(Number(lists[0]!.url.searchParams.get('change-interval-minute'))).toBeLessThanOrEqual(60);
      expect(calls.filter(isDetail).map((c) => c.url.pathname)).toEqual([`/retailer/orders/${open.orderId}`]);
      const stored = await readOrders(shop.profile.id);
      const stillIn = Object.fromEntries(Object.entries(want).filter(([id]) => Date.parse(account.orders.find((o) => o.orderId === id)!.orderPlacedDateTime) >= later - 30 * DAY));
      expect(Object.fromEntries(stored.map((o) => [o.orderId, classKey(o)]))).toEqual(stillIn);
    } finally {
      open.orderItems[0]!.latestChangedDateTime = saved;
    }
  }, 120_000);
});
