import { describe, expect, it } from 'vitest';
import { bolBulk } from '../scenarios/bol-bulk';
import { RATE_LIMITS } from './facts';
import { bolTestHosts, CLIENT } from './test-support';

/**
 * The bol.com API host paging a generated retailer as the reconciliation reads it (`status=ALL`,
 * `fulfilment-method=ALL`): pages of 50, newest first, each order once, until a short page; and
 * its per-endpoint limits counting down in the headers, refusing with Retry-After until the
 * window ends, the list (25 a minute) and the detail (25 a second) each on its own.
 */
const NOW = Date.parse('2025-06-30T12:00:00Z');
const LIST = '/retailer/orders?status=ALL&fulfilment-method=ALL';

function retailer(orders: number) {
  const world = bolBulk({ now: NOW, orders }).bol ?? { accounts: [] };
  // The test hosts' client credentials, on the generated retailer.
  for (const account of world.accounts) account.credentials = [{ ...CLIENT }];
  return { hosts: bolTestHosts(world), orders: world.accounts[0]?.orders ?? [] };
}

type ListBody = { orders?: { orderId: string; orderPlacedDateTime: string }[] };

describe('bol.com API host paging a generated retailer', () => {
  it('pages the plain list by 50, newest first, each order once, until a short page: open ones and those handled in the last 48 hours', async () => {
    const { hosts, orders } = retailer(1010);
    const bearer = await hosts.token();
    const seen: string[] = [];
    const sizes: number[] = [];
    for (let page = 1; page <= 25; page += 1) {
      const body = (await hosts.get(`${LIST}&page=${page}`, bearer)).body as ListBody;
      sizes.push(body.orders?.length ?? 0);
      seen.push(...(body.orders ?? []).map((o) => o.orderId));
      if ((body.orders?.length ?? 0) < 50) break;
    }
    const handledLongAgo = (o: (typeof orders)[number]) =>
      o.orderItems.every((i) => i.quantityShipped + i.quantityCancelled >= i.quantity && Date.parse(i.latestChangedDateTime) < NOW - 48 * 3_600_000);
    const visible = [...orders].filter((o) => !handledLongAgo(o)).sort((a, b) => Date.parse(b.orderPlacedDateTime) - Date.parse(a.orderPlacedDateTime));
    // Most of the month was shipped more than 48 hours ago: the plain list holds a few days only.
    expect(visible.length).toBeLessThan(orders.length / 5);
    expect(seen).toEqual(visible.map((o) => o.orderId));
    expect(sizes.at(-1)).toBeLessThan(50);
  });

  it('counts the list limit down in a minute window, refuses the 26th until the window ends, then counts again', async () => {
    const { hosts, orders } = retailer(300);
    const bearer = await hosts.token();
    const { limit, windowMs } = RATE_LIMITS.list;
    for (let i = 1; i <= limit; i += 1) {
      const res = await hosts.get(`${LIST}&page=1`, bearer);
      expect(res.headers).toMatchObject({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(limit - i), 'x-ratelimit-reset': '60' });
    }
    hosts.clock.now += 20_000;
    const refused = await hosts.get(`${LIST}&page=2`, bearer);
    expect(refused).toMatchObject({ status: 429, headers: { 'Retry-After': '40', 'x-ratelimit-remaining': '0' }, body: { status: 429 } });
    // The detail endpoint has its own limit: still open.
    expect((await hosts.get(`/retailer/orders/${orders[0]?.orderId ?? ''}`, bearer)).status).toBe(200);
    hosts.clock.now += windowMs;
    expect((await hosts.get(`${LIST}&page=2`, bearer)).headers).toMatchObject({ 'x-ratelimit-remaining': String(limit - 1) });
  });

  it('serves 25 detail calls a second, then 429 with Retry-After 1 while the list stays open', async () => {
    const { hosts, orders } = retailer(300);
    const bearer = await hosts.token();
    const ids = orders.slice(0, 30).map((o) => o.orderId);
    const statuses = [];
    for (const id of ids) statuses.push((await hosts.get(`/retailer/orders/${id}`, bearer)).status);
    expect(statuses).toEqual([...Array.from({ length: 25 }, () => 200), ...Array.from({ length: 5 }, () => 429)]);
    expect((await hosts.get(`/retailer/orders/${ids[0] ?? ''}`, bearer)).headers).toMatchObject({ 'Retry-After': '1' });
    expect((await hosts.get(`${LIST}&page=1`, bearer)).status).toBe(200);
    hosts.clock.now += 1_000;
    expect((await hosts.get(`/retailer/orders/${ids[29] ?? ''}`, bearer)).status).toBe(200);
  });
});
