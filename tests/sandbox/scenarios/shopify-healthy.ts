import type { Scenario } from './types';
import { PRODUCTS } from './build/catalogue';
import { demoConnection, demoStore, expectOrder } from './build/demo';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';
import { shopifyOrder } from './build/shopify-order';
import { daysAgo } from './build/time';

/** A few healthy orders and a clean division (nothing blocked): every check passes. */
export function shopifyHealthy(): Scenario {
  const now = Date.now();
  const { tshirt, mug, cookbook } = PRODUCTS;
  const orders = [
    shopifyOrder({ number: 1001, createdAt: daysAgo(now, 2), lines: [{ product: tshirt, quantity: 2 }] }),
    shopifyOrder({ number: 1002, createdAt: daysAgo(now, 3), lines: [{ product: mug }, { product: cookbook }] }),
    shopifyOrder({ number: 1003, createdAt: daysAgo(now, 4), country: 'DE', shipping: '6.95', lines: [{ product: tshirt }] }),
  ];
  return {
    name: 'shopify-healthy',
    description: 'Shopify demo-store → Exact (Handel): three healthy orders (NL, NL 21%+9%, DE); every check passes.',
    shopify: { stores: [demoStore(orders)] },
    exact: exactWorld([demoDivision(now)]),
    connections: [demoConnection(daysAgo(now, 30, 8))],
    expectations: orders.map((o) => expectOrder(o, {
      verdict: 'will-import',
      outcomes: { 1: 'pass', 2: 'pass', 3: 'pass', 4: 'pass', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' },
      note: 'Healthy order: will import on the next run.',
    })),
  };
}
