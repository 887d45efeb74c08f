import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS, KEY, SECRET } from './fixtures';
import { hmacSha256Base64, makeNonce, rfc3986, signatureBaseString, signedBaseUrl, signGetUrl } from './oauth';

/** PHP's rawurlencode, written independently: every byte outside A-Z a-z 0-9 - _ . ~ as %XX. */
function phpRawurlencode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

describe('OAuth 1.0a one-legged signing (WooCommerce)', () => {
  it("builds the docs' published base string example", () => {
    // woocommerce-rest-api-docs, _authentication.md, "Example signature base string".
    const base = signatureBaseString('GET', 'http://www.example.com/wp-json/wc/v3/orders', [
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_consumer_key', 'abc123'],
    ]);
    expect(base).toBe('GET&http%3A%2F%2Fwww.example.com%2Fwp-json%2Fwc%2Fv3%2Forders&oauth_consumer_key%3Dabc123%26oauth_signature_method%3DHMAC-SHA1');
  });

  it('encodes as PHP rawurlencode does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(rfc3986(value)).toBe(phpRawurlencode(value));
      }),
    );
  });

  it('HMAC-SHA256 with the secret and "&" as key equals node:crypto', async () => {
    const text = 'GET&http%3A%2F%2Fshop.example.nl%2Fwp-json%2Fwc%2Fv3%2Forders&per_page%3D1';
    const expected = createHmac('sha256', `${SECRET}&`).update(text).digest('base64');
    expect(await hmacSha256Base64(`${SECRET}&`, text)).toBe(expected);
  });

  it('signs a GET over http:// of the same host and path, with every query parameter, the secret never in the URL', async () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    const url = new URL('https://shop.example.nl/winkel/wp-json/wc/v3/orders?after=2025-05-01T00%3A00%3A00&per_page=100&page=2');
    const signed = new URL(await signGetUrl(url, CREDENTIALS, now, 'http', 'n0nce0123456789n0nce0123456789ab'));
    expect(signed.origin + signed.pathname).toBe('https://shop.example.nl/winkel/wp-json/wc/v3/orders');
    expect(signed.href).not.toContain(SECRET);
    expect(signed.searchParams.get('oauth_consumer_key')).toBe(KEY);
    expect(signed.searchParams.get('oauth_timestamp')).toBe('1748779200');
    expect(signed.searchParams.get('oauth_signature_method')).toBe('HMAC-SHA256');
    expect(signed.searchParams.has('oauth_version')).toBe(false);

    // The vector, computed independently: base string by hand, HMAC by node:crypto.
    const params =
      `after=${phpRawurlencode('2025-05-01T00:00:00')}&oauth_consumer_key=${KEY}&oauth_nonce=n0nce0123456789n0nce0123456789ab` +
      `&oauth_signature_method=HMAC-SHA256&oauth_timestamp=1748779200&page=2&per_page=100`;
    const base = `GET&${phpRawurlencode('http://shop.example.nl/winkel/wp-json/wc/v3/orders')}&${phpRawurlencode(params)}`;
    const expected = createHmac('sha256', `${SECRET}&`).update(base).digest('base64');
    expect(signed.searchParams.get('oauth_signature')).toBe(expected);
    // Base64's + and / travel percent-encoded (PHP would read a bare + as a space).
    expect(signed.search).not.toMatch(/oauth_signature=[^&]*[+/=]/);
  });

  it('keeps a non-default port in the signed URL', () => {
    expect(signedBaseUrl(new URL('https://shop.example.nl:8443/wp-json/wc/v3/orders?x=1'))).toBe('http://shop.example.nl:8443/wp-json/wc/v3/orders');
  });

  it('makes 32-character alphanumeric nonces that do not repeat', () => {
    const nonces = Array.from({ length: 200 }, makeNonce);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
