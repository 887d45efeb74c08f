import { describe, expect, it } from 'vitest';
import { at } from '../shopify/test-support';
import { bolTestHosts, DAY, id, NOW } from './test-support';

/**
 * The sandbox's bol list against bol's documented behaviour (Retailer API v10, "Orders and
 * Shipments", "Best practices - order process", OpenAPI spec): open orders and orders handled in
 * the last 48 hours, newest first; `change-interval-minute` (≤ 60) for what changed in the last
 * minutes; `latest-change-date` for one day's changes, up to three months back, handled or not.
 */
const ids = (body: unknown): string[] => ((at(body, 'orders') as { orderId: string }[] | undefined) ?? []).map((o) => o.orderId);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const HOUR = 3_600_000;

describe('bol.com list: what it holds', () => {
  it('a handled order stays 48 hours after it was handled, then leaves the plain list', async () => {
    const { get, token, clock, world } = bolTestHosts();
    const order = world.accounts[0]!.orders[0]!;
    // Order 1 (placed a day ago) ships now.
    for (const item of order.orderItems) {
      item.quantityShipped = item.quantity;
      item.latestChangedDateTime = new Date(NOW).toISOString();
    }
    const bearer = await token();
    expect(ids((await get('/retailer/orders?status=ALL', bearer)).body)).toContain(id(1));
    clock.now = NOW + 47 * HOUR;
    expect(ids((await get('/retailer/orders?status=ALL', await token())).body)).toContain(id(1));
    clock.now = NOW + 49 * HOUR;
    const later = await token();
    expect(ids((await get('/retailer/orders?status=ALL', later)).body)).not.toContain(id(1));
    // Still reachable by its day of change, and by id.
    expect(ids((await get(`/retailer/orders?status=ALL&latest-change-date=${day(NOW)}`, later)).body)).toEqual([id(1)]);
    expect((await get(`/retailer/orders/${id(1)}`, later)).status).toBe(200);
  });

  it('lists newest first, by the day the order was placed', async () => {
    const { get, token } = bolTestHosts();
    expect(ids((await get('/retailer/orders?status=OPEN&fulfilment-method=ALL', await token())).body)).toEqual([1, 2, 3, 6].map(id));
  });
});

describe('bol.com list: change-interval-minute', () => {
  it('holds only the order items changed in the last N minutes', async () => {
    const { get, token, world } = bolTestHosts();
    const [first, second] = world.accounts[0]!.orders;
    first!.orderItems[0]!.latestChangedDateTime = new Date(NOW - 10 * 60_000).toISOString();
    second!.orderItems[1]!.latestChangedDateTime = new Date(NOW - 40 * 60_000).toISOString();
    const bearer = await token();
    const fifteen = (await get('/retailer/orders?status=ALL&fulfilment-method=ALL&change-interval-minute=15', bearer)).body;
    expect(ids(fifteen)).toEqual([id(1)]);
    // Only the item that changed, not the whole order.
    expect((at(fifteen, 'orders', 0, 'orderItems') as unknown[]).length).toBe(1);
    expect(ids((await get('/retailer/orders?status=ALL&change-interval-minute=60', bearer)).body)).toEqual([id(1), id(2)]);
  });

  it('refuses more than 60 minutes', async () => {
    const { get, token } = bolTestHosts();
    const res = await get('/retailer/orders?change-interval-minute=61', await token());
    expect(res.status).toBe(400);
    expect(at(res.body, 'violations', 0, 'name')).toBe('change-interval-minute');
  });
});

describe('bol.com list: latest-change-date', () => {
  it('holds the items whose latest change was on that day, handled weeks ago or not', async () => {
    const { get, token, world } = bolTestHosts();
    const order = world.accounts[0]!.orders[3]!; // order 4: shipped
    for (const item of order.orderItems) item.latestChangedDateTime = new Date(NOW - 40 * DAY).toISOString();
    const bearer = await token();
    expect(ids((await get(`/retailer/orders?status=ALL&latest-change-date=${day(NOW - 40 * DAY)}`, bearer)).body)).toEqual([id(4)]);
    expect(ids((await get(`/retailer/orders?status=ALL&latest-change-date=${day(NOW - 39 * DAY)}`, bearer)).body)).toEqual([]);
    // Open orders are listed on the day of their latest change too.
    expect(ids((await get(`/retailer/orders?status=ALL&latest-change-date=${day(NOW - 2 * DAY)}`, bearer)).body)).toEqual([id(2)]);
  });

  it('reaches three months back, not further', async () => {
    const { get, token } = bolTestHosts();
    const bearer = await token();
    expect((await get(`/retailer/orders?latest-change-date=${day(NOW - 85 * DAY)}`, bearer)).status).toBe(200);
    const old = await get(`/retailer/orders?latest-change-date=${day(NOW - 100 * DAY)}`, bearer);
    expect(old.status).toBe(400);
    expect(at(old.body, 'violations', 0, 'name')).toBe('latest-change-date');
  });
});
