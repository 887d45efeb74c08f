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
/**
 * `GET /retailer/orders` answers at most this many orders per page (§4.1; bol's OpenAPI spec v10,
 * parameter `page`: "The requested page number with a page size of 50 items").
 */
export const BOL_ORDERS_PAGE_SIZE = 50;
/**
 * The plain list holds open orders and those handled in the last 48 hours only, newest first (bol's
 * "Orders and Shipments" and "Best practices - order process", Retailer API v10). So the window is
 * read as changes: `change-interval-minute` at most 60 (OpenAPI spec v10: `maximum: 60`), and
 * `latest-change-date` per day, "up to 3 months of history" (same spec).
 */
export const BOL_MAX_CHANGE_INTERVAL_MINUTES = 60;
/** Three calendar months are at least 89 days: days older than that are not asked. */
export const BOL_LATEST_CHANGE_MAX_DAYS = 89;
/** Which calendar a `latest-change-date` means: bol's own, Amsterdam (unconfirmed). */
export const BOL_CHANGE_DATE_TIME_ZONE = 'Europe/Amsterdam';
/**
 * A token is not used in its last 30 s (it must still be valid when a call ends: a call may take up
 * to 20 s). bol's tokens live 299 s (third-party), so one token serves about 4½ minutes of calls.
 */
export const BOL_TOKEN_REUSE_MARGIN_MS = 30_000;
/** The longest token lifetime we believe; a longer `expires_in` is capped (never trust a typo for a day). */
export const BOL_TOKEN_MAX_LIFETIME_MS = 3_600_000;
/** Detail reads run this many at a time (per-order limit: 25/s, third-party). */
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

/**
 * One page of the order list: every fulfilment method and status (the connector imports FBR and
 * FBB); optionally only the items whose latest change was on `day` (YYYY-MM-DD) or in the last
 * `minutes`.
 */
export function ordersUrl(page: number, changes?: { day: string } | { minutes: number }): string {
  const query = new URLSearchParams({ page: String(page), 'fulfilment-method': 'ALL', status: 'ALL' });
  if (changes && 'day' in changes) query.set('latest-change-date', changes.day);
  if (changes && 'minutes' in changes) query.set('change-interval-minute', String(changes.minutes));
  return `${BOL_API_BASE}/orders?${query.toString()}`;
}
