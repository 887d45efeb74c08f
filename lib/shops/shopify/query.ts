/**
 * The GraphQL documents import-doctor sends to Shopify. Queries only: lib/net/read-only.ts refuses
 * anything else before it reaches the network.
 */

const LINE_ITEM_FIELDS = `nodes { name sku quantity currentQuantity taxLines { ratePercentage } }
      pageInfo { hasNextPage endCursor }`;

/** Page size of line items; the rest (rare) comes through LINE_ITEMS_PAGE_QUERY. */
export const LINE_ITEMS_PAGE_SIZE = 100;

/** The Order fields every read normalizes from (map-order.ts), with `lineItemsFirst` lines inline. */
function orderFields(lineItemsFirst: number): string {
  return `id legacyResourceId name createdAt cancelledAt cancelReason
    displayFinancialStatus displayFulfillmentStatus test currencyCode
    totalPriceSet { shopMoney { amount currencyCode } }
    totalShippingPriceSet { shopMoney { amount currencyCode } }
    billingAddress { countryCodeV2 }
    shippingAddress { countryCodeV2 }
    lineItems(first: ${lineItemsFirst}) {
      ${LINE_ITEM_FIELDS}
    }`;
}

/**
 * One order, plus the app's access scopes in the same round trip: a null order without
 * `read_all_orders` may simply be older than 60 days, and that must be told apart from "not found".
 */
export const ORDER_QUERY = `query ImportDoctorOrder($id: ID!) {
  order(id: $id) {
    ${orderFields(LINE_ITEMS_PAGE_SIZE)}
  }
  currentAppInstallation { accessScopes { handle } }
}`;

/**
 * Line items read inline per order of a list page; an order with more (rare) gets the rest through
 * LINE_ITEMS_PAGE_QUERY, as getOrder does.
 */
export const LIST_LINE_ITEMS = 10;

/**
 * Requested cost of one order in ORDERS_PAGE_QUERY, by Shopify's cost model (objects 1, scalars 0,
 * a connection 2 + first × node): the order 1, totalPriceSet + shopMoney 2, totalShippingPriceSet
 * + shopMoney 2, two addresses 1 each, lineItems 2 + LIST_LINE_ITEMS × (line 1 + taxLines 1).
 */
export const ORDER_NODE_COST = 1 + 2 + 2 + 1 + 1 + 2 + LIST_LINE_ITEMS * 2;

/**
 * The highest requested cost we let one list query reserve. Shopify refuses a query above 1000
 * (single query max cost), but the binding limit is lower: a THROTTLED answer asks us to wait
 * (requested − available) / restoreRate seconds, and lib/net sleeps at most 5 s in the worker
 * (DEFAULT_RETRY.maxWaitMs). On the standard plan (100 points/s) a 500-point query never needs
 * more than 5 s, so paging goes on in the worker instead of pausing the run for an alarm.
 */
export const MAX_LIST_QUERY_COST = 500;

/**
 * Orders per list page: as many as fit MAX_LIST_QUERY_COST (17 with 10 inline lines: 2 + 17 × 29
 * = 495), far below the connection's maximum of 250, which would cost 7,252 with these fields.
 */
export const ORDERS_PAGE_SIZE = Math.floor((MAX_LIST_QUERY_COST - 2) / ORDER_NODE_COST);

/** The requested cost of one list page (495), which the bucket must hold before the page is asked. */
export const ORDERS_PAGE_COST = 2 + ORDERS_PAGE_SIZE * ORDER_NODE_COST;

/**
 * A page of orders created at or after the instant in `$query`'s `created_at:>=` term, oldest
 * first (CREATED_AT ascending: an order placed while the run pages is appended behind the cursor,
 * not skipped before it).
 */
export const ORDERS_PAGE_QUERY = `query ImportDoctorOrders($query: String!, $after: String) {
  orders(first: ${ORDERS_PAGE_SIZE}, after: $after, query: $query, sortKey: CREATED_AT) {
    nodes {
      ${orderFields(LIST_LINE_ITEMS)}
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Shopify's search term for "created at or after" (`since` must already be a normalized ISO instant). */
export function createdSinceSearch(sinceIso: string): string {
  return `created_at:>='${sinceIso}'`;
}

/** The next page of an order's line items, after `$after`. */
export const LINE_ITEMS_PAGE_QUERY = `query ImportDoctorOrderLineItems($id: ID!, $after: String!) {
  order(id: $id) {
    lineItems(first: ${LINE_ITEMS_PAGE_SIZE}, after: $after) {
      ${LINE_ITEM_FIELDS}
    }
  }
}`;

/** The cheapest authenticated read: proves the token is accepted. */
export const SHOP_QUERY = `query ImportDoctorProbe { shop { name } }`;

export const READ_ALL_ORDERS_SCOPE = 'read_all_orders';

export function orderGid(orderId: string): string {
  return `gid://shopify/Order/${orderId}`;
}
