import type { ShopPage } from '../types';

/**
 * WooCommerce admin URL knowledge. Bundled into the content script, so: no zod, no network, no
 * imports beyond types. A WooCommerce shop lives on the merchant's own domain (maybe in a
 * subfolder), so the page side recognises the two order screens on any host; which connection a
 * page belongs to is the adapter's `ownsPage` (origin and site path of the connection).
 *
 * - Legacy (posts storage): `{site}/wp-admin/post.php?post={id}&action=edit`
 * - HPOS: `{site}/wp-admin/admin.php?page=wc-orders&action=edit&id={id}`
 *
 * Query parameters may come in any order; a parameter given twice is ambiguous (PHP keeps the
 * last one, a reader the first) and is not recognised. Both http and https pages are recognised:
 * a shop still on http is exactly what check 2 must be able to tell the merchant about.
 */

/** WordPress post ids and HPOS order ids: positive integers (bigint columns; at most 20 digits). */
const ORDER_ID = /^[1-9][0-9]{0,19}$/;
/** `{site path}/wp-admin/{script}`; the site path may be empty (WordPress at the domain root). */
const ADMIN_SCRIPT = /^((?:\/[^/]+)*?)\/wp-admin\/(post\.php|admin\.php)$/;
const ADMIN_DIR = /^((?:\/[^/]+)*?)\/wp-admin(?:\/|$)/;

export type WooOrderScreen = 'legacy' | 'hpos';

export interface WooAdminOrderPage {
  screen: WooOrderScreen;
  orderId: string;
  /** The WordPress site's path on its host: '' at the root, '/shop' in a subfolder. */
  sitePath: string;
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  return values.length === 1 ? (values[0] ?? null) : null;
}

function isWebUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
}

/** The order screen `url` shows (legacy or HPOS edit screen), its order id and the site path; else null. */
export function wooOrderPageFromUrl(url: URL): WooAdminOrderPage | null {
  if (!isWebUrl(url)) return null;
  const match = ADMIN_SCRIPT.exec(url.pathname);
  if (!match) return null;
  const sitePath = match[1] ?? '';
  const params = url.searchParams;
  if (single(params, 'action') !== 'edit') return null;
  if (match[2] === 'post.php') {
    const id = single(params, 'post');
    return id !== null && ORDER_ID.test(id) ? { screen: 'legacy', orderId: id, sitePath } : null;
  }
  if (single(params, 'page') !== 'wc-orders') return null;
  const id = single(params, 'id');
  return id !== null && ORDER_ID.test(id) ? { screen: 'hpos', orderId: id, sitePath } : null;
}

/** The site path of any WordPress admin page (`/shop` for `/shop/wp-admin/...`); null elsewhere. */
export function wooSitePathFromAdminUrl(url: URL): string | null {
  if (!isWebUrl(url)) return null;
  const match = ADMIN_DIR.exec(url.pathname);
  return match ? (match[1] ?? '') : null;
}

/** The legacy edit screen of an order; with HPOS on, WooCommerce redirects it to the HPOS screen. */
export function legacyOrderPath(sitePath: string, orderId: string): string {
  return `${sitePath}/wp-admin/post.php?post=${encodeURIComponent(orderId)}&action=edit`;
}

/** The HPOS edit screen of an order. */
export function hposOrderPath(sitePath: string, orderId: string): string {
  return `${sitePath}/wp-admin/admin.php?page=wc-orders&action=edit&id=${encodeURIComponent(orderId)}`;
}

/**
 * The legacy screen (`post.php`) also edits blog posts and pages, which a URL cannot tell apart
 * from orders. The screen itself can: WordPress puts `post-type-shop_order` on the body of an
 * order's edit screen, WooCommerce `woocommerce_page_wc-orders` on the HPOS screen. A content
 * script may use this to show the panel only on real order screens.
 */
export function isWooOrderScreenBody(bodyClasses: string): boolean {
  const classes = bodyClasses.split(/\s+/);
  return classes.includes('post-type-shop_order') || classes.includes('woocommerce_page_wc-orders');
}

export const wooPage: ShopPage = {
  platform: 'woocommerce',
  // The merchant's own domain: the content script is registered at runtime for granted origins.
  matches: [],
  orderIdFromUrl: (url) => wooOrderPageFromUrl(url)?.orderId ?? null,
};
