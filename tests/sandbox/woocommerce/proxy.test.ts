import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SandboxResponse } from '../core/types';
import { HOST, NOW, ROOT_KEY, testWorld, WRITE_ONLY_KEY } from './fixtures';
import { wooHosts } from './hosts';
import { basic, sandboxRequest } from './test-support';
import type { WooKey } from './world';

/**
 * A WordPress site behind a TLS-terminating proxy (WordPress does not see HTTPS): WooCommerce
 * ignores Basic auth and query-string keys, and verifies OAuth 1.0a one-legged signatures.
 * Signatures here are made by hand with node:crypto, following the docs' recipe.
 */

const enc = (v: string): string => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

interface SignOptions {
  key?: WooKey;
  secret?: string;
  timestamp?: number;
  nonce?: string;
  method?: string;
  scheme?: 'http' | 'https';
  extra?: Record<string, string>;
}

/** `url` (https, as sent) signed over `scheme`://host/path, the oauth_* in the query string. */
function signed(path: string, o: SignOptions = {}): string {
  const key = o.key ?? ROOT_KEY;
  const url = new URL(`https://${HOST}${path}`);
  const params: Record<string, string> = {
    ...Object.fromEntries(url.searchParams),
    oauth_consumer_key: key.consumerKey,
    oauth_nonce: o.nonce ?? `nonce${Math.random().toString(36).slice(2)}`,
    oauth_signature_method: o.method ?? 'HMAC-SHA256',
    oauth_timestamp: String(o.timestamp ?? Math.floor(NOW / 1000)),
    ...o.extra,
  };
  const sorted = Object.keys(params).sort();
  const paramString = sorted.map((k) => `${enc(k)}=${enc(params[k] ?? '')}`).join('&');
  const base = `GET&${enc(`${o.scheme ?? 'http'}://${url.host}${url.pathname}`)}&${enc(paramString)}`;
  const algorithm = (o.method ?? 'HMAC-SHA256') === 'HMAC-SHA1' ? 'sha1' : 'sha256';
  const signature = createHmac(algorithm, `${o.secret ?? key.consumerSecret}&`).update(base).digest('base64');
  return `https://${HOST}${url.pathname}?${[...sorted.map((k) => `${enc(k)}=${enc(params[k] ?? '')}`), `oauth_signature=${enc(signature)}`].join('&')}`;
}

function proxied(now = NOW) {
  const world = testWorld();
  for (const site of world.sites) site.behindTlsProxy = true;
  const [host] = wooHosts(world, { now: () => now });
  if (!host) throw new Error('no host');
  return {
    world,
    get: async (url: string, headers: Record<string, string> = {}): Promise<SandboxResponse> => host.handle(sandboxRequest({ url, headers })),
  };
}

const codeOf = (res: SandboxResponse) => ({ status: res.status, ...(res.body as { code: string; message: string }) });

describe('WooCommerce behind a TLS-terminating proxy (sandbox)', () => {
  it('ignores Basic auth: 401 woocommerce_rest_cannot_view, as for nobody', async () => {
    const { get } = proxied();
    const res = await get(`https://${HOST}/wp-json/wc/v3/orders/701`, { authorization: basic(ROOT_KEY.consumerKey, ROOT_KEY.consumerSecret) });
    expect(codeOf(res)).toMatchObject({ status: 401, code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot view this resource.' });
    const list = await get(`https://${HOST}/wp-json/wc/v3/orders?per_page=1`, { authorization: basic(ROOT_KEY.consumerKey, ROOT_KEY.consumerSecret) });
    expect(codeOf(list)).toMatchObject({ status: 401, code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.' });
  });

  it('ignores query-string keys too (read in the same is_ssl()-guarded function)', async () => {
    const { get } = proxied();
    const res = await get(`https://${HOST}/wp-json/wc/v3/orders/701?consumer_key=${ROOT_KEY.consumerKey}&consumer_secret=${ROOT_KEY.consumerSecret}`);
    expect(codeOf(res)).toMatchObject({ status: 401, code: 'woocommerce_rest_cannot_view' });
  });

  it('accepts a request signed over http:// with HMAC-SHA256 or HMAC-SHA1, query parameters included', async () => {
    const { get } = proxied();
    expect((await get(signed('/wp-json/wc/v3/orders/701'))).status).toBe(200);
    expect((await get(signed('/wp-json/wc/v3/orders/701', { method: 'HMAC-SHA1' }))).status).toBe(200);
    const list = await get(signed('/wp-json/wc/v3/orders?per_page=2&after=2025-06-01T00%3A00%3A00&orderby=id&order=asc'));
    expect(list.status).toBe(200);
    expect((list.body as unknown[]).length).toBe(2);
  });

  it('accepts the oauth_* parameters in an Authorization: OAuth header as well', async () => {
    const { get } = proxied();
    const url = new URL(signed('/wp-json/wc/v3/orders/701'));
    const header = `OAuth ${[...url.searchParams].map(([k, v]) => `${k}="${enc(v)}"`).join(', ')}`;
    expect((await get(`https://${HOST}/wp-json/wc/v3/orders/701`, { authorization: header })).status).toBe(200);
  });

  it.each([
    ['a signature over https:// (WordPress signs over http here)', { scheme: 'https' as const }, 'Invalid signature - provided signature does not match.'],
    ['a wrong secret', { secret: `cs_${'9'.repeat(40)}` }, 'Invalid signature - provided signature does not match.'],
    ['an unknown key', { key: { ...ROOT_KEY, consumerKey: `ck_${'9'.repeat(40)}` } }, 'Consumer key is invalid.'],
    ['a method other than HMAC-SHA1/256', { method: 'PLAINTEXT' }, 'Invalid signature - signature method is invalid.'],
    ['a timestamp 16 minutes old', { timestamp: Math.floor(NOW / 1000) - 16 * 60 }, 'Invalid timestamp.'],
    ['a timestamp 16 minutes ahead', { timestamp: Math.floor(NOW / 1000) + 16 * 60 }, 'Invalid timestamp.'],
  ])('refuses %s: 401 woocommerce_rest_authentication_error', async (_label, options, message) => {
    const { get } = proxied();
    expect(codeOf(await get(signed('/wp-json/wc/v3/orders/701', options)))).toEqual({
      status: 401,
      code: 'woocommerce_rest_authentication_error',
      message,
      data: { status: 401 },
    });
  });

  it('accepts a timestamp 14 minutes off either way', async () => {
    const { get } = proxied();
    for (const minutes of [-14, 14]) expect((await get(signed('/wp-json/wc/v3/orders/701', { timestamp: Math.floor(NOW / 1000) + minutes * 60 }))).status).toBe(200);
  });

  it('refuses a nonce used before by the same key, not by another key', async () => {
    const { get } = proxied();
    const nonce = 'abcdefghijklmnopqrstuvwxyz012345';
    expect((await get(signed('/wp-json/wc/v3/orders/701', { nonce }))).status).toBe(200);
    expect(codeOf(await get(signed('/wp-json/wc/v3/orders/702', { nonce, timestamp: Math.floor(NOW / 1000) + 1 })))).toMatchObject({
      status: 401,
      message: 'Invalid nonce - nonce has already been used.',
    });
  });

  it('names the missing OAuth parameters when only some are sent', async () => {
    const { get } = proxied();
    const res = await get(`https://${HOST}/wp-json/wc/v3/orders/701?oauth_consumer_key=${ROOT_KEY.consumerKey}&oauth_nonce=x`);
    expect(codeOf(res)).toMatchObject({
      status: 401,
      code: 'woocommerce_rest_authentication_missing_parameter',
      message: 'Missing OAuth parameters oauth_timestamp, oauth_signature, oauth_signature_method',
    });
  });

  it("still applies the key's read permission to a signed request", async () => {
    const { get } = proxied();
    expect(codeOf(await get(signed('/wp-json/wc/v3/orders/701', { key: WRITE_ONLY_KEY })))).toMatchObject({
      status: 401,
      message: 'The API key provided does not have read permissions.',
    });
  });

  it('a site that sees HTTPS accepts Basic and also a request signed over https://', async () => {
    const [host] = wooHosts(testWorld(), { now: () => NOW });
    const get = (url: string, headers: Record<string, string> = {}) => host!.handle(sandboxRequest({ url, headers }));
    expect((await get(`https://${HOST}/wp-json/wc/v3/orders/701`, { authorization: basic(ROOT_KEY.consumerKey, ROOT_KEY.consumerSecret) })).status).toBe(200);
    expect((await get(signed('/wp-json/wc/v3/orders/701', { scheme: 'https' }))).status).toBe(200);
    expect((await get(signed('/wp-json/wc/v3/orders/701', { scheme: 'http' }))).status).toBe(401);
  });
});

describe('WooCommerce on https whose web server drops the Authorization header (sandbox)', () => {
  const dropping = () => {
    const world = testWorld();
    for (const site of world.sites) site.dropsAuthorizationHeader = true;
    const [host] = wooHosts(world, { now: () => NOW });
    return (url: string, headers: Record<string, string> = {}) => host!.handle(sandboxRequest({ url, headers }));
  };

  it('answers Basic as for nobody, accepts query-string keys (the docs\' workaround) and a request signed over https', async () => {
    const get = dropping();
    expect(codeOf(await get(`https://${HOST}/wp-json/wc/v3/orders/701`, { authorization: basic(ROOT_KEY.consumerKey, ROOT_KEY.consumerSecret) }))).toMatchObject({
      status: 401,
      code: 'woocommerce_rest_cannot_view',
    });
    expect((await get(`https://${HOST}/wp-json/wc/v3/orders/701?consumer_key=${ROOT_KEY.consumerKey}&consumer_secret=${ROOT_KEY.consumerSecret}`)).status).toBe(200);
    expect((await get(signed('/wp-json/wc/v3/orders/701', { scheme: 'https' }))).status).toBe(200);
    expect(codeOf(await get(signed('/wp-json/wc/v3/orders/701', { scheme: 'http' })))).toMatchObject({ message: 'Invalid signature - provided signature does not match.' });
  });
});
