import type { Scenario } from './types';
import { bolDemoAccount, bolDemoConnection, expectBolOrder } from './build/bol-demo';
import { bolPanelExpectation, buildBolBulkShop } from './build/bol-bulk-shop';
import { describeCounts, sampleForPanel, type Mix } from './build/bulk-core';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';

export interface BolBulkOptions {
  /** Orders of the retailer, those older than the window included (default 300). */
  orders?: number;
  seed?: number;
  /** Scenario name (the registry key). */
  name?: string;
  /** The moment the world is built for (default: now); same seed and same now → the same world. */
  now?: number;
  mix?: Mix;
}

/**
 * The reconciliation's bol.com shop: `orders` generated orders of the demo retailer over the last
 * 30 days and some older, which must be ignored. The demo division (Handel, VEX blocked) holds a
 * sales order for each imported one; the connector (Dutch customers only: no EU code) was
 * installed 20 days ago and last ran about two hours ago. bol's list has no date filter and pages
 * by 50 (25 pages a minute); every order of the window costs a detail call (25 a second). Ground
 * truth per order in `reconciliation`; `expectations` holds one order per class and per way of
 * failing, for an e2e that opens the order page.
 */
export function bolBulk(options: BolBulkOptions = {}): Scenario {
  const now = options.now ?? Date.now();
  const count = options.orders ?? 300;
  const seed = options.seed ?? 1;
  const shop = buildBolBulkShop({ orders: count, seed, now, ...(options.mix ? { mix: options.mix } : {}) });
  const classes: NonNullable<Scenario['reconciliation']>['classes'] = {};
  for (const b of shop.orders) if (b.truth) classes[b.order.orderId] = b.truth;
  return {
    name: options.name ?? 'bol-bulk',
    description: `bol.com demo retailer with ${count} generated orders (seed ${seed}) → Exact (Handel): ${describeCounts(shop.counts)}`,
    shopify: { stores: [] },
    bol: { accounts: [bolDemoAccount(shop.orders.map((b) => b.order))] },
    exact: exactWorld([demoDivision(now, { blockedVatCodes: ['VEX'], salesOrders: shop.salesOrders })]),
    connections: [bolDemoConnection(shop.installedAt)],
    expectations: sampleForPanel(shop.orders).map((b) => expectBolOrder(b.order, bolPanelExpectation(b))),
    reconciliation: { windowDays: 30, classes },
  };
}
