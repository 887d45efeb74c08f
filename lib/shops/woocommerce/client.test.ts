import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { CALL_LIST, CALL_PROBE, createWooClient, type WooCredentials } from './client';
import { fakeHttp, type FakeAnswer } from './fake-http';
import { CREDENTIALS, KEY, SECRET, wooError, wooOrder, wooProfile } from './fixtures';

function clientWith(script: Parameters<typeof fakeHttp>[0], shopAddress?: string | null, credentials: WooCredentials = CREDENTIALS) {
  const fake = fakeHttp(script);
  const client = createWooClient(wooProfile(shopAddress), credentials, fake.deps);
  return { client, ...fake };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error.failure;
    throw error;
  }
  throw new Error('expected an ApiError');
}

const ok = (body: unknown, headers?: Record<string, string>): FakeAnswer => ({ body, ...(headers ? { headers } : {}) });
const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;
const SECURITY_PAGE = '<!DOCTYPE html><html><head><title>Access denied</title></head><body>Your access to this site has been limited by the site owner</body></html>';

describe('WooCommerce getOrder: request', () => {
  it('GETs the v3 order with Basic auth over https, never the keys in the query string', async () => {
    const { client, requests } = clientWith([ok(wooOrder())]);
    await client.getOrder('727');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('https://shop.example.nl/wp-json/wc/v3/orders/727');
    expect(request?.method).toBe('GET');
    expect(request?.headers['authorization']).toBe(BASIC);
    expect(request?.url).not.toContain('consumer_');
    expect(request?.url).not.toContain(KEY);
    expect(request?.url).not.toContain(SECRET);
  });

  it('reaches a site in a subfolder, whatever the trailing slash', async () => {
    const { client, requests } = clientWith([ok(wooOrder())], 'https://Example.nl/shop/');
    await client.getOrder('727');
    expect(requests[0]?.url).toBe('https://example.nl/shop/wp-json/wc/v3/orders/727');
  });

  it.each([null, 'http://shop.example.nl', 'shop.example.nl', 'https://u:p@shop.example.nl', 'https://shop.example.nl/wp-admin'])(
    'never sends the key to a site address like %j',
    async (address) => {
      const { client, requests } = clientWith([ok(wooOrder())], address);
      expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'not-connected', side: 'shop' });
      expect(await failureOf(client.probeCredentials())).toMatchObject({ kind: 'not-connected', call: CALL_PROBE });
      expect(await failureOf(client.listOrders?.('2025-05-01T00:00:00Z', null) ?? Promise.resolve())).toMatchObject({ kind: 'not-connected' });
      expect(requests).toHaveLength(0);
    },
  );

  it.each([
    { consumerKey: 'cs_abc', consumerSecret: SECRET },
    { consumerKey: KEY, consumerSecret: 'ck_abc' },
    { consumerKey: 'ck_ä', consumerSecret: SECRET },
    { consumerKey: '', consumerSecret: '' },
  ])('refuses to send a key that is not a ck_/cs_ pair: %j', async (credentials) => {
    const { client, requests } = clientWith([ok(wooOrder())], undefined, credentials);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'not-connected' });
    expect(requests).toHaveLength(0);
  });

  it.each(['', 'abc', '12a', '0', '01', '-1', '1'.repeat(21), '1/../2'])('refuses order id %j without a request', async (id) => {
    const { client, requests } = clientWith([ok(wooOrder())]);
    expect(await failureOf(client.getOrder(id))).toMatchObject({ kind: 'not-found', httpStatus: null });
    expect(requests).toHaveLength(0);
  });
});

describe('WooCommerce getOrder: answers', () => {
  it('maps a full answer to an Order that parses with OrderSchema', async () => {
    const { client } = clientWith([ok(wooOrder())]);
    const order = await client.getOrder('727');
    expect(OrderSchema.parse(order)).toEqual(order);
    expect(order).toMatchObject({ platform: 'woocommerce', orderId: '727', orderNumber: '727', total: { amount: 57.55, currency: 'EUR' } });
  });

  it('the documented example (trimmed) is malformed only for what the mapping needs', async () => {
    const example = {
      id: 727, parent_id: 0, number: '727', status: 'processing', currency: 'EUR',
      date_created: '2024-06-20T12:28:02', date_created_gmt: '2024-06-20T10:28:02', total: '29.35',
      billing: { first_name: 'Jan', last_name: 'Jansen', country: 'NL', email: 'jan@example.com', phone: '' },
      shipping: { first_name: 'Jan', last_name: 'Jansen', country: 'BE' },
      line_items: [{ id: 315, name: 'Mok', product_id: 93, variation_id: 0, quantity: 2, sku: 'MOK-01', price: 3, total: '6.00', total_tax: '0.45' }],
    };
    const { client } = clientWith([ok(example)]);
    const failure = await failureOf(client.getOrder('727'));
    expect(failure).toMatchObject({ kind: 'malformed', httpStatus: 200 });
    expect(failure.detail).toContain('shipping_total');
    const full = clientWith([ok({ ...example, shipping_total: '10.00', shipping_tax: '0.00' })]);
    expect(await full.client.getOrder('727')).toMatchObject({ shippingTotal: 10, createdAt: '2024-06-20T10:28:02Z', lines: [{ sku: 'MOK-01', vatRate: 7.5 }] });
  });

  it.each([
    ['no number', { number: '' }],
    ['a currency that is not a code', { currency: 'EURO' }],
    ['a created date that is no date', { date_created_gmt: '2025-13-40T99:99:99' }],
    ['no created date', { date_created_gmt: null }],
    ['money with an exponent', { total: '1e5' }],
    ['line items missing', { line_items: null }],
  ])('%s is malformed', async (_label, overrides) => {
    const { client } = clientWith([ok(wooOrder(overrides))]);
    expect(await failureOf(client.getOrder('727'))).toMatchObject({ kind: 'malformed', side: 'shop', call: 'WooCommerce GET orders/727' });
  });
});

describe('WooCommerce errors', () => {
  it.each([
    [401, wooError('woocommerce_rest_authentication_error', 'Consumer key is invalid.', 401), 'unauthorized', 'Consumer key is invalid.'],
    [401, wooError('woocommerce_rest_authentication_error', 'Consumer secret is invalid.', 401), 'unauthorized', 'Consumer secret is invalid.'],
    [401, wooError('woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.', 401), 'unauthorized', 'Authorization header'],
    [403, wooError('woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.', 403), 'forbidden', 'may not read orders'],
    [404, wooError('woocommerce_rest_shop_order_invalid_id', 'Invalid ID.', 404), 'not-found', 'woocommerce_rest_shop_order_invalid_id: Invalid ID.'],
    [404, wooError('rest_no_route', 'No route was found matching the URL and request method.', 404), 'not-connected', 'https://shop.example.nl/wp-json/wc/v3'],
    [404, '<!doctype html><html><title>Page not found</title></html>', 'not-connected', 'HTML page, HTTP 404'],
    [403, SECURITY_PAGE, 'malformed', 'security plugin'],
    [401, '<html><body>401 Authorization Required</body></html>', 'malformed', 'password protection'],
    [400, wooError('rest_invalid_param', 'Invalid parameter(s): id', 400), 'malformed', 'rest_invalid_param'],
  ])('HTTP %s %j → %s', async (status, body, kind, detail) => {
    const { client } = clientWith([{ status, body }]);
    const failure = await failureOf(client.getOrder('727'));
    expect(failure).toMatchObject({ kind, side: 'shop', httpStatus: status });
    expect(failure.detail).toContain(detail);
    expect(JSON.stringify(failure)).not.toContain(SECRET);
  });

  it('a 200 HTML page (a challenge page, a login page) is malformed', async () => {
    const { client } = clientWith([{ body: SECURITY_PAGE, headers: { 'content-type': 'text/html' } }]);
    expect(await failureOf(client.getOrder('727'))).toMatchObject({ kind: 'malformed', httpStatus: 200 });
  });

  it('truncated JSON is malformed', async () => {
    const { client } = clientWith([{ body: JSON.stringify(wooOrder()).slice(0, 200) }]);
    expect(await failureOf(client.getOrder('727'))).toMatchObject({ kind: 'malformed' });
  });

  it('retries a 503 and a 429 with Retry-After, then reads the order', async () => {
    const { client, requests, sleep } = clientWith([
      { status: 503, body: '<html>Service Unavailable</html>' },
      { status: 429, body: wooError('too_many_requests', 'Slow down', 429), headers: { 'Retry-After': '2' } },
      ok(wooOrder()),
    ]);
    expect((await client.getOrder('727')).orderNumber).toBe('727');
    expect(requests).toHaveLength(3);
    expect(sleep).toHaveBeenLastCalledWith(2000);
  });

  it('a 500 that stays is a server failure', async () => {
    const { client } = clientWith([{ status: 500, body: wooError('internal_server_error', 'There has been a critical error on this website.', 500) }]);
    expect(await failureOf(client.getOrder('727'))).toMatchObject({ kind: 'server', httpStatus: 500, detail: 'internal_server_error: There has been a critical error on this website.' });
  });
});

describe('WooCommerce probeCredentials', () => {
  it('lists one order (proves the key and its right to read orders)', async () => {
    const { client, requests } = clientWith([ok([], { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' })]);
    await client.probeCredentials();
    expect(requests[0]?.url).toBe('https://shop.example.nl/wp-json/wc/v3/orders?per_page=1');
    expect(requests[0]?.headers['authorization']).toBe(BASIC);
  });

  it('a refused key is unauthorized; an object instead of a list is malformed', async () => {
    const refused = clientWith([{ status: 401, body: wooError('woocommerce_rest_authentication_error', 'Consumer key is invalid.', 401) }]);
    expect(await failureOf(refused.client.probeCredentials())).toMatchObject({ kind: 'unauthorized', call: CALL_PROBE });
    const odd = clientWith([ok({ orders: [] })]);
    expect(await failureOf(odd.client.probeCredentials())).toMatchObject({ kind: 'malformed', call: CALL_PROBE });
  });
});

describe('WooCommerce listOrders', () => {
  const listOrders = (client: ReturnType<typeof clientWith>['client'], since: string, cursor: string | null) => {
    if (!client.listOrders) throw new Error('listOrders missing');
    return client.listOrders(since, cursor);
  };

  it('asks for 100 orders after `since` (GMT, one second earlier), ascending ids, page 1', async () => {
    const { client, requests } = clientWith([ok([wooOrder()], { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' })]);
    const page = await listOrders(client, '2025-05-01T10:00:00.500+02:00', null);
    const url = new URL(requests[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://shop.example.nl/wp-json/wc/v3/orders');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      after: '2025-05-01T07:59:59',
      dates_are_gmt: 'true',
      orderby: 'id',
      order: 'asc',
      per_page: '100',
      page: '1',
    });
    expect(requests[0]?.headers['authorization']).toBe(BASIC);
    expect(page.orders.map((o) => o.orderId)).toEqual(['727']);
    expect(page.next).toBeNull();
  });

  it('follows X-WP-TotalPages with the page number as cursor', async () => {
    const { client, requests } = clientWith([ok([wooOrder()], { 'X-WP-Total': '250', 'X-WP-TotalPages': '3' })]);
    expect((await listOrders(client, '2025-05-01T00:00:00Z', null)).next).toBe('2');
    expect((await listOrders(client, '2025-05-01T00:00:00Z', '2')).next).toBe('3');
    expect((await listOrders(client, '2025-05-01T00:00:00Z', '3')).next).toBeNull();
    expect(requests.map((r) => new URL(r.url).searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  it('without the header, a full page means there may be more', async () => {
    const full = Array.from({ length: 100 }, (_, i) => wooOrder({ id: i + 1, number: String(i + 1) }));
    const a = clientWith([ok(full)]);
    expect((await listOrders(a.client, '2025-05-01T00:00:00Z', null)).next).toBe('2');
    const b = clientWith([ok(full.slice(0, 3))]);
    expect((await listOrders(b.client, '2025-05-01T00:00:00Z', null)).next).toBeNull();
  });

  it('a page beyond the last is empty with correct totals', async () => {
    const { client } = clientWith([ok([], { 'X-WP-Total': '5', 'X-WP-TotalPages': '1' })]);
    expect(await listOrders(client, '2025-05-01T00:00:00Z', '4')).toEqual({ orders: [], next: null });
  });

  it('leaves out orders created before `since` (the second before it is asked for too)', async () => {
    const { client } = clientWith([ok([wooOrder({ id: 1, date_created_gmt: '2025-05-01T07:59:59' }), wooOrder({ id: 2, date_created_gmt: '2025-05-01T08:00:00' })])]);
    expect((await listOrders(client, '2025-05-01T08:00:00Z', null)).orders.map((o) => o.orderId)).toEqual(['2']);
  });

  it('a malformed order in the list fails the page, naming its position', async () => {
    const { client } = clientWith([ok([wooOrder(), wooOrder({ number: '' })])]);
    const failure = await failureOf(listOrders(client, '2025-05-01T00:00:00Z', null));
    expect(failure).toMatchObject({ kind: 'malformed', call: CALL_LIST });
    expect(failure.detail).toContain('order 2 of page 1: order 727 does not fit the model');
  });

  it.each(['0', 'abc', '-1', '2.5', '1'.repeat(8)])('refuses cursor %j without a request', async (cursor) => {
    const { client, requests } = clientWith([ok([])]);
    expect(await failureOf(listOrders(client, '2025-05-01T00:00:00Z', cursor))).toMatchObject({ kind: 'malformed', call: CALL_LIST });
    expect(requests).toHaveLength(0);
  });

  it('refuses a `since` that is no instant', async () => {
    const { client, requests } = clientWith([ok([])]);
    expect(await failureOf(listOrders(client, 'yesterday', null))).toMatchObject({ kind: 'malformed' });
    expect(requests).toHaveLength(0);
  });
});
