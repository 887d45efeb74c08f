/**
 * WooCommerce REST API v3 facts import-doctor relies on, in one place (source: ../shared/api/
 * woocommerce.md). Facts marked "(unconfirmed)" there, or read elsewhere, are flagged here so they
 * are easy to correct.
 */

/** Route prefix under the site URL (needs pretty permalinks; the `?rest_route=` fallback is not used). */
export const REST_BASE = '/wp-json/wc/v3';

/** Largest page size of a list (WP REST maximum; unconfirmed in Woo's own docs). */
export const MAX_PER_PAGE = 100;

/** List answers carry the number of pages in this header (and the count in X-WP-Total). */
export const TOTAL_PAGES_HEADER = 'x-wp-totalpages';

/** Error codes (body `{code, message, data: {status}}`). */
export const ERROR_CODES = {
  /** 404 on GET of an unknown order id. */
  invalidOrderId: 'woocommerce_rest_shop_order_invalid_id',
  /** 401 without an authenticated user, 403 when the key's user lacks the capability. */
  cannotView: 'woocommerce_rest_cannot_view',
  /** 401: bad consumer key or secret (and a key without read permission: unconfirmed message). */
  authentication: 'woocommerce_rest_authentication_error',
  /** 404: no such route (WooCommerce inactive, REST disabled, plain permalinks, wrong site path). */
  noRoute: 'rest_no_route',
} as const;

/**
 * Order statuses (REST drops the `wc-` prefix). `checkout-draft` comes from the block checkout,
 * `trash` is a trashed order; any other slug is a plugin's custom status.
 */
export const CORE_STATUSES = ['pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed'] as const;
export const DRAFT_STATUS = 'checkout-draft';
export const TRASH_STATUS = 'trash';

/*
 * `tax_lines[].rate_percent` (the rate in percent) exists in newer WooCommerce versions
 * (unconfirmed: not in the API notes). schemas.ts reads it when present; otherwise map-order.ts
 * derives a line's rate from its `total` and `total_tax`.
 */

/*
 * Authentication when WordPress does not see HTTPS (a proxy or CDN ends TLS and does not pass that
 * on). Source: woocommerce/woocommerce trunk, plugins/woocommerce/includes/class-wc-rest-authentication.php
 * (read at commit 170a893915f9b3318ad7784b78955fd29a955434), and the REST API docs
 * (woocommerce/woocommerce-rest-api-docs, source/includes/wp-api-v3/_authentication.md):
 * - `authenticate()`: `if ( is_ssl() ) { $user_id = $this->perform_basic_authentication(); }`,
 *   then, when no user, `return $this->perform_oauth_authentication();`. Basic auth and the
 *   `consumer_key`/`consumer_secret` query string are both read inside perform_basic_authentication,
 *   so neither counts unless is_ssl(). OAuth 1.0a is tried on every request, https or not.
 * - Basic with an unknown consumer key returns false WITHOUT an error (`if ( empty( $this->user ) )
 *   return false;`): the request runs as nobody and the route answers 401 `woocommerce_rest_cannot_view`
 *   — the same answer as Basic being ignored. A known key with a wrong secret gets 401
 *   `woocommerce_rest_authentication_error` "Consumer secret is invalid.".
 * - OAuth with an unknown key: 401 `woocommerce_rest_authentication_error` "Consumer key is invalid.",
 *   on any site; so a signed request tells a refused key from an ignored Basic header.
 * - Signature: base string `METHOD&rawurlencode(home URL of the path, scheme https if is_ssl() else
 *   http)&` + the sorted (`uksort strcmp`) parameters — every query parameter plus the oauth_*
 *   ones except oauth_signature — each key and value rawurlencode()d, joined `k=v` with `&`, and
 *   that whole string rawurlencode()d again (wc_rest_urlencode_rfc3986 in wc-rest-functions.php).
 *   Key = consumer secret + '&' (no token secret). `HMAC-SHA1` or `HMAC-SHA256` only. Base64.
 * - Timestamp within 15 minutes either way; a nonce may not repeat within that window (per key).
 * - The docs: "The OAuth parameters may be added as query string parameters or included in the
 *   Authorization header … query string should be more reliable"; `oauth_version` "should be omitted".
 */

/** Signed requests use this method (WooCommerce accepts HMAC-SHA1 and HMAC-SHA256). */
export const OAUTH_SIGNATURE_METHOD = 'HMAC-SHA256';

/**
 * The scheme of the URL in the signature base string when WordPress does not see HTTPS: `http`
 * (`is_ssl() ? 'https' : 'http'`). Host, port and path are the site address's; that the site's
 * home URL has the same host and path as the address the merchant entered is assumed (unconfirmed
 * for sites whose home URL differs, e.g. www. vs none — the docs say to sign "the store URL
 * provided by the index").
 */
export const SIGNED_BASE_SCHEME = 'http';
/*
 * A site that does see HTTPS but whose server does not pass the Authorization header on (the docs:
 * "Occasionally some servers may not parse the Authorization header correctly") ignores Basic too;
 * OAuth runs there as well, signed over https. Tried only when the http signature does not match.
 */

/** `$valid_window = 15 * 60`: a signed request's timestamp must be this close to the site's clock. */
export const OAUTH_WINDOW_MS = 15 * 60 * 1000;

/**
 * OAuth answers (all HTTP 401, code `woocommerce_rest_authentication_error`), by their message.
 * The messages are translatable (`__( '…', 'woocommerce' )`): a site in another language answers in
 * it, so these English texts only refine; decisions that matter do not rest on them alone (a wrong
 * clock is read from the answer's Date header).
 */
export const OAUTH_MESSAGES = {
  /** Unknown consumer key: a refused key on any site. */
  invalidKey: 'Consumer key is invalid.',
  /** Known key, wrong secret (the signature cannot match). */
  signatureMismatch: 'Invalid signature - provided signature does not match.',
  /** The clock of this computer differs from the site's by more than 15 minutes. */
  invalidTimestamp: 'Invalid timestamp.',
  invalidNonce: 'Invalid nonce - nonce has already been used.',
} as const;
