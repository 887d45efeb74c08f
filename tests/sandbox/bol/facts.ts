/**
 * bol.com's wire facts the sandbox reproduces (source: ../shared/api/bol.md), in one place so an
 * unconfirmed one is easy to correct. "(unconfirmed)" / "(third-party)" as marked there.
 */

export const LOGIN_HOST = 'login.bol.com';
export const API_HOST = 'api.bol.com';
export const PARTNER_HOST = 'partner.bol.com';

/** §2: the token endpoint. */
export const TOKEN_PATH = '/token';
/** §2: ~5 minutes (third-party: `expires_in: 299`). */
export const TOKEN_LIFETIME_S = 299;
/** §2: the scope picqer validates for the client-credentials flow. */
export const TOKEN_SCOPE = 'RETAILER';

/** §3: every request's Accept, and every answer's Content-Type. */
export const MEDIA_TYPE = 'application/vnd.retailer.v10+json';
/** §3: a wrong or missing version (status unconfirmed: 406 or 415; we answer 406). */
export const WRONG_VERSION_STATUS = 406;

/** §4.1: orders per page of GET /retailer/orders (bol's OpenAPI spec v10: "a page size of 50 items"). */
export const PAGE_SIZE = 50;
/** §4.1 defaults when the parameter is omitted (both unconfirmed). */
export const DEFAULT_FULFILMENT_METHOD = 'FBR';
export const DEFAULT_STATUS = 'OPEN';
/** §4.1: an empty page comes back as `{}` without `orders` (unconfirmed; the client handles both). */
export const EMPTY_PAGE_BODY = {} as const;
/** §4.1: `latest-change-date` at most this many months back (OpenAPI spec v10: "Up to 3 months of history"). */
export const LATEST_CHANGE_MONTHS = 3;
/** §4.1: `change-interval-minute` at most 60 (OpenAPI spec v10: `maximum: 60`). */
export const CHANGE_INTERVAL_MAX_MINUTES = 60;
/**
 * bol's "Orders and Shipments" (Retailer API v10): the list "sorts all your currently open and
 * handled orders by the creation date in the descending order", and "handled orders will only
 * remain visible for 48 hours after being handled".
 */
export const LIST_NEWEST_FIRST = true;
export const HANDLED_VISIBLE_HOURS = 48;
/**
 * Asked with `latest-change-date`, the list reaches handled orders older than 48 hours (that is what
 * the parameter is for, per bol's docs); the day is Amsterdam's calendar day (unconfirmed).
 */
export const LATEST_CHANGE_DATE_ZONE = 'Europe/Amsterdam';
/**
 * GET /retailer/orders/{id} answers for every order of the retailer, however long ago it was
 * handled. How long bol keeps old orders readable by id is not documented (unconfirmed).
 */
export const SINGLE_READ_RETENTION_DAYS: number | null = null;

/** §6: production limits per endpoint (third-party copy of bol's table). */
export const RATE_LIMITS = {
  list: { limit: 25, windowMs: 60_000 },
  single: { limit: 25, windowMs: 1_000 },
  token: { limit: 100, windowMs: 60_000 }, // login.bol.com's own limit: unconfirmed, generous
} as const;

/** §7: seller-dashboard order pages live under this prefix, id in the path (exact pattern unconfirmed). */
export const SDD_ORDERS_PREFIX = '/sdd/orders/';
export const sddOrderUrl = (orderId: string): string => `https://${PARTNER_HOST}${SDD_ORDERS_PREFIX}${encodeURIComponent(orderId)}`;

/** §5: bol's problem body. `violations` may be absent on 404 (unconfirmed). */
export function problem(status: number, title: string, detail: string, instance: string, violations?: { name: string; reason: string }[]) {
  return {
    type: 'https://api.bol.com/problems',
    title,
    status,
    detail,
    host: 'Instance-42',
    instance,
    ...(violations ? { violations } : {}),
  };
}

/** OAuth-style error bodies of login.bol.com (wording unconfirmed). */
export const INVALID_CLIENT_BODY = { error: 'invalid_client', error_description: 'Bad client credentials' } as const;
export const unsupportedGrantBody = (grant: string | null) =>
  ({ error: 'unsupported_grant_type', error_description: `Unsupported grant type: ${grant ?? '(none)'}` }) as const;
