import { describe, expect, it } from 'vitest';
import type { SandboxResponse } from '../core/types';
import { CUSTOMER_KEY, HOST, ROOT_KEY, SUB_KEY, testWorld, WRITE_ONLY_KEY } from './fixtures';
import { wooHosts } from './hosts';
import { usedQueryStringKeys } from './rest/auth';
import { basic, sandboxRequest } from './test-support';
import type { WooKey } from './world';

const world = testWorld();
const [host] = wooHosts(world);
if (!host) throw new Error('no host');
const auth = (key: WooKey) => ({ authorization: basic(key.consumerKey, key.consumerSecret) });
const get = async (path: string, headers: Record<string, string> = auth(ROOT_KEY)): Promise<SandboxResponse> =>
  host.handle(sandboxRequest({ url: `https://${HOST}${path}`, headers }));
const body = (res: SandboxResponse): Record<string, unknown> => res.body as Record<string, unknown>;
const list = (res: SandboxResponse): Record<string, unknown>[] => res.body as Record<string, unknown>[];

describe('WooCommerce host', () => {
  it('plays each hostname once, as the shop side, and never allows a write', () => {
    expect(wooHosts(world).map((h) => h.hostnames)).toEqual([[HOST]]);
    expect(host.side).toBe('shop');
    expect(host.allowsWrite(sandboxRequest({ method: 'POST', url: `https://${HOST}/wp-json/wc/v3/orders`, headers: auth(ROOT_KEY) }))).toBe(false);
    expect(host.describe).toContain('/winkel');
  });
});

describe('GET /wp-json/wc/v3/orders/{id}', () => {
  it('answers the v3 order with Basic auth: WooCommerce field names, money strings, dates without offset', async () => {
    const res = await get('/wp-json/wc/v3/orders/701');
    expect(res.status).toBe(200);
    expect(res.headers?.['Content-Type']).toBe('application/json; charset=UTF-8');
    const order = body(res);
    expect(order).toMatchObject({
      id: 701,
      number: '701',
      status: 'processing',
      currency: 'EUR',
      prices_include_tax: true,
      // 10:00 UTC on 2025-06-29 is 12:00 in Amsterdam (summer time).
      date_created: '2025-06-29T12:00:00',
      date_created_gmt: '2025-06-29T10:00:00',
      date_paid_gmt: '2025-06-29T10:01:00',
      shipping_total: '4.09',
      shipping_tax: '0.86',
      billing: { country: 'NL', email: 'klant701@example.com' },
      shipping: { country: 'NL' },
    });
    expect(order['shipping']).not.toHaveProperty('email');
    const lines = order['line_items'] as Record<string, unknown>[];
    expect(lines.map((l) => [l['sku'], l['quantity'], l['total'], l['total_tax'], l['taxes']])).toEqual([
      ['TSHIRT-RED-M', 2, '41.24', '8.66', [{ id: 1, total: '8.66', subtotal: '8.66' }]],
      ['MUG-BLUE', 1, '10.33', '2.17', [{ id: 1, total: '2.17', subtotal: '2.17' }]],
    ]);
    expect(order['tax_lines']).toEqual([expect.objectContaining({ rate_id: 1, rate_code: 'NL-BTW HOOG-1', tax_total: '10.83', shipping_tax_total: '0.86' })]);
    // total = lines + taxes + shipping incl. tax = 2×24.95 + 12.50 + 4.95
    expect(order['total']).toBe('67.35');
    expect(order['total_tax']).toBe('11.69');
    expect(order['_links']).toEqual({
      self: [{ href: `https://${HOST}/wp-json/wc/v3/orders/701` }],
      collection: [{ href: `https://${HOST}/wp-json/wc/v3/orders` }],
    });
  });

  it("empty countries stay '', free shipping has no tax line, unpaid orders have date_paid null", async () => {
    const order = body(await get('/wp-json/wc/v3/orders/720'));
    expect(order).toMatchObject({ status: 'on-hold', date_paid: null, date_paid_gmt: null, shipping_total: '0.00', shipping_tax: '0.00', billing: { country: '' } });
    expect((order['shipping_lines'] as Record<string, unknown>[])[0]).toMatchObject({ method_id: 'free_shipping', taxes: [] });
  });

  it('serves the subfolder site under its path, with its number (not its id) as number', async () => {
    const order = body(await get('/winkel/wp-json/wc/v3/orders/9001', auth(SUB_KEY)));
    expect(order).toMatchObject({ id: 9001, number: 'W-1', status: 'awaiting-<b>pickup</b>' });
    expect((order['_links'] as { self: { href: string }[] }).self[0]?.href).toBe(`https://${HOST}/winkel/wp-json/wc/v3/orders/9001`);
  });

  it('each site knows only its own keys and orders', async () => {
    expect((await get('/winkel/wp-json/wc/v3/orders/9001', auth(ROOT_KEY))).status).toBe(401);
    expect((await get('/wp-json/wc/v3/orders/9001')).status).toBe(404);
    expect((await get('/winkel/wp-json/wc/v3/orders/701', auth(SUB_KEY))).status).toBe(404);
  });

  it('an unknown id is 404 woocommerce_rest_shop_order_invalid_id', async () => {
    const res = await get('/wp-json/wc/v3/orders/999');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'woocommerce_rest_shop_order_invalid_id', message: 'Invalid ID.', data: { status: 404 } });
  });

  it.each([
    ['no credentials', {}, 401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.'],
    // Basic with an unknown key sets no error in WooCommerce: the request runs as nobody.
    ['an unknown key', { authorization: basic(`ck_${'9'.repeat(40)}`, ROOT_KEY.consumerSecret) }, 401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.'],
    ['a wrong secret', { authorization: basic(ROOT_KEY.consumerKey, `cs_${'9'.repeat(40)}`) }, 401, 'woocommerce_rest_authentication_error', 'Consumer secret is invalid.'],
    ['a write-only key', auth(WRITE_ONLY_KEY), 401, 'woocommerce_rest_authentication_error', 'The API key provided does not have read permissions.'],
    ["a key whose user may not read orders", auth(CUSTOMER_KEY), 403, 'woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.'],
    ['a Bearer token', { authorization: 'Bearer abc' }, 401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.'],
  ])('%s → %s %s', async (_label, headers, status, code, message) => {
    const res = await get('/wp-json/wc/v3/orders/701', headers);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ code, message, data: { status } });
  });

  it('accepts the query-string keys as WooCommerce does (the extension must never use them)', async () => {
    const req = sandboxRequest({ url: `https://${HOST}/wp-json/wc/v3/orders/701?consumer_key=${ROOT_KEY.consumerKey}&consumer_secret=${ROOT_KEY.consumerSecret}` });
    expect((await host.handle(req)).status).toBe(200);
    expect(usedQueryStringKeys(req)).toBe(true);
    expect(usedQueryStringKeys(sandboxRequest({ url: `https://${HOST}/wp-json/wc/v3/orders/701` }))).toBe(false);
  });

  it('other routes are rest_no_route; the index lists wc/v3', async () => {
    for (const path of ['/wp-json/wc/v3/ordrs/1', '/wp-json/wc/v2/system_status', '/wp-json/wc/v3/orders/701/notes', '/wp-json/wc/v3/orders/abc']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(body(res)['code']).toBe('rest_no_route');
    }
    expect(body(await get('/wp-json/', {}))['namespaces']).toContain('wc/v3');
    // A wrong secret is refused before routing.
    expect((await get('/wp-json/wc/v3/nothing', { authorization: basic(ROOT_KEY.consumerKey, 'cs_x') })).status).toBe(401);
  });
});

describe('GET /wp-json/wc/v3/orders', () => {
  it('lists 10 per page by default, newest first, without trashed orders, with X-WP-Total and X-WP-TotalPages', async () => {
    const res = await get('/wp-json/wc/v3/orders');
    expect(res.status).toBe(200);
    expect(list(res).map((o) => o['id'])).toEqual([701, 702, 703, 704, 720]);
    expect(res.headers).toMatchObject({ 'X-WP-Total': '5', 'X-WP-TotalPages': '1' });
    expect(res.headers).not.toHaveProperty('Link');
  });

  it('pages with per_page and page, links next and prev, and answers [] beyond the last page', async () => {
    const first = await get('/wp-json/wc/v3/orders?per_page=2&orderby=id&order=asc');
    expect(list(first).map((o) => o['id'])).toEqual([701, 702]);
    expect(first.headers).toMatchObject({ 'X-WP-Total': '5', 'X-WP-TotalPages': '3' });
    expect(first.headers?.['Link']).toBe(`<https://${HOST}/wp-json/wc/v3/orders?per_page=2&orderby=id&order=asc&page=2>; rel="next"`);
    const third = await get('/wp-json/wc/v3/orders?per_page=2&orderby=id&order=asc&page=3');
    expect(list(third).map((o) => o['id'])).toEqual([720]);
    expect(third.headers?.['Link']).toContain('rel="prev"');
    const beyond = await get('/wp-json/wc/v3/orders?per_page=2&page=9');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toEqual([]);
    expect(beyond.headers).toMatchObject({ 'X-WP-Total': '5', 'X-WP-TotalPages': '3' });
  });

  it('filters by created date: after is exclusive, in GMT with dates_are_gmt, else in site time', async () => {
    // 702 was created 2025-06-28T10:00:00Z = 12:00 in Amsterdam.
    const ids = async (query: string) => list(await get(`/wp-json/wc/v3/orders?orderby=id&order=asc&${query}`)).map((o) => o['id']);
    expect(await ids('after=2025-06-28T09:59:59&dates_are_gmt=true')).toEqual([701, 702]);
    expect(await ids('after=2025-06-28T10:00:00&dates_are_gmt=true')).toEqual([701]);
    expect(await ids('after=2025-06-28T11:59:59')).toEqual([701, 702]);
    expect(await ids('after=2025-06-28T12:00:00')).toEqual([701]);
    expect(await ids('before=2025-06-27T00:00:00Z')).toEqual([704, 720]);
  });

  it('filters by status (any excludes trash); a custom status of the site is accepted', async () => {
    const ids = async (query: string) => list(await get(`/wp-json/wc/v3/orders?orderby=id&order=asc&${query}`)).map((o) => o['id']);
    expect(await ids('status=trash')).toEqual([705]);
    expect(await ids('status=on-hold,trash')).toEqual([705, 720]);
    expect(await ids('status=completed')).toEqual([]);
    expect(list(await get('/winkel/wp-json/wc/v3/orders?status=awaiting-<b>pickup</b>', auth(SUB_KEY)))).toHaveLength(1);
  });

  it.each([
    'per_page=101',
    'per_page=0',
    'per_page=ten',
    'page=0',
    'order=up',
    'orderby=total',
    'after=yesterday',
    'dates_are_gmt=maybe',
    'status=shipped',
  ])('refuses %s with 400 rest_invalid_param', async (query) => {
    const res = await get(`/wp-json/wc/v3/orders?${query}`);
    expect(res.status).toBe(400);
    expect(body(res)).toMatchObject({ code: 'rest_invalid_param', data: { status: 400 } });
    expect(String(body(res)['message'])).toMatch(/^Invalid parameter\(s\): /);
  });

  it('needs a key like the single order, with the list wording', async () => {
    const res = await get('/wp-json/wc/v3/orders', {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 401 } });
    expect((await get('/wp-json/wc/v3/orders', auth(CUSTOMER_KEY))).status).toBe(403);
  });
});
