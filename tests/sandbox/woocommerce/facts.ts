/**
 * What the WooCommerce sandbox host says, in one place (source: ../shared/api/woocommerce.md unless
 * noted). Facts flagged "(unconfirmed)" there or here are easy to correct in this file.
 */

export const REST_PREFIX = '/wp-json';
export const NAMESPACE = 'wc/v3';

/** Error body: `{code, message, data: {status}}`. */
export function wooErrorBody(code: string, message: string, status: number, extra: Record<string, unknown> = {}) {
  return { code, message, data: { status, ...extra } };
}

export const ERRORS = {
  invalidId: { code: 'woocommerce_rest_shop_order_invalid_id', message: 'Invalid ID.', status: 404 },
  cannotView: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot view this resource.' },
  cannotList: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.' },
  badKey: { code: 'woocommerce_rest_authentication_error', message: 'Consumer key is invalid.', status: 401 },
  badSecret: { code: 'woocommerce_rest_authentication_error', message: 'Consumer secret is invalid.', status: 401 },
  /** A key with permission `write` only, on a read (unconfirmed: message from WC core, not in the notes). */
  noReadPermission: { code: 'woocommerce_rest_authentication_error', message: 'The API key provided does not have read permissions.', status: 401 },
  noRoute: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', status: 404 },
  /** WP core validation; exact wording unconfirmed. */
  invalidParam: { code: 'rest_invalid_param', status: 400 },
} as const;

/*
 * Authentication, as WC_REST_Authentication does it (woocommerce/woocommerce trunk,
 * plugins/woocommerce/includes/class-wc-rest-authentication.php, read at commit
 * 170a893915f9b3318ad7784b78955fd29a955434; docs: woocommerce-rest-api-docs
 * source/includes/wp-api-v3/_authentication.md):
 * - authenticate(): `if ( is_ssl() ) { $user_id = $this->perform_basic_authentication(); }`, then
 *   `return $this->perform_oauth_authentication();` when no user. Basic (PHP_AUTH_USER/PW) and the
 *   `consumer_key`/`consumer_secret` query string (read first) live in perform_basic_authentication,
 *   so a site where WordPress does not see HTTPS ignores both; OAuth is tried on every request.
 * - Basic, unknown key: `if ( empty( $this->user ) ) return false;` — no error, the request runs as
 *   nobody (the route's 401 woocommerce_rest_cannot_view). Known key, wrong secret: 'Consumer secret
 *   is invalid.'. An error set by Basic stays even if OAuth then finds a user.
 * - OAuth parameters: $_GET + $_POST, merged with an `Authorization: OAuth …` header's oauth_* ones.
 *   None of the five required → not OAuth at all (anonymous); some → 'Missing OAuth parameter(s) …'
 *   (code woocommerce_rest_authentication_missing_parameter). Then, in order: unknown key
 *   'Consumer key is invalid.'; check_oauth_signature (method, then the signature); then
 *   check_oauth_timestamp_and_nonce (15-minute window either way; nonce per key, stored as
 *   `used_nonces[ $timestamp ] = $nonce`, entries older than the window dropped).
 * - Base string: METHOD & rawurlencode( get_home_url( null, $request_path, is_ssl() ? 'https' : 'http' ) )
 *   & the params (oauth_signature removed) sorted with `uksort strcmp`, keys and values rawurlencoded,
 *   `k=v` rawurlencoded again and joined with '%26'. Key: consumer_secret . '&'. Received signature:
 *   `rawurldecode( str_replace( ' ', '+', … ) )`.
 * - After authentication, check_user_permissions: a GET needs permission read or read_write.
 */
export const OAUTH = {
  /** Seconds either side of the server's clock (`$valid_window = 15 * 60`). */
  windowSeconds: 15 * 60,
  methods: ['HMAC-SHA1', 'HMAC-SHA256'],
  required: ['oauth_consumer_key', 'oauth_timestamp', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method'],
  missingParameterCode: 'woocommerce_rest_authentication_missing_parameter',
} as const;

export const OAUTH_ERRORS = {
  badMethod: { code: 'woocommerce_rest_authentication_error', message: 'Invalid signature - signature method is invalid.', status: 401 },
  badSignature: { code: 'woocommerce_rest_authentication_error', message: 'Invalid signature - provided signature does not match.', status: 401 },
  badTimestamp: { code: 'woocommerce_rest_authentication_error', message: 'Invalid timestamp.', status: 401 },
  usedNonce: { code: 'woocommerce_rest_authentication_error', message: 'Invalid nonce - nonce has already been used.', status: 401 },
} as const;

/** per_page maximum (WP core default; unconfirmed in Woo's docs). */
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 10;

export const ORDERBY = ['date', 'id', 'include', 'title', 'slug'] as const;
export const CORE_STATUSES = ['pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'trash', 'checkout-draft'] as const;
/**
 * `status=any` (the default) lists every status except `trash` (unconfirmed whether
 * checkout-draft is listed under `any`; here it is).
 */
export const EXCLUDED_FROM_ANY = ['trash'] as const;

/** Headers every REST answer carries (WP core). */
export const REST_HEADERS = {
  'X-Robots-Tag': 'noindex',
  'X-Content-Type-Options': 'nosniff',
  'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
  'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
} as const;

/**
 * With HPOS on, WooCommerce answers the legacy edit URL `post.php?post={id}&action=edit` of an
 * order with a 301 to `admin.php?page=wc-orders&action=edit&id={id}`, keeping the other query
 * arguments (source: woocommerce/woocommerce, src/Internal/Admin/Orders/PostsRedirectionController.php;
 * not in the notes). The list `edit.php?post_type=shop_order` goes to `admin.php?page=wc-orders`.
 */
export const HPOS_REDIRECT_STATUS = 301;

/** WordPress admin messages (wp_die); status codes unconfirmed. */
export const ADMIN_MESSAGES = {
  noSuchPost: { status: 500, text: 'You attempted to edit an item that doesn’t exist. Perhaps it was deleted?' },
  noSuchOrder: { status: 500, text: 'You attempted to edit an order that does not exist. Perhaps it was deleted?' },
  noAccess: { status: 403, text: 'Sorry, you are not allowed to access this page.' },
} as const;

/** Status names the admin shows (wc_get_order_statuses()); a custom status shows its slug. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  pending: 'Pending payment',
  processing: 'Processing',
  'on-hold': 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
  failed: 'Failed',
  'checkout-draft': 'Draft',
  trash: 'Trash',
};
