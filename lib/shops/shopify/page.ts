import type { ShopPage } from '../types';

/**
 * Shopify admin URL knowledge. Bundled into the content script, so: no zod, no network, no imports
 * beyond types.
 */

const ADMIN_HOST = 'admin.shopify.com';
/** A permanent store handle: the subdomain of *.myshopify.com (lower-case letters, digits, hyphens). */
const HANDLE = '[a-z0-9][a-z0-9-]{0,99}';
const MYSHOPIFY_HOST = new RegExp(`^(${HANDLE})\\.myshopify\\.com$`);
/** Numeric legacyResourceId (UnsignedInt64: at most 20 digits, never a leading zero). */
const ORDER_ID = '[1-9][0-9]{0,19}';

// Order pages only: list, drafts, refunds and other sub-pages do not match.
const NEW_ADMIN_ORDER = new RegExp(`^/store/(${HANDLE})/orders/(${ORDER_ID})/?$`);
const NEW_ADMIN_STORE = new RegExp(`^/store/(${HANDLE})(?:/|$)`);
const LEGACY_ADMIN_ORDER = new RegExp(`^/admin/orders/(${ORDER_ID})/?$`);

/** Only the real hosts over https on the default port; `admin.shopify.com.evil.test` is not Shopify. */
function isHttpsDefaultPort(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '';
}

/** The store handle of a Shopify admin URL (either admin shape), lower-case; null elsewhere. */
export function storeHandleFromUrl(url: URL): string | null {
  if (!isHttpsDefaultPort(url)) return null;
  const host = url.hostname.toLowerCase();
  if (host === ADMIN_HOST) {
    return NEW_ADMIN_STORE.exec(url.pathname.toLowerCase())?.[1] ?? null;
  }
  const legacy = MYSHOPIFY_HOST.exec(host);
  if (legacy && (url.pathname === '/admin' || url.pathname.startsWith('/admin/'))) return legacy[1] ?? null;
  return null;
}

function orderIdFromUrl(url: URL): string | null {
  if (!isHttpsDefaultPort(url)) return null;
  const host = url.hostname.toLowerCase();
  if (host === ADMIN_HOST) {
    return NEW_ADMIN_ORDER.exec(url.pathname.toLowerCase())?.[2] ?? null;
  }
  if (MYSHOPIFY_HOST.test(host)) {
    return LEGACY_ADMIN_ORDER.exec(url.pathname)?.[1] ?? null;
  }
  return null;
}

export const shopifyPage: ShopPage = {
  platform: 'shopify',
  matches: ['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*'],
  orderIdFromUrl,
};
