import type { ShopifyPlan } from '../shopify/world';
import type { Scenario } from './types';
import { buildBulkShop, panelExpectation, sampleForPanel, type BulkShopOptions } from './build/bulk-shop';
import { demoConnection, demoStore, expectOrder } from './build/demo';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';

export interface ShopifyBulkOptions {
  /** Orders in the store, those older than the window included (default 300). */
  orders?: number;
  seed?: number;
  /** Scenario name (the registry key). */
  name?: string;
  /** The store's Shopify plan: how fast its query-cost bucket refills. */
  plan?: ShopifyPlan;
  /** The moment the world is built for (default: now); same seed and same now → the same world. */
  now?: number;
  mix?: BulkShopOptions['mix'];
}

/**
 * The reconciliation's shop: `orders` generated orders over the last 30 days (and some older,
 * which must be ignored), the demo division (Handel, VEX blocked) holding a sales order for each
 * imported one, the connector installed 20 days ago and last run about two hours ago. The ground
 * truth per order is in `reconciliation`; `expectations` holds one order per class and per way of
 * failing, for an e2e that opens the order page and compares the panel's verdict.
 */
export function shopifyBulk(options: ShopifyBulkOptions = {}): Scenario {
  const now = options.now ?? Date.now();
  const count = options.orders ?? 300;
  const seed = options.seed ?? 1;
  const shop = buildBulkShop({ orders: count, seed, now, ...(options.mix ? { mix: options.mix } : {}) });
  const store = demoStore(shop.orders.map((b) => b.order), { readAllOrders: false, plan: options.plan ?? 'standard' });
  const classes: NonNullable<Scenario['reconciliation']>['classes'] = {};
  for (const b of shop.orders) if (b.truth) classes[b.order.id] = b.truth;
  const c = shop.counts;
  return {
    name: options.name ?? 'shopify-bulk',
    description:
      `Shopify demo-store with ${count} generated orders (seed ${seed}) → Exact (Handel): ` +
      `${c.imported + c['imported-before-install']} imported, ${c['before-install']} before installation, ` +
      `${c['waiting-new'] + c['waiting-unpaid']} waiting, ` +
      `${c['missing-3'] + c['missing-4'] + c['missing-5'] + c['missing-6'] + c['missing-7'] + c['missing-8']} missing (checks 3–8), ` +
      `${c['outside-window']} older than the 30-day window.`,
    shopify: { stores: [store] },
    exact: exactWorld([demoDivision(now, { blockedVatCodes: ['VEX'], salesOrders: shop.salesOrders })]),
    connections: [demoConnection(shop.installedAt)],
    expectations: sampleForPanel(shop.orders).map((b) => expectOrder(b.order, panelExpectation(b))),
    reconciliation: { windowDays: 30, classes },
  };
}
