import { beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { createShopifyClient } from '../../../lib/shops/shopify/client';
import { LIST_LINE_ITEMS, MAX_LIST_QUERY_COST, ORDERS_PAGE_SIZE } from '../../../lib/shops/shopify/query';
import { ImportDoctorDb, replaceDbForTests } from '../../../lib/storage/db';
import { SINGLE_QUERY_MAX_COST } from '../shopify/api/facts';
import { shopifyApiHost } from '../shopify/api/api-host';
import type { ShopifyPlan } from '../shopify/world';
import { DEMO } from './build/demo';
import { connectedExact } from './exact-in-process';
import { hostFetch, type HostCall } from './host-fetch';
import { shopifyBulk } from './shopify-bulk';
import type { Scenario } from './types';

/**
 * The product's own paged reads (Shopify listOrders, Exact documentsSince) against the sandbox
 * hosts serving the generated shop: every order of the window comes back once, the query cost and
 * the THROTTLED waits stay within the limits, and the call counts are what the page sizes promise.
 */
const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`bulk-${Math.random().toString(36).slice(2)}`));
});

interface Paged {
  orders: Order[];
  calls: HostCall[];
  sleeps: number[];
  elapsedMs: number;
}

async function pageShopify(s: Scenario, plan: ShopifyPlan): Promise<Paged> {
  const world = { stores: s.shopify.stores.map((store) => ({ ...store, plan })) };
  let clockNow = (): number => NOW;
  const host = shopifyApiHost(world, { now: () => clockNow() });
  const io = hostFetch([host], NOW);
  clockNow = io.deps.now;
  const profile = s.connections[0]?.profile;
  if (!profile) throw new Error('no connection');
  const client = createShopifyClient(profile, { accessToken: DEMO.token }, io.deps);
  const orders: Order[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 2000; page += 1) {
    const result: Awaited<ReturnType<NonNullable<typeof client.listOrders>>> | undefined = await client.listOrders?.(new Date(NOW - 30 * DAY).toISOString(), cursor);
    if (!result) throw new Error('no listOrders');
    orders.push(...result.orders);
    cursor = result.next;
    if (cursor === null) break;
  }
  return { orders, calls: io.calls, sleeps: io.sleeps, elapsedMs: io.clock.now - NOW };
}

const requestedCost = (call: HostCall): number =>
  ((call.body as { extensions?: { cost?: { requestedQueryCost?: number } } }).extensions?.cost?.requestedQueryCost ?? 0);
const isListQuery = (call: HostCall): boolean => (call.body as { data?: { orders?: unknown } }).data?.orders !== undefined;

describe('shopify-bulk through the product’s paged reads', () => {
  const s = shopifyBulk({ now: NOW });
  const classes = s.reconciliation?.classes ?? {};
  const windowIds = Object.keys(classes).sort();
  const longOrders = (s.shopify.stores[0]?.orders ?? []).filter((o) => classes[o.id] && o.lineItems.length > LIST_LINE_ITEMS).length;

  it('Shopify (standard plan): every order of the window once, oldest first, in ceil(291 / 17) pages plus one per long order', async () => {
    const { orders, calls, sleeps, elapsedMs } = await pageShopify(s, 'standard');
    expect(orders.map((o) => o.orderId).sort()).toEqual(windowIds);
    expect(orders.map((o) => Date.parse(o.createdAt))).toEqual([...orders.map((o) => Date.parse(o.createdAt))].sort((a, b) => a - b));
    const pages = calls.filter(isListQuery);
    expect(pages).toHaveLength(Math.ceil(windowIds.length / ORDERS_PAGE_SIZE));
    expect(calls.filter((c) => (c.body as { data?: { order?: unknown } }).data?.order !== undefined)).toHaveLength(longOrders);
    for (const page of pages) {
      expect(requestedCost(page)).toBeLessThanOrEqual(MAX_LIST_QUERY_COST);
      expect(requestedCost(page)).toBeLessThanOrEqual(SINGLE_QUERY_MAX_COST);
    }
    // The bucket runs dry on the standard plan: the client paces itself (no THROTTLED answer spent),
    // each wait within the 5 s the worker sleeps, the total set by the points the orders cost.
    expect(calls.filter((c) => JSON.stringify(c.body).includes('"THROTTLED"'))).toEqual([]);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps.every((ms) => ms <= 5000)).toBe(true);
    console.info(
      `shopify-bulk (300 orders, standard): ${pages.length} order pages + ${longOrders} line-item pages, ` +
        `${(elapsedMs / 1000).toFixed(1)} s waited for the cost bucket`,
    );
  });

  it('Shopify on Plus: the same orders, no waiting', async () => {
    const { orders, sleeps } = await pageShopify(s, 'plus');
    expect(orders).toHaveLength(windowIds.length);
    expect(sleeps).toEqual([]);
  });

  it('Exact: the documents of the window in one bulk page, with Created telling the connector’s last run', async () => {
    // The window of 30 days plus the documents phase's day of margin, as the reconciliation reads it.
    const { documents, calls } = await (await connectedExact(s, NOW)).readWindow(30);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.pathname).toBe(`/api/v1/${DEMO.division}/bulk/SalesOrder/SalesOrders`);
    const ids = new Set(Object.keys(classes));
    const orderIdByNumber = new Map((s.shopify.stores[0]?.orders ?? []).map((o) => [o.name.slice(1), o.id]));
    const importedRefs = new Set(documents.map((d) => orderIdByNumber.get(d.yourRef)).filter((id): id is string => id !== undefined && ids.has(id)));
    const imported = Object.entries(classes).filter(([, t]) => t.class === 'imported').map(([id]) => id);
    for (const id of imported) expect(importedRefs.has(id), id).toBe(true);
    const newest = documents.reduce((max, d) => Math.max(max, Date.parse(d.createdAt ?? '')), 0);
    expect(NOW - newest).toBe(2 * 3_600_000);
    expect(documents.every((d) => Date.parse(d.date) >= Date.parse('2025-05-30T00:00:00Z'))).toBe(true);
  });
});
