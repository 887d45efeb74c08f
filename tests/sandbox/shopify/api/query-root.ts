import { GraphQLError } from 'graphql';
import type { ShopifyOrder, ShopifyStore } from '../world';
import { paginate, readPageArgs, type Connection } from './connection';
import { DEFAULT_ORDER_WINDOW_DAYS, invalidGlobalId } from './facts';
import { compileOrderQuery } from './order-search';
import { orderView } from './order-view';

type Args = Record<string, unknown>;

/**
 * Without read_all_orders only the last 60 days of orders exist for the app: an older one looks
 * exactly like an unknown one (null, absent from lists).
 */
export function isVisible(store: ShopifyStore, order: ShopifyOrder, nowMs: number): boolean {
  if (store.readAllOrders) return true;
  return Date.parse(order.createdAt) >= nowMs - DEFAULT_ORDER_WINDOW_DAYS * 86_400_000;
}

const orderNumber = (o: ShopifyOrder): number => Number(o.name.replace(/\D/g, '')) || 0;

const SORT_VALUES: Record<string, (o: ShopifyOrder) => number | string> = {
  CREATED_AT: (o) => Date.parse(o.createdAt),
  PROCESSED_AT: (o) => Date.parse(o.processedAt ?? o.createdAt),
  UPDATED_AT: (o) => Date.parse(o.updatedAt ?? o.createdAt),
  ORDER_NUMBER: orderNumber,
  NUMBER: orderNumber,
  TOTAL_PRICE: (o) => Number(o.totalPrice),
  FINANCIAL_STATUS: (o) => o.displayFinancialStatus ?? '',
  FULFILLMENT_STATUS: (o) => o.displayFulfillmentStatus,
};

function sortOrders(orders: ShopifyOrder[], sortKey: string): ShopifyOrder[] {
  const value = SORT_VALUES[sortKey];
  const byId = (a: ShopifyOrder, b: ShopifyOrder): number => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id);
  // Sort keys computed once per order (a store may hold 10,000 orders, sorted again for every page).
  const keyed = orders.map((order) => ({ order, key: value ? value(order) : 0 }));
  keyed.sort((a, b) => {
    if (a.key < b.key) return -1;
    if (a.key > b.key) return 1;
    return byId(a.order, b.order); // ID, RELEVANCE, CUSTOMER_NAME: by id (ties too)
  });
  return keyed.map((entry) => entry.order);
}

/** The root value graphql-js resolves QueryRoot from, for one store at one moment. */
export function queryRoot(store: ShopifyStore, nowMs: number): Record<string, unknown> {
  const visible = (): ShopifyOrder[] => store.orders.filter((o) => isVisible(store, o, nowMs));
  const domain = `${store.handle}.myshopify.com`;
  return {
    shop: {
      id: `gid://shopify/Shop/${[...store.handle].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1e10, 7)}`,
      name: store.name,
      myshopifyDomain: domain,
      currencyCode: store.currencyCode ?? 'EUR',
    },
    currentAppInstallation: {
      id: 'gid://shopify/AppInstallation/1',
      accessScopes: ['read_orders', ...(store.readAllOrders ? ['read_all_orders'] : [])].map((handle) => ({
        handle,
        description: handle === 'read_orders' ? 'Read orders' : 'Read all orders',
      })),
    },
    order: (args: Args): object | null => {
      const gid = String(args['id']);
      const m = /^gid:\/\/shopify\/Order\/(\d+)$/.exec(gid);
      if (!m) throw new GraphQLError(invalidGlobalId(gid));
      const found = visible().find((o) => o.id === m[1]);
      return found ? orderView(found) : null;
    },
    orders: (args: Args): Connection<object> => {
      const page = readPageArgs(args);
      const matches = compileOrderQuery(typeof args['query'] === 'string' ? args['query'] : null);
      const sorted = sortOrders(visible().filter(matches), String(args['sortKey'] ?? 'ID'));
      const conn = paginate(sorted, (o) => o.id, page);
      return { ...conn, edges: conn.edges.map((e) => ({ ...e, node: orderView(e.node) })), nodes: conn.nodes.map(orderView) };
    },
  };
}
