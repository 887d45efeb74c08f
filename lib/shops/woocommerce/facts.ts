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
