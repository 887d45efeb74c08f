/**
 * The bol.com Retailer API facts the client relies on (source: ../shared/api/bol.md), in one place
 * so an unconfirmed one is easy to correct.
 */

/** Client-credentials token request (§2): Basic auth, grant type in the query. */
export const BOL_TOKEN_URL = 'https://login.bol.com/token?grant_type=client_credentials';
/** Production Retailer API (§3). */
export const BOL_API_BASE = 'https://api.bol.com/retailer';
/** Orders are still v10 as of release 10.20 (§1; whether any resource moved to v11 is unconfirmed). */
export const BOL_MEDIA_TYPE = 'application/vnd.retailer.v10+json';
/** `GET /retailer/orders` answers at most this many orders per page (§4.1). */
export const BOL_ORDERS_PAGE_SIZE = 50;
/**
 * A token is not used in its last 30 s (it must still be valid when a call ends: a call may take up
 * to 20 s). bol's tokens live 299 s (third-party), so one token serves about 4½ minutes of calls.
 */
export const BOL_TOKEN_REUSE_MARGIN_MS = 30_000;
/** The longest token lifetime we believe; a longer `expires_in` is capped (never trust a typo for a day). */
export const BOL_TOKEN_MAX_LIFETIME_MS = 3_600_000;
/** Detail reads of one `listOrders` page run this many at a time (per-order limit: 25/s, third-party). */
export const BOL_DETAIL_CONCURRENCY = 4;

/** Names of the calls in technical detail (never secrets). */
export const CALL_TOKEN = 'Bol.com POST login.bol.com/token';
export const CALL_ORDER = 'Bol.com GET retailer/orders/{order-id}';
export const CALL_ORDERS = 'Bol.com GET retailer/orders';

/** bol order ids as they appear in API paths: digits and letters ("1043946570", "A2K8290LP8"). */
export const BOL_ORDER_ID = /^[A-Za-z0-9]{1,40}$/;

export function orderUrl(orderId: string): string {
  return `${BOL_API_BASE}/orders/${encodeURIComponent(orderId)}`;
}

/** One page of the order list: every fulfilment method and status (the connector imports FBR and FBB). */
export function ordersUrl(page: number): string {
  const query = new URLSearchParams({ page: String(page), 'fulfilment-method': 'ALL', status: 'ALL' });
  return `${BOL_API_BASE}/orders?${query.toString()}`;
}
