import type { z } from 'zod';
import type { ConnectionProfile } from '../../model/connection';
import type { FailureKind } from '../../model/fetched';
import { OrderSchema, type Order } from '../../model/order';
import { ApiError } from '../../net/errors';
import { requestJson, type HttpDeps } from '../../net/http';
import { parseRetryAfter } from '../../net/retry';
import type { ChangePage, ChangeQuery, ShopClient } from '../types';
import {
  BOL_CHANGE_DATE_TIME_ZONE,
  BOL_DETAIL_CONCURRENCY,
  BOL_LATEST_CHANGE_MAX_DAYS,
  BOL_MAX_CHANGE_INTERVAL_MINUTES,
  BOL_MEDIA_TYPE,
  BOL_ORDER_ID,
  BOL_ORDERS_PAGE_SIZE,
  CALL_ORDER,
  CALL_ORDERS,
  orderUrl,
  ordersUrl,
} from './facts';
import { mapBolOrder } from './map-order';
import { createGate, createPacer, type Pacer } from './pacer';
import { BolOrderSchema, BolReducedOrdersSchema, problemMessage } from './schemas';
import { skuSourceOf, type BolSkuSource } from './sku-source';
import { workerBolTokens, type BolCredentials, type BolTokens } from './token';
import { issuesDetail, shopError } from '../shared/errors';

export interface BolClientOptions {
  /** Default: this worker's shared token cache. */
  tokens?: BolTokens;
  /** Default: the connection's choice (see sku-source.ts). */
  skuSource?: BolSkuSource;
}

/** The furthest list page (50 orders each); beyond that the answer is suspect. */
const MAX_LIST_PAGE = 1000;
const REFUSED_DETAIL = 'bol.com refused the access token obtained with these client credentials';

/** bol's problem answers: its own `detail` as the detail, and the kinds of its special statuses. */
export function describeApiError(status: number, bodyText: string): { kind?: FailureKind; detail?: string } | null {
  const message = problemMessage(bodyText);
  if (status === 401) return { kind: 'unauthorized', detail: message ? `${REFUSED_DETAIL} (${message})` : REFUSED_DETAIL };
  if (status === 403) return { kind: 'forbidden', detail: message ?? 'these client credentials may not read orders' };
  // Wrong or missing version in Accept (status unconfirmed: 406 or 415): our bug, or bol moved on.
  if (status === 406 || status === 415) {
    return { kind: 'malformed', detail: `bol.com refused the API version ${BOL_MEDIA_TYPE}${message ? ` (${message})` : ''}` };
  }
  return message ? { detail: message } : null;
}

/** Retry-After first; a 429 without it waits for bol's `x-ratelimit-reset` (seconds). */
export function bolServerWait(response: Response, now: number): number | null {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now);
  if (retryAfter !== null || response.status !== 429) return retryAfter;
  const header = response.headers.get('x-ratelimit-reset');
  const reset = header === null || header.trim() === '' ? NaN : Number(header);
  return Number.isFinite(reset) && reset >= 0 ? Math.ceil(reset * 1000) : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The list's filter for a change query; a query bol cannot serve is our bug, said as such. */
function changesFilter(query: ChangeQuery): { day: string } | { minutes: number } {
  if (query.kind === 'day') {
    if (!DAY.test(query.day)) throw shopError('malformed', CALL_ORDERS, null, `"${query.day.slice(0, 20)}" is not a day`);
    return { day: query.day };
  }
  if (!Number.isInteger(query.minutes) || query.minutes < 1 || query.minutes > BOL_MAX_CHANGE_INTERVAL_MINUTES) {
    throw shopError('malformed', CALL_ORDERS, null, `bol.com lists changes of 1 to ${BOL_MAX_CHANGE_INTERVAL_MINUTES} minutes, not ${query.minutes}`);
  }
  return { minutes: query.minutes };
}

/** The latest of some instants (the list's items each carry their own latest change). */
function latestOf(instants: readonly string[]): string {
  return instants.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
}

/** A page cursor: the next page number, as plain data (survives a worker restart). */
function pageFromCursor(cursor: string | null): number {
  if (cursor === null) return 1;
  const page = /^[1-9][0-9]{0,5}$/.test(cursor) ? Number(cursor) : NaN;
  if (!Number.isInteger(page) || page > MAX_LIST_PAGE) {
    throw shopError('malformed', CALL_ORDERS, null, `"${cursor.slice(0, 20)}" is not a bol.com order-list cursor`);
  }
  return page;
}

export function createBolClient(
  profile: ConnectionProfile,
  credentials: BolCredentials,
  http: HttpDeps,
  options: BolClientOptions = {},
): ShopClient {
  const tokens = options.tokens ?? workerBolTokens;
  const skuSource = options.skuSource ?? skuSourceOf(profile);
  const connectionId = profile.id;

  // Detail reads run several at a time; the pacer keeps them inside bol's per-second window.
  const detailPacer = createPacer(http);
  const listGate = createGate(http, CALL_ORDERS);

  /** One GET with a bearer token; a 401 gets one fresh token and one more try, then it is a refusal. */
  async function get<T>(call: string, url: string, schema: z.ZodType<T>, pacer?: Pacer): Promise<{ data: T; status: number }> {
    const attempt = async (token: string) => {
      await pacer?.ready();
      let last: Response | null = null;
      try {
        return await requestJson(
          {
            side: 'shop',
            call,
            url,
            headers: { Accept: BOL_MEDIA_TYPE, Authorization: `Bearer ${token}` },
            schema,
            describeError: describeApiError,
            serverWait: bolServerWait,
            observe: (response) => {
              last = response;
            },
          },
          http,
        );
      } finally {
        pacer?.done(last);
      }
    };
    const token = await tokens.get(connectionId, credentials, http);
    try {
      const response = await attempt(token);
      return { data: response.data, status: response.status };
    } catch (error) {
      if (!(error instanceof ApiError) || error.failure.httpStatus !== 401) throw error;
      const renewed = await tokens.renew(connectionId, credentials, http, token);
      const response = await attempt(renewed);
      return { data: response.data, status: response.status };
    }
  }

  async function readOrder(orderId: string): Promise<Order> {
    if (!BOL_ORDER_ID.test(orderId)) {
      throw shopError('not-found', CALL_ORDER, null, `"${orderId.slice(0, 40)}" is not a bol.com order id`);
    }
    const { data, status } = await get(CALL_ORDER, orderUrl(orderId), BolOrderSchema, detailPacer);
    if (data.orderId !== orderId) {
      throw shopError('malformed', CALL_ORDER, status, `asked for order ${orderId}, bol.com answered order ${data.orderId.slice(0, 40)}`);
    }
    // The adapter promises an Order the checks can trust: anything that does not fit is malformed.
    const order = OrderSchema.safeParse(mapBolOrder(data, skuSource));
    if (!order.success) throw shopError('malformed', CALL_ORDER, status, issuesDetail('order does not fit the model', order.error));
    return order.data;
  }

  return {
    getOrder: readOrder,

    changeFeed: {
      maxRecentMinutes: BOL_MAX_CHANGE_INTERVAL_MINUTES,
      maxDaysBack: BOL_LATEST_CHANGE_MAX_DAYS,
      dayTimeZone: BOL_CHANGE_DATE_TIME_ZONE,
      detailConcurrency: BOL_DETAIL_CONCURRENCY,
      /**
       * One page of bol's list, filtered to the items changed on one day or in the last minutes;
       * the reduced orders carry no prices, countries or offer references (getOrder reads those).
       */
      async list(query: ChangeQuery, cursor: string | null): Promise<ChangePage> {
        const page = pageFromCursor(cursor);
        const { data } = await get(CALL_ORDERS, ordersUrl(page, changesFilter(query)), BolReducedOrdersSchema, listGate);
        const listed = data.orders ?? [];
        const changes = listed.map((order) => ({
          orderId: order.orderId,
          placedAt: order.orderPlacedDateTime,
          changedAt: latestOf(order.orderItems.map((item) => item.latestChangedDateTime)),
        }));
        const last = listed.length < BOL_ORDERS_PAGE_SIZE || page >= MAX_LIST_PAGE;
        return { changes, next: last ? null : String(page + 1) };
      },
    },

    async probeCredentials(): Promise<void> {
      // A token proves the client id and secret; one list page proves bol accepts it for orders.
      await get(CALL_ORDERS, ordersUrl(1), BolReducedOrdersSchema);
    },
  };
}
