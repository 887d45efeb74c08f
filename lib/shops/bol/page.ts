import type { ShopPage } from '../types';

/**
 * Bol.com seller dashboard (SDD) URL knowledge. Bundled into the content script, so: no zod, no
 * network, no imports beyond types.
 *
 * The order detail path is UNCONFIRMED (api/bol.md §7: "under partner.bol.com/sdd/orders/… with the
 * orderId in the path"). Everything that depends on it is in this block, so a look at a live
 * account corrects it in one place.
 */
export const SDD_HOST = 'partner.bol.com';
/** The SDD is a single-page app under this prefix: the content script runs on all of it. */
export const SDD_PREFIX = '/sdd/';
/** Where order pages live; the link import-doctor builds is `${SDD_ORDERS_PATH}{orderId}`. */
export const SDD_ORDERS_PATH = '/sdd/orders/';
/**
 * An order page, matched loosely: the order id is the last path segment under /sdd/orders/,
 * optionally behind one word segment ("details", "open", …) other than the known non-order areas.
 * An id is 6–32 letters and digits with at least one digit (bol ids: "1043946570", "A2K8290LP8"),
 * so `/sdd/orders/invoices` or `/sdd/orders/overview` never look like an order.
 */
const ORDER_ID = '(?=[A-Za-z]*[0-9])[A-Za-z0-9]{6,32}';
const NOT_ORDER_AREAS = '(?!(?:invoices|returns|cancellations|shipments)/)';
export const SDD_ORDER_PAGE = new RegExp(`^/sdd/orders/(?:${NOT_ORDER_AREAS}[a-z][a-z-]{0,39}/)?(${ORDER_ID})/?$`, 'i');

/** Only the real host over https on the default port; `partner.bol.com.evil.test` is not bol. */
export function isSellerDashboard(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    url.hostname.toLowerCase() === SDD_HOST &&
    (url.pathname === SDD_PREFIX.slice(0, -1) || url.pathname.startsWith(SDD_PREFIX))
  );
}

function orderIdFromUrl(url: URL): string | null {
  if (!isSellerDashboard(url)) return null;
  return SDD_ORDER_PAGE.exec(url.pathname)?.[1] ?? null;
}

/** The SDD page of one order (for links from the popup). */
export function sellerDashboardOrderUrl(orderId: string): string {
  return `https://${SDD_HOST}${SDD_ORDERS_PATH}${encodeURIComponent(orderId)}`;
}

export const bolPage: ShopPage = {
  platform: 'bol',
  matches: [`https://${SDD_HOST}${SDD_PREFIX}*`],
  orderIdFromUrl,
};
