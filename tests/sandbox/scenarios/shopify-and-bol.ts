import type { ExactDivision } from '../exact/world';
import { bolChecks } from './bol-checks';
import { shopifyChecks } from './shopify-checks';
import type { Scenario } from './types';

/**
 * One merchant, two connections booking into the same Exact division: the Shopify demo store and
 * the Bol.com demo account. Each order page must be judged with its own connection.
 */
export function shopifyAndBol(): Scenario {
  const shopify = shopifyChecks();
  const bol = bolChecks();
  const divisions = shopify.exact.divisions.map((division) => merged(division, bol.exact.divisions.find((d) => d.division === division.division)));
  return {
    name: 'shopify-and-bol',
    description: 'Shopify demo-store and the Bol.com demo account, both booking into the demo division.',
    shopify: shopify.shopify,
    ...(bol.bol ? { bol: bol.bol } : {}),
    exact: { ...shopify.exact, divisions },
    connections: [...shopify.connections, ...bol.connections],
    expectations: [...shopify.expectations, ...bol.expectations],
  };
}

/** The same division as both scenarios built it: master data from the first, documents of both. */
function merged(first: ExactDivision, second: ExactDivision | undefined): ExactDivision {
  if (!second) return first;
  const numbers = new Set(first.salesOrders.map((order) => order.OrderNumber));
  return { ...first, salesOrders: [...first.salesOrders, ...second.salesOrders.filter((order) => !numbers.has(order.OrderNumber))] };
}
