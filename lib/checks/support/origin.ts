/**
 * Scheme + host (+ a non-default port) of a URL, the way check 2 compares shop addresses:
 * lower-cased, without path or trailing slash, without :443 for https and :80 for http.
 * `www.shop.nl` and `shop.nl` stay different hosts, as they are for the connector.
 */
export function comparableOrigin(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      // URL already lower-cases scheme and host and drops the scheme's default port.
      return `${parsed.protocol}//${parsed.host}`.toLowerCase();
    }
  } catch {
    // Not a URL: fall through to a plain comparison.
  }
  return trimmed.toLowerCase().replace(/\/+$/, '');
}
