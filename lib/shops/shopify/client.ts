import type { z } from 'zod';
import type { ConnectionProfile } from '../../model/connection';
import type { FailureKind } from '../../model/fetched';
import { OrderSchema, type Order } from '../../model/order';
import { ApiError } from '../../net/errors';
import { requestJson, type HttpDeps } from '../../net/http';
import { DEFAULT_RETRY, parseRetryAfter } from '../../net/retry';
import type { OrderListPage, ShopClient } from '../types';
import { shopHandleFromAddress } from './address';
import { mapShopifyOrder } from './map-order';
import {
  createdSinceSearch,
  LINE_ITEMS_PAGE_QUERY,
  ORDER_QUERY,
  orderGid,
  ORDERS_PAGE_COST,
  ORDERS_PAGE_QUERY,
  READ_ALL_ORDERS_SCOPE,
  SHOP_QUERY,
} from './query';
import {
  errorBodyMessage,
  GraphqlEnvelopeSchema,
  LineItemsPageDataSchema,
  normalizeErrors,
  OrderDataSchema,
  OrdersPageDataSchema,
  ShopDataSchema,
  throttleStatusOf,
  throttleWaitMs,
  type OrderData,
  type ShopifyLineItem,
  type ShopifyOrderNode,
} from './schemas';
import { issuesDetail, safeJson, shopError } from '../shared/errors';

/** The one Admin API version import-doctor speaks. */
export const SHOPIFY_API_VERSION = '2025-07';

export const CALL_ORDER = 'Shopify POST graphql order';
export const CALL_LINE_ITEMS = 'Shopify POST graphql order lineItems';
export const CALL_SHOP = 'Shopify POST graphql shop';
export const CALL_ORDERS = 'Shopify POST graphql orders';

/** Follow-up pages of line items we are willing to read (100 each); beyond that the answer is suspect. */
const MAX_EXTRA_LINE_PAGES = 50;
const ORDER_ID = /^[1-9][0-9]{0,19}$/;
/** Shopify's cursors are short base64 strings; a stored one beyond this is not Shopify's. */
const MAX_CURSOR_CHARS = 2000;

export interface ShopifyCredentials {
  accessToken: string;
}

export function shopifyGraphqlUrl(handle: string): string {
  return `https://${handle}.myshopify.com/admin/api/${SHOPIFY_API_VERSION}/graphql.json`;
}

export function createShopifyClient(
  profile: ConnectionProfile,
  credentials: ShopifyCredentials,
  http: HttpDeps,
): ShopClient {
  const handle = shopHandleFromAddress(profile.shopAddress);
  /** The cost bucket as Shopify last reported it, to pace list pages rather than run into THROTTLED. */
  let bucket: { maximum: number; available: number; restoreRate: number; at: number } | null = null;

  /**
   * How long until the bucket holds `cost` again, from the last report and the restore rate. Other
   * calls on the same bucket make this a lower bound: THROTTLED still covers what it misses.
   */
  function paceMs(cost: number): number {
    if (bucket === null) return 0;
    const available = Math.min(bucket.maximum, bucket.available + ((http.now() - bucket.at) / 1000) * bucket.restoreRate);
    return available >= cost ? 0 : Math.ceil(((cost - available) / bucket.restoreRate) * 1000);
  }

  /** One GraphQL query: transport errors from requestJson, GraphQL errors and data shape here. */
  async function graphql<T>(
    call: string,
    query: string,
    variables: Record<string, string | null>,
    dataSchema: z.ZodType<T>,
  ): Promise<{ data: T; status: number }> {
    if (handle === null) {
      throw shopError('not-connected', call, null, 'no valid Shopify shop address ({handle}.myshopify.com) in this connection');
    }
    // A 429 may carry THROTTLED with a throttle status in its body; describeError reads the body
    // before serverWait is asked, so the wait found there is handed over through this variable.
    let bodyThrottleMs: number | null = null;
    const response = await requestJson(
      {
        side: 'shop',
        call,
        url: shopifyGraphqlUrl(handle),
        method: 'POST',
        purpose: 'graphql-query',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': credentials.accessToken },
        body: JSON.stringify({ query, variables }),
        schema: GraphqlEnvelopeSchema,
        throttledWait: throttleWaitMs,
        describeError: (status, bodyText) => {
          bodyThrottleMs = throttleWaitMs(safeJson(bodyText));
          if (bodyThrottleMs !== null) return { kind: 'rate-limited', detail: 'throttled' };
          return describeHttpError(status, bodyText, handle);
        },
        serverWait: (res, now) => {
          const fromBody = bodyThrottleMs;
          bodyThrottleMs = null;
          const fromHeader = parseRetryAfter(res.headers.get('retry-after'), now);
          if (fromBody === null) return fromHeader;
          return fromHeader === null ? fromBody : Math.max(fromBody, fromHeader);
        },
      },
      http,
    );
    const { errors, data, extensions } = response.data;
    const status = throttleStatusOf(extensions);
    if (status !== null) bucket = { ...status, at: http.now() };
    if (errors !== undefined) {
      const list = normalizeErrors(errors);
      if (list.length > 0) {
        const denied = list.some((error) => error.code === 'ACCESS_DENIED');
        const detail = list.map((error) => (error.code ? `${error.code}: ${error.message}` : error.message)).join('; ');
        throw shopError(denied ? 'forbidden' : 'malformed', call, response.status, detail);
      }
    }
    const parsed = dataSchema.safeParse(data);
    if (!parsed.success) throw shopError('malformed', call, response.status, issuesDetail('unexpected answer shape', parsed.error));
    return { data: parsed.data, status: response.status };
  }

  /** A null order: invisible (older than 60 days without read_all_orders) or truly absent. */
  function missingOrder(orderId: string, data: OrderData, status: number): ApiError {
    const scopes = data.currentAppInstallation?.accessScopes.map((scope) => scope.handle);
    if (scopes === undefined) {
      return shopError(
        'not-visible',
        CALL_ORDER,
        status,
        `Shopify returned no order ${orderId} and did not list this app's access scopes; orders older than 60 days are shown only to apps with read_all_orders`,
      );
    }
    if (!scopes.includes(READ_ALL_ORDERS_SCOPE)) {
      return shopError('not-visible', CALL_ORDER, status, 'Shopify shows orders older than 60 days only to apps with read_all_orders');
    }
    return shopError('not-found', CALL_ORDER, status, `Shopify has no order ${orderId} in this shop`);
  }

  /** The line items beyond the first page (orders with more than 100 lines; rare). */
  async function remainingLineItems(orderId: string, endCursor: string | null | undefined): Promise<ShopifyLineItem[]> {
    const items: ShopifyLineItem[] = [];
    let cursor = endCursor;
    for (let page = 0; ; page += 1) {
      if (!cursor) throw shopError('malformed', CALL_LINE_ITEMS, null, 'line items: a next page without a cursor');
      if (page >= MAX_EXTRA_LINE_PAGES) throw shopError('malformed', CALL_LINE_ITEMS, null, 'line items: too many pages');
      const { data, status } = await graphql(CALL_LINE_ITEMS, LINE_ITEMS_PAGE_QUERY, { id: orderGid(orderId), after: cursor }, LineItemsPageDataSchema);
      if (data.order === null) throw shopError('not-found', CALL_LINE_ITEMS, status, `order ${orderId} disappeared while reading its line items`);
      const { nodes, pageInfo } = data.order.lineItems;
      items.push(...nodes);
      if (!pageInfo.hasNextPage) return items;
      if (pageInfo.endCursor === cursor) throw shopError('malformed', CALL_LINE_ITEMS, status, 'line items: the cursor did not advance');
      cursor = pageInfo.endCursor;
    }
  }

  /** An order node with all its line items, as the Order every check trusts (else malformed). */
  async function toOrder(call: string, orderId: string, node: ShopifyOrderNode, status: number): Promise<Order> {
    const lineItems = [...node.lineItems.nodes];
    if (node.lineItems.pageInfo.hasNextPage) {
      lineItems.push(...(await remainingLineItems(orderId, node.lineItems.pageInfo.endCursor)));
    }
    const order = OrderSchema.safeParse(mapShopifyOrder(node, lineItems));
    if (!order.success) {
      const which = call === CALL_ORDER ? 'order' : `order ${node.legacyResourceId}`;
      throw shopError('malformed', call, status, issuesDetail(`${which} does not fit the model`, order.error));
    }
    return order.data;
  }

  return {
    async getOrder(orderId: string): Promise<Order> {
      if (!ORDER_ID.test(orderId)) {
        throw shopError('not-found', CALL_ORDER, null, `"${orderId.slice(0, 40)}" is not a Shopify order id`);
      }
      const { data, status } = await graphql(CALL_ORDER, ORDER_QUERY, { id: orderGid(orderId) }, OrderDataSchema);
      const node = data.order;
      if (node === null) throw missingOrder(orderId, data, status);
      // The adapter promises an Order the checks can trust: anything that does not fit is malformed.
      return toOrder(CALL_ORDER, orderId, node, status);
    },

    /**
     * One page of `orders(first: ORDERS_PAGE_SIZE, query: "created_at:>='…'", sortKey: CREATED_AT)`,
     * oldest first; `next` is Shopify's endCursor (opaque, safe to store). The page size keeps the
     * query's cost low enough that a THROTTLED wait stays inside the worker (see query.ts). Orders
     * with more than LIST_LINE_ITEMS lines cost one more call each for their remaining lines.
     * Without read_all_orders Shopify lists only the last 60 days, whatever `since` says.
     */
    async listOrders(since: string, cursor: string | null): Promise<OrderListPage> {
      const sinceMs = Date.parse(since);
      if (Number.isNaN(sinceMs)) throw shopError('malformed', CALL_ORDERS, null, `"${since.slice(0, 40)}" is not an instant`);
      if (cursor !== null && (cursor === '' || cursor.length > MAX_CURSOR_CHARS)) {
        throw shopError('malformed', CALL_ORDERS, null, 'the stored page cursor is not a Shopify cursor');
      }
      // Rendered anew so nothing but an ISO instant ever reaches the search string; whole seconds, as
      // in Shopify's own examples (dropping the milliseconds only widens the window).
      const instant = new Date(sinceMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const variables = { query: createdSinceSearch(instant), after: cursor };
      // Wait for the points a page reserves instead of spending a request on THROTTLED; a wait
      // longer than the worker sleeps is handed to the caller (who pauses) without a request.
      const pace = paceMs(ORDERS_PAGE_COST);
      if (pace > DEFAULT_RETRY.maxWaitMs) {
        throw new ApiError({
          kind: 'rate-limited',
          side: 'shop',
          call: CALL_ORDERS,
          httpStatus: null,
          detail: `Shopify's query cost bucket refills for ${Math.ceil(pace / 1000)} s before the next page`,
          retryAt: new Date(http.now() + pace).toISOString(),
        });
      }
      if (pace > 0) await http.sleep(pace);
      const { data, status } = await graphql(CALL_ORDERS, ORDERS_PAGE_QUERY, variables, OrdersPageDataSchema);
      const { nodes, pageInfo } = data.orders;
      let next: string | null = null;
      if (pageInfo.hasNextPage) {
        if (!pageInfo.endCursor) throw shopError('malformed', CALL_ORDERS, status, 'orders: a next page without a cursor');
        if (pageInfo.endCursor === cursor) throw shopError('malformed', CALL_ORDERS, status, 'orders: the cursor did not advance');
        next = pageInfo.endCursor;
      }
      const orders: Order[] = [];
      for (const node of nodes) orders.push(await toOrder(CALL_ORDERS, node.legacyResourceId, node, status));
      return { orders, next };
    },

    async probeCredentials(): Promise<void> {
      await graphql(CALL_SHOP, SHOP_QUERY, {}, ShopDataSchema);
    },
  };
}

/** Refines an HTTP error answer: Shopify's own message as detail, and kinds for its special statuses. */
function describeHttpError(
  status: number,
  bodyText: string,
  handle: string,
): { kind?: FailureKind; detail?: string } | null {
  const message = errorBodyMessage(bodyText)?.message;
  const detail = message ? { detail: message } : {};
  if (status === 401) return { kind: 'unauthorized', detail: message ?? 'Shopify refused the access token' };
  if (status === 403) return { kind: 'forbidden', detail: message ?? 'the access token lacks a required scope' };
  // Frozen (unpaid) and locked shops: the credentials are fine, the shop refuses everyone.
  if (status === 402) return { kind: 'forbidden', detail: message ?? 'the shop is frozen (payment required)' };
  if (status === 423) return { kind: 'forbidden', detail: message ?? 'the shop is locked' };
  // A 404 from the endpoint itself means no such shop or API version, not "no such order".
  if (status === 404) return { kind: 'not-found', detail: `no Shopify Admin API at ${handle}.myshopify.com (${SHOPIFY_API_VERSION})` };
  return message ? detail : null;
}
