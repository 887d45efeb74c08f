import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { wooAdapter } from '../../../lib/shops/woocommerce';
import { createWooClient } from '../../../lib/shops/woocommerce/client';
import { MAX_PER_PAGE } from '../../../lib/shops/woocommerce/facts';
import { wooHosts } from '../woocommerce/hosts';
import { classKey } from './bulk-truth';
import { hostFetch, type HostCall } from './host-fetch';
import { reconcileInProcess } from './reconcile-in-process';
import type { Scenario } from './types';
import { woocommerceBulk } from './woocommerce-bulk';

/**
 * The product's own paged read (WooCommerce listOrders: `after` the window, 100 a page, ascending
 * ids, X-WP-TotalPages) against the sandbox's WooCommerce host serving the generated shop, and the
 * product's whole reconciliation over it: every order of the window once, ⌈N / 100⌉ list calls,
 * every stored class as the ground truth says.
 */
const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');
const SINCE = new Date(NOW - 30 * DAY).toISOString();

function credentialsOf(s: Scenario) {
  const connection = s.connections[0];
  if (!connection || connection.shopCredentials.platform !== 'woocommerce') throw new Error(`${s.name}: no WooCommerce connection`);
  const { consumerKey, consumerSecret } = connection.shopCredentials;
  return { profile: connection.profile, credentials: { consumerKey, consumerSecret } };
}

async function pageWoo(s: Scenario): Promise<{ orders: Order[]; calls: HostCall[] }> {
  const io = hostFetch(wooHosts(s.woocommerce ?? { sites: [] }), NOW);
  const { profile, credentials } = credentialsOf(s);
  const client = createWooClient(profile, credentials, io.deps);
  const orders: Order[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page += 1) {
    const result: Awaited<ReturnType<NonNullable<typeof client.listOrders>>> | undefined = await client.listOrders?.(SINCE, cursor);
    if (!result) throw new Error('no listOrders');
    orders.push(...result.orders);
    cursor = result.next;
    if (cursor === null) break;
  }
  return { orders, calls: io.calls };
}

describe.each([300, 10_000])('woocommerce-bulk (%i orders) through the product’s paged reads', (count) => {
  const s = woocommerceBulk({ now: NOW, orders: count });
  const classes = s.reconciliation?.classes ?? {};
  const windowIds = Object.keys(classes);

  it(`lists every order of the window once, oldest first, in ⌈window / ${MAX_PER_PAGE}⌉ list calls`, async () => {
    const { orders, calls } = await pageWoo(s);
    expect(orders.map((o) => o.orderId).sort()).toEqual([...windowIds].sort());
    expect(orders.map((o) => Number(o.orderId))).toEqual([...orders.map((o) => Number(o.orderId))].sort((a, b) => a - b));
    expect(calls.every((c) => c.method === 'GET' && c.status === 200 && c.url.pathname === '/wp-json/wc/v3/orders')).toBe(true);
    expect(calls).toHaveLength(Math.ceil(windowIds.length / MAX_PER_PAGE));
    expect(calls.map((c) => c.url.searchParams.get('page'))).toEqual(calls.map((_, i) => String(i + 1)));
    expect(calls.map((c) => (c.body as unknown[]).length)).toEqual(calls.map((_, i) => Math.min(MAX_PER_PAGE, windowIds.length - i * MAX_PER_PAGE)));
    console.info(`woocommerce-bulk (${count} orders, ${windowIds.length} in the window): ${calls.length} list calls, no rate limit`);
  }, 60_000);

  it('the product’s reconciliation stores every order of the window with its ground-truth class', async () => {
    const { profile, credentials } = credentialsOf(s);
    const result = await reconcileInProcess(s, NOW, () => wooHosts(s.woocommerce ?? { sites: [] }), wooAdapter, (http) => createWooClient(profile, credentials, http));
    expect(result.run).toMatchObject({ phase: 'done', failure: null });
    expect(result.orders).toHaveLength(windowIds.length);
    const got = Object.fromEntries(result.orders.map((o) => [o.orderId, classKey(o)]));
    const want = Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, classKey(t)]));
    expect(got).toEqual(want);
    expect(result.pauses.count).toBe(0);
  }, 60_000);
});

describe('woocommerce-bulk (300 orders) behind a TLS-terminating proxy', () => {
  const base = woocommerceBulk({ now: NOW, orders: 300 });
  const s: Scenario = { ...base, woocommerce: { sites: (base.woocommerce?.sites ?? []).map((site) => ({ ...site, behindTlsProxy: true })) } };
  const classes = s.reconciliation?.classes ?? {};

  it('reconciles with signed reads: one ignored Basic call, then every page signed, classes as the ground truth', async () => {
    const { profile, credentials } = credentialsOf(s);
    const result = await reconcileInProcess(s, NOW, (now) => wooHosts(s.woocommerce ?? { sites: [] }, { now }), wooAdapter, (http) => createWooClient(profile, credentials, http));
    expect(result.run).toMatchObject({ phase: 'done', failure: null });
    const got = Object.fromEntries(result.orders.map((o) => [o.orderId, classKey(o)]));
    expect(got).toEqual(Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, classKey(t)])));
    const shop = result.calls.filter((c) => c.url.pathname.startsWith('/wp-json/'));
    const signed = (c: HostCall) => c.url.searchParams.has('oauth_signature');
    expect(shop.map((c) => [signed(c), c.status])[0]).toEqual([false, 401]);
    expect(shop.slice(1).every((c) => signed(c) && c.status === 200)).toBe(true);
    expect(shop.slice(1)).toHaveLength(Math.ceil(Object.keys(classes).length / MAX_PER_PAGE));
  }, 60_000);
});
