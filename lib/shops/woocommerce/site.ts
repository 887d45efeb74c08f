import { parseShopAddress } from '../own-domain';

/**
 * The connection's `shopAddress` for WooCommerce is the WordPress site URL, over https, maybe in a
 * subfolder: `https://shop.example.nl` or `https://example.nl/shop`. The consumer key and secret
 * are sent only to that origin, so an address that is not a plain https URL is no address at all.
 */
export interface WooSite {
  /** `https://host[:port]`, lower-cased host, default port dropped (as URL.origin gives it). */
  origin: string;
  /** The site's path on its host without a trailing slash: '' at the root, '/shop' in a subfolder. */
  path: string;
}

/** The site an address names; null unless it is an https URL without credentials, query or fragment. */
export function wooSiteFromAddress(address: string | null): WooSite | null {
  const parsed = parseShopAddress(address);
  if (!parsed.ok) return null;
  const { url } = parsed;
  if (url.search !== '' || url.hash !== '') return null;
  const path = url.pathname.replace(/\/+$/, '');
  // A pasted admin or API address is not the site address; refuse rather than guess.
  if (/\/(?:wp-admin|wp-json)(?:\/|$)/.test(`${path}/`)) return null;
  return { origin: url.origin, path };
}

/** The site's base URL: origin and path, no trailing slash. */
export function siteBase(site: WooSite): string {
  return `${site.origin}${site.path}`;
}

/** Whether two site paths are the same (a path is compared without regard to case). */
export function samePath(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
