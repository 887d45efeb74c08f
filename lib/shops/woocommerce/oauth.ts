import type { WooCredentials } from './client';
import { OAUTH_SIGNATURE_METHOD, SIGNED_BASE_SCHEME } from './facts';

/**
 * OAuth 1.0a "one-legged" signing as WooCommerce verifies it (facts.ts has the source): for a
 * site where WordPress does not see HTTPS and so ignores Basic auth. The consumer secret only
 * keys the HMAC; it never travels. WebCrypto (crypto.subtle) exists in the worker and in Node.
 */

/** PHP's rawurlencode (RFC 3986): everything but unreserved characters percent-encoded. */
export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `METHOD&enc(url)&enc(k1=v1&k2=v2…)`, keys and values encoded, sorted by key byte order
 * (`uksort( $params, 'strcmp' )`). A repeated key keeps its last value, as PHP's $_GET does.
 */
export function signatureBaseString(method: string, baseUrl: string, params: Iterable<[string, string]>): string {
  const byKey = new Map(params);
  const sorted = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const joined = sorted.map(([key, value]) => `${rfc3986(key)}=${rfc3986(value)}`).join('&');
  return `${method.toUpperCase()}&${rfc3986(baseUrl)}&${rfc3986(joined)}`;
}

/** Base64 of HMAC-SHA256(key, text). */
export async function hmacSha256Base64(key: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bytes = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 32 random alphanumerics (the docs recommend 32 characters, unique per key). */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  // 62 symbols from 256 values: the slight bias does not matter for a nonce (uniqueness, not secrecy).
  return Array.from(bytes, (b) => NONCE_ALPHABET[b % NONCE_ALPHABET.length]).join('');
}

/** The scheme WordPress puts in the URL it signs over: `is_ssl() ? 'https' : 'http'`. */
export type SignScheme = 'http' | 'https';

/** The URL WordPress signs over: same host and path, the scheme it sees, no query. */
export function signedBaseUrl(url: URL, scheme: SignScheme = SIGNED_BASE_SCHEME): string {
  return `${scheme}://${url.host}${url.pathname}`;
}

/**
 * The request URL with its oauth_* parameters and signature added to the query string (the
 * docs call the query string the more reliable place). GET only: import-doctor never writes.
 */
export async function signGetUrl(
  url: URL,
  credentials: WooCredentials,
  nowMs: number,
  scheme: SignScheme = SIGNED_BASE_SCHEME,
  nonce: string = makeNonce(),
): Promise<string> {
  const oauth: [string, string][] = [
    ['oauth_consumer_key', credentials.consumerKey],
    ['oauth_nonce', nonce],
    ['oauth_signature_method', OAUTH_SIGNATURE_METHOD],
    ['oauth_timestamp', String(Math.floor(nowMs / 1000))],
  ];
  const params: [string, string][] = [...url.searchParams.entries(), ...oauth];
  const base = signatureBaseString('GET', signedBaseUrl(url, scheme), params);
  const signature = await hmacSha256Base64(`${credentials.consumerSecret}&`, base);
  const signedParams: [string, string][] = [...params, ['oauth_signature', signature]];
  const query = signedParams.map(([key, value]) => `${rfc3986(key)}=${rfc3986(value)}`).join('&');
  return `${url.origin}${url.pathname}?${query}`;
}
