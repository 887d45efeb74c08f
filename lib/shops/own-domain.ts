/**
 * Shops on the merchant's own domain (WooCommerce): the one reading of a shop address that every
 * path shares (options form, configuration import, stored rows, the permission asked for). The
 * keys are sent to this origin and the browser is asked for exactly it, so only a public https
 * origin counts: no http, no user:password@, no port of its own, no IP literal, no localhost or
 * single-label host, no wildcard (H2).
 */
export type AddressProblem = 'unparseable' | 'not-https' | 'credentials' | 'port' | 'ip-literal' | 'not-public' | 'wildcard';

export type ShopAddress = { ok: true; url: URL } | { ok: false; problem: AddressProblem };

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A top-level domain is letters (or an IDN's xn-- form): a numeric last label means an IP. */
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function parseShopAddress(address: string | null): ShopAddress {
  if (address === null) return { ok: false, problem: 'unparseable' };
  const text = address.trim();
  // URL() turns '*' into '%2A' or keeps it depending on the position: look at the raw text.
  if (text.includes('*')) return { ok: false, problem: 'wildcard' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'unparseable' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.port !== '') return { ok: false, problem: 'port' };
  const host = url.hostname;
  if (host.startsWith('[') || IPV4.test(host)) return { ok: false, problem: 'ip-literal' };
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2 || host === 'localhost' || tld === 'localhost' || !TLD.test(tld) || !labels.every((label) => LABEL.test(label))) {
    return { ok: false, problem: 'not-public' };
  }
  return { ok: true, url };
}

/** The host permission pattern import-doctor asks for: exactly the shop's origin, or null. */
export function ownDomainPattern(shopAddress: string | null): string | null {
  const parsed = parseShopAddress(shopAddress);
  return parsed.ok ? `${parsed.url.origin}/*` : null;
}
