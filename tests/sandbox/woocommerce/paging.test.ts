import { describe, expect, it } from 'vitest';
import type { SandboxResponse } from '../core/types';
import { wooKeyOf } from '../scenarios/build/woocommerce-demo';
import { wooOrder } from '../scenarios/build/woocommerce-order';
import { PRODUCTS } from '../scenarios/build/catalogue';
import { WOO_SITES } from '../scenarios/woocommerce-checks';
import { woocommerceBulk } from '../scenarios/woocommerce-bulk';
import { wooHosts } from './hosts';
import { basic, sandboxRequest } from './test-support';

/**
 * The WooCommerce host paging a generated shop as the reconciliation asks it (`after` in GMT,
 * ascending ids, 100 a page): X-WP-Total and X-WP-TotalPages count the orders after `after`, the
 * pages cover them once, an order placed while paging lands at the end, and there is no rate limit
 * (WooCommerce's REST API has none of its own).
 */
const NOW = Date.parse('2025-06-30T13:37:00Z');
const DAY = 86_400_000;
const AFTER = new Date(NOW - 30 * DAY - 1000).toISOString().slice(0, 19);
const QUERY = `after=${AFTER}&dates_are_gmt=true&orderby=id&order=asc&per_page=100`;

function shop(orders: number) {
  const s = woocommerceBulk({ now: NOW, orders });
  const [host] = wooHosts(s.woocommerce ?? { sites: [] });
  const site = s.woocommerce?.sites[0];
  if (!host || !site) throw new Error('no WooCommerce host');
  const key = wooKeyOf(WOO_SITES.main);
  const get = (query: string): Promise<SandboxResponse> =>
    Promise.resolve(host.handle(sandboxRequest({ url: `https://shop.example.test/wp-json/wc/v3/orders?${query}`, headers: { authorization: basic(key.consumerKey, key.consumerSecret) } })));
  return { s, site, get, window: Object.keys(s.reconciliation?.classes ?? {}) };
}

const ids = (res: SandboxResponse): number[] => (res.body as { id: number }[]).map((o) => o.id);

describe('WooCommerce host paging a generated shop', () => {
  it('counts the orders after `after` in X-WP-Total(Pages) and pages them by 100, each once, linking next and prev', async () => {
    const { get, window } = shop(1000);
    const pages = Math.ceil(window.length / 100);
    const seen: number[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const res = await get(`${QUERY}&page=${page}`);
      expect(res.headers).toMatchObject({ 'X-WP-Total': String(window.length), 'X-WP-TotalPages': String(pages) });
      expect(res.headers?.['Link']?.includes('rel="next"')).toBe(page < pages);
      expect(res.headers?.['Link']?.includes('rel="prev"') ?? false).toBe(page > 1);
      seen.push(...ids(res));
    }
    expect(seen.map(String)).toEqual([...window].sort((a, b) => Number(a) - Number(b)));
    const beyond = await get(`${QUERY}&page=${pages + 1}`);
    expect([beyond.status, beyond.body, beyond.headers?.['X-WP-Total']]).toEqual([200, [], String(window.length)]);
  });

  it('puts an order placed while paging at the end (ascending ids): earlier pages do not shift', async () => {
    const { site, get, window } = shop(300);
    const first = ids(await get(`${QUERY}&page=1`));
    const newest = Math.max(...site.orders.map((o) => o.id)) + 2;
    site.orders.push(wooOrder({ id: newest, createdAt: new Date(NOW).toISOString(), lines: [{ product: PRODUCTS.mug }] }));
    expect(ids(await get(`${QUERY}&page=1`))).toEqual(first);
    const last = await get(`${QUERY}&page=3`);
    expect(ids(last).at(-1)).toBe(newest);
    expect(last.headers?.['X-WP-Total']).toBe(String(window.length + 1));
  });

  it('has no rate limit: a burst of list calls all answer 200, without rate-limit headers', async () => {
    const { get } = shop(300);
    const answers = await Promise.all(Array.from({ length: 50 }, () => get(`${QUERY}&page=1`)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(Object.keys(answers[0]?.headers ?? {}).filter((h) => /rate|retry/i.test(h))).toEqual([]);
  });
});
