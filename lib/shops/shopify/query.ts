/**
 * The GraphQL documents import-doctor sends to Shopify. Queries only: lib/net/read-only.ts refuses
 * anything else before it reaches the network.
 */

const LINE_ITEM_FIELDS = `nodes { name sku quantity currentQuantity taxLines { ratePercentage } }
      pageInfo { hasNextPage endCursor }`;

/** Page size of line items; the rest (rare) comes through LINE_ITEMS_PAGE_QUERY. */
export const LINE_ITEMS_PAGE_SIZE = 100;

/**
 * One order, plus the app's access scopes in the same round trip: a null order without
 * `read_all_orders` may simply be older than 60 days, and that must be told apart from "not found".
 */
export const ORDER_QUERY = `query ImportDoctorOrder($id: ID!) {
  order(id: $id) {
    id legacyResourceId name createdAt cancelledAt cancelReason
    displayFinancialStatus displayFulfillmentStatus test currencyCode
    totalPriceSet { shopMoney { amount currencyCode } }
    totalShippingPriceSet { shopMoney { amount currencyCode } }
    billingAddress { countryCodeV2 }
    shippingAddress { countryCodeV2 }
    lineItems(first: ${LINE_ITEMS_PAGE_SIZE}) {
      ${LINE_ITEM_FIELDS}
    }
  }
  currentAppInstallation { accessScopes { handle } }
}`;

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
