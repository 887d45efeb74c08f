import type { Scenario } from './types';
import { describeCounts, sampleForPanel, type Mix } from './build/bulk-core';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';
import { expectWooOrder, wooConnection, wooSite } from './build/woocommerce-demo';
import { buildWooBulkShop, wooPanelExpectation } from './build/woocommerce-bulk-shop';
import { WOO_SITES } from './woocommerce-checks';

export interface WooCommerceBulkOptions {
  /** Orders in the shop, those older than the window included (default 300). */
  orders?: number;
  seed?: number;
  /** Scenario name (the registry key). */
  name?: string;
  /** The moment the world is built for (default: now); same seed and same now → the same world. */
  now?: number;
  mix?: Mix;
}

/**
 * The reconciliation's WooCommerce shop: `orders` generated orders on the demo site at the root of
 * shop.example.test (posts storage; the origin the e2e build has granted), over the last 30 days
 * and some older, which must be ignored. The demo division (Handel, VEX blocked) holds a sales
 * order for each imported one; the connector (threshold 'processing') was installed 20 days ago
 * and last ran about two hours ago. WooCommerce pages its list by 100 and has no rate limit of its
 * own. Ground truth per order in `reconciliation`; `expectations` holds one order per class and
 * per way of failing, for an e2e that opens the order screen.
 */
export function woocommerceBulk(options: WooCommerceBulkOptions = {}): Scenario {
  const now = options.now ?? Date.now();
  const count = options.orders ?? 300;
  const seed = options.seed ?? 1;
  const shop = buildWooBulkShop({ orders: count, seed, now, ...(options.mix ? { mix: options.mix } : {}) });
  const site = WOO_SITES.main;
  const classes: NonNullable<Scenario['reconciliation']>['classes'] = {};
  for (const b of shop.orders) if (b.truth) classes[String(b.order.id)] = b.truth;
  return {
    name: options.name ?? 'woocommerce-bulk',
    description: `WooCommerce shop at https://shop.example.test with ${count} generated orders (seed ${seed}) → Exact (Handel): ${describeCounts(shop.counts)}`,
    shopify: { stores: [] },
    woocommerce: { sites: [wooSite(site, shop.orders.map((b) => b.order))] },
    exact: exactWorld([demoDivision(now, { blockedVatCodes: ['VEX'], salesOrders: shop.salesOrders })]),
    connections: [wooConnection(site, shop.installedAt)],
    expectations: sampleForPanel(shop.orders).map((b) => expectWooOrder(site, b.order, wooPanelExpectation(b))),
    reconciliation: { windowDays: 30, classes },
  };
}
