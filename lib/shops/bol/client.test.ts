import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { bolServerWait, createBolClient } from './client';
import { fakeBol, type FakeAnswer, type FakeBolOptions } from './fake-bol';
import { BOL_MEDIA_TYPE, CALL_ORDER, CALL_ORDERS } from './facts';
import { bolItem, bolOrderJson, bolProfile, CREDENTIALS, ORDER_ID } from './fixtures';
import { createBolTokenCache, memoryTokenStore } from './token';

function clientWith(options: FakeBolOptions = {}, skuSource?: 'offer-reference' | 'ean') {
  const fake = fakeBol(options);
  const tokens = createBolTokenCache({ store: memoryTokenStore() });
  const client = createBolClient(bolProfile(), CREDENTIALS, fake.http, { tokens, ...(skuSource ? { skuSource } : {}) });
  return { client, tokens, ...fake };
}

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

const problem = (status: number, detail: string, extra: Record<string, unknown> = {}): FakeAnswer => ({
  status,
  body: { type: 'https://api.bol.com/problems', title: 'Problem', status, detail, ...extra },
});

describe('Bol.com getOrder', () => {
  it('GETs the single-order endpoint with the v10 media type and the bearer token', async () => {
    const { client, apiRequests } = clientWith();
    const order = await client.getOrder(ORDER_ID);
    expect(OrderSchema.parse(order).orderNumber).toBe(ORDER_ID);
    const [request] = apiRequests;
    expect(request?.url.href).toBe(`https://api.bol.com/retailer/orders/${ORDER_ID}`);
    expect(request?.method).toBe('GET');
    expect(request?.headers.accept).toBe(BOL_MEDIA_TYPE);
    expect(request?.headers.authorization).toBe('Bearer token-1');
  });

  it('reuses one token for many calls within its lifetime', async () => {
    const { client, tokenRequests, advance } = clientWith();
    for (let i = 0; i < 10; i += 1) {
      await client.getOrder(ORDER_ID);
      advance(20_000);
    }
    expect(tokenRequests).toHaveLength(1);
    advance(100_000);
    await client.getOrder(ORDER_ID);
    expect(tokenRequests).toHaveLength(2);
  });

  it('maps the SKU by the configured source: offer reference by default, EAN when chosen', async () => {
    expect((await clientWith().client.getOrder(ORDER_ID)).lines[0]?.sku).toBe('TSHIRT-RED-M');
    expect((await clientWith({}, 'ean').client.getOrder(ORDER_ID)).lines[0]?.sku).toBe('8712345000011');
  });

  it('on a 401 gets one fresh token and tries once more', async () => {
    const { client, tokenRequests, apiRequests, revokeTokens } = clientWith();
    await client.getOrder(ORDER_ID);
    revokeTokens(); // bol forgot the token before its expiry
    const order = await client.getOrder(ORDER_ID);
    expect(order.orderId).toBe(ORDER_ID);
    expect(tokenRequests).toHaveLength(2);
    expect(apiRequests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  it('a second 401 is a refusal of the credentials (check 2 names Bol.com)', async () => {
    const { client, tokenRequests, apiRequests } = clientWith({ api: () => problem(401, 'Full authentication is required.') });
    const failure = await failureOf(client.getOrder(ORDER_ID));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'shop', httpStatus: 401, call: CALL_ORDER });
    expect(failure.detail).toContain('Full authentication is required.');
    expect(tokenRequests).toHaveLength(2);
    expect(apiRequests).toHaveLength(2);
  });

  it('refused client credentials fail at the token request, as unauthorized', async () => {
    const fake = fakeBol();
    const client = createBolClient(bolProfile(), { ...CREDENTIALS, clientSecret: 'old' }, fake.http, { tokens: createBolTokenCache({ store: memoryTokenStore() }) });
    const failure = await failureOf(client.getOrder(ORDER_ID));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'shop', httpStatus: 401 });
    expect(fake.apiRequests).toHaveLength(0);
  });

  it('403 is forbidden; 404 is not-found with bol\'s own detail', async () => {
    const forbidden = await failureOf(clientWith({ api: () => problem(403, 'Access denied.') }).client.getOrder(ORDER_ID));
    expect(forbidden).toMatchObject({ kind: 'forbidden', httpStatus: 403, detail: 'Access denied.' });
    const missing = await failureOf(clientWith({ api: () => problem(404, `Order for order id ${ORDER_ID} not found.`) }).client.getOrder(ORDER_ID));
    expect(missing).toMatchObject({ kind: 'not-found', httpStatus: 404, detail: `Order for order id ${ORDER_ID} not found.` });
  });

  it('waits out a 429 with Retry-After, then reads the order', async () => {
    let calls = 0;
    const { client, sleep } = clientWith({
      api: () => (++calls === 1 ? { ...problem(429, 'Too many requests.'), headers: { 'Retry-After': '2', 'x-ratelimit-reset': '2' } } : null),
    });
    expect((await client.getOrder(ORDER_ID)).orderId).toBe(ORDER_ID);
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('gives up on a 429 whose wait is too long for the worker: rate-limited', async () => {
    const { client } = clientWith({ api: () => ({ ...problem(429, 'Too many requests.'), headers: { 'Retry-After': '60' } }) });
    expect(await failureOf(client.getOrder(ORDER_ID))).toMatchObject({ kind: 'rate-limited', httpStatus: 429 });
  });

  it('retries a single 5xx; reports a persistent one as server', async () => {
    let calls = 0;
    const once = clientWith({ api: () => (++calls === 1 ? { status: 503, body: '<html>503</html>' } : null) });
    expect((await once.client.getOrder(ORDER_ID)).orderId).toBe(ORDER_ID);
    const always = clientWith({ api: () => ({ status: 500, body: problem(500, 'boom').body }) });
    expect(await failureOf(always.client.getOrder(ORDER_ID))).toMatchObject({ kind: 'server', httpStatus: 500, detail: 'boom' });
  });

  it('calls HTML, truncated JSON, a wrong shape and another order\'s answer malformed', async () => {
    const cases: FakeAnswer[] = [
      { body: '<html><body>Maintenance</body></html>' },
      { body: JSON.stringify(bolOrderJson()).slice(0, 80) },
      { body: { orders: [] } },
      { body: bolOrderJson({ orderItems: [bolItem({ unitPrice: '24.95' })] }) },
      { body: bolOrderJson({ orderPlacedDateTime: '20-06-2024' }) },
      { body: bolOrderJson({ orderId: '999' }) },
    ];
    for (const answer of cases) {
      const failure = await failureOf(clientWith({ api: () => answer }).client.getOrder(ORDER_ID));
      expect(failure.kind, JSON.stringify(answer).slice(0, 80)).toBe('malformed');
    }
  });

  it('calls a refused API version malformed, naming the media type', async () => {
    const failure = await failureOf(clientWith({ api: () => problem(406, 'Not acceptable.') }).client.getOrder(ORDER_ID));
    expect(failure).toMatchObject({ kind: 'malformed', httpStatus: 406 });
    expect(failure.detail).toContain(BOL_MEDIA_TYPE);
  });

  it('never sends an id that is not a bol order id', async () => {
    const { client, apiRequests, tokenRequests } = clientWith();
    expect(await failureOf(client.getOrder('../orders?page=1'))).toMatchObject({ kind: 'not-found', httpStatus: null });
    expect(apiRequests).toHaveLength(0);
    expect(tokenRequests).toHaveLength(0);
  });

  it('reads a missing shipment country as no country (check 6 decides), not as a failed read', async () => {
    const answer = { body: bolOrderJson({ shipmentDetails: { city: 'Utrecht' }, billingDetails: { countryCode: '' } }) };
    const order = await clientWith({ api: () => answer }).client.getOrder(ORDER_ID);
    expect([order.shippingCountry, order.billingCountry]).toEqual([null, '']);
  });
});

describe('Bol.com changeFeed', () => {
  const reduced = (id: string, placed: string, changed: readonly string[] = [placed]) => ({
    orderId: id,
    orderPlacedDateTime: placed,
    orderItems: changed.map((at, i) => ({
      orderItemId: `${id}-${i}`, ean: '8712345000011', fulfilmentMethod: 'FBR', fulfilmentStatus: 'HANDLED',
      quantity: 1, quantityShipped: 1, quantityCancelled: 0, cancellationRequest: false, latestChangedDateTime: at,
    })),
  });
  const page = (n: number, count: number, placed = '2024-06-20T10:00:00+02:00') =>
    Array.from({ length: count }, (_, i) => reduced(String(1_000_000_000 + n * 100 + i), placed));

  function listWorld(pages: Record<number, unknown>) {
    return clientWith({
      api: (request) => ({ body: request.url.pathname === '/retailer/orders' ? (pages[Number(request.url.searchParams.get('page'))] ?? {}) : bolOrderJson() }),
    });
  }
  const feedOf = (client: ReturnType<typeof clientWith>['client']) => {
    if (!client.changeFeed) throw new Error('the Bol.com client must offer a change feed');
    return client.changeFeed;
  };

  it('states bol.com’s documented limits: 60 minutes of changes, about three months of days, Amsterdam days', () => {
    const feed = feedOf(clientWith().client);
    expect(feed).toMatchObject({ maxRecentMinutes: 60, maxDaysBack: 89, dayTimeZone: 'Europe/Amsterdam' });
    expect(clientWith().client.listOrders).toBeUndefined();
  });

  it('asks one day with latest-change-date, every method and status, 50 per page, with a page-number cursor', async () => {
    const { client, apiRequests } = listWorld({ 1: { orders: page(1, 50) }, 2: { orders: page(2, 3) } });
    const first = await feedOf(client).list({ kind: 'day', day: '2024-06-20' }, null);
    expect(first.changes).toHaveLength(50);
    expect(first.next).toBe('2');
    expect(Object.fromEntries(apiRequests[0]?.url.searchParams ?? [])).toEqual({ page: '1', 'fulfilment-method': 'ALL', status: 'ALL', 'latest-change-date': '2024-06-20' });
    const second = await feedOf(client).list({ kind: 'day', day: '2024-06-20' }, first.next);
    expect(second.changes.map((c) => c.orderId)).toEqual(page(2, 3).map((o) => o.orderId));
    expect(second.next).toBeNull();
    // The list alone: no detail read.
    expect(apiRequests.map((r) => r.url.pathname)).toEqual(['/retailer/orders', '/retailer/orders']);
  });

  it('asks the last minutes with change-interval-minute, and names each order’s latest item change', async () => {
    const { client, apiRequests } = listWorld({ 1: { orders: [reduced('1234567890', '2024-06-20T10:00:00+02:00', ['2024-06-21T09:00:00+02:00', '2024-06-22T08:00:00+02:00'])] } });
    const result = await feedOf(client).list({ kind: 'recent', minutes: 16 }, null);
    expect(apiRequests[0]?.url.searchParams.get('change-interval-minute')).toBe('16');
    expect(apiRequests[0]?.url.searchParams.has('latest-change-date')).toBe(false);
    expect(result.changes).toEqual([{ orderId: '1234567890', placedAt: '2024-06-20T10:00:00+02:00', changedAt: '2024-06-22T08:00:00+02:00' }]);
  });

  it('reads an empty page, with or without the orders key, as the end', async () => {
    for (const body of [{}, { orders: [] }]) {
      expect(await feedOf(listWorld({ 1: body }).client).list({ kind: 'recent', minutes: 5 }, null)).toEqual({ changes: [], next: null });
    }
  });

  it('refuses a cursor, day or interval bol.com would not take, without asking', async () => {
    const { client, apiRequests } = listWorld({});
    const feed = feedOf(client);
    expect((await failureOf(feed.list({ kind: 'day', day: '2024-06-20' }, 'abc'))).call).toBe(CALL_ORDERS);
    expect((await failureOf(feed.list({ kind: 'day', day: '20 June' }, null))).kind).toBe('malformed');
    expect((await failureOf(feed.list({ kind: 'recent', minutes: 61 }, null))).kind).toBe('malformed');
    expect((await failureOf(feed.list({ kind: 'recent', minutes: 0 }, null))).kind).toBe('malformed');
    expect(apiRequests).toHaveLength(0);
  });

  it('a malformed list page fails as malformed', async () => {
    for (const orders of [[{ orderId: 7 }], [{ orderId: '1', orderPlacedDateTime: '2024-06-20T10:00:00+02:00', orderItems: [] }]]) {
      expect((await failureOf(feedOf(listWorld({ 1: { orders } }).client).list({ kind: 'recent', minutes: 5 }, null))).kind).toBe('malformed');
    }
  });
});

describe('Bol.com probeCredentials', () => {
  it('gets a token and reads one list page', async () => {
    const { client, tokenRequests, apiRequests } = clientWith();
    await client.probeCredentials();
    expect(tokenRequests).toHaveLength(1);
    expect(apiRequests.map((r) => r.url.pathname)).toEqual(['/retailer/orders']);
  });

  it('fails unauthorized for a wrong secret', async () => {
    const fake = fakeBol();
    const client = createBolClient(bolProfile(), { clientId: CREDENTIALS.clientId, clientSecret: 'nope' }, fake.http, {
      tokens: createBolTokenCache({ store: memoryTokenStore() }),
    });
    expect((await failureOf(client.probeCredentials())).kind).toBe('unauthorized');
  });
});

describe('bolServerWait', () => {
  const response = (status: number, headers: Record<string, string>) => new Response('', { status, headers });
  it('takes Retry-After, else x-ratelimit-reset on a 429', () => {
    expect(bolServerWait(response(429, { 'retry-after': '3' }), 0)).toBe(3000);
    expect(bolServerWait(response(429, { 'x-ratelimit-reset': '7' }), 0)).toBe(7000);
    expect(bolServerWait(response(503, { 'x-ratelimit-reset': '7' }), 0)).toBeNull();
    expect(bolServerWait(response(429, {}), 0)).toBeNull();
  });
});
