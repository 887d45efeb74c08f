import { describe, expect, it } from 'vitest';
import { at } from '../shopify/test-support';
import { bolTestHosts, DAY, id, MEDIA, NOW, sandboxRequest } from './test-support';

describe('api.bol.com host: single order', () => {
  it('answers GET /retailer/orders/{id} with bol\'s Order shape, the v10 media type and rate-limit headers', async () => {
    const { get, token } = bolTestHosts();
    const res = await get(`/retailer/orders/${id(1)}`, await token());
    expect(res.status).toBe(200);
    expect(res.headers?.['Content-Type']).toBe(`${MEDIA};charset=UTF-8`);
    expect(res.headers).toMatchObject({ 'x-ratelimit-limit': '25', 'x-ratelimit-remaining': '24', 'x-ratelimit-reset': '1' });
    expect(res.body).toMatchObject({
      orderId: id(1),
      pickupPoint: false,
      shipmentDetails: { countryCode: 'NL', city: 'Utrecht', language: 'nl' },
      billingDetails: { countryCode: 'NL' },
      orderItems: [
        { product: { ean: expect.stringMatching(/^\d{13}$/) as string, title: 'T-shirt rood - M' }, offer: { reference: 'TSHIRT-RED-M' }, quantity: 2, quantityShipped: 0, quantityCancelled: 0, unitPrice: 24.95, totalPrice: 49.9 },
        { offer: { reference: 'MUG-BLUE' }, quantity: 1 },
      ],
    });
    expect(at(res.body, 'orderPlacedDateTime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
  });

  it('answers 404 with a problem body for an unknown order or another retailer\'s order', async () => {
    const { get, token } = bolTestHosts();
    const bearer = await token();
    for (const orderId of ['1', id(99)]) {
      const res = await get(`/retailer/orders/${orderId}`, bearer);
      expect(res).toMatchObject({ status: 404, body: { type: 'https://api.bol.com/problems', title: 'Not Found', status: 404, detail: `Order for order id ${orderId} not found.` } });
    }
  });

  it('refuses a missing, unknown or expired token with 401, and a wrong media type with 406', async () => {
    const hosts = bolTestHosts();
    const bearer = await hosts.token();
    expect((await hosts.get(`/retailer/orders/${id(1)}`, null)).status).toBe(401);
    expect((await hosts.get(`/retailer/orders/${id(1)}`, 'eyJforged')).body).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer, 'application/json')).status).toBe(406);
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer, null)).status).toBe(406);
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer, `application/json, ${MEDIA}`)).status).toBe(200);
    hosts.clock.now += 298_000;
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer)).status).toBe(200);
    hosts.clock.now += 1_000;
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer)).status).toBe(401);
  });

  it('refuses tokens once the credentials that got them are withdrawn, or after revokeTokens()', async () => {
    const hosts = bolTestHosts();
    let bearer = await hosts.token();
    hosts.control.revokeTokens();
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer)).status).toBe(401);
    bearer = await hosts.token();
    const account = hosts.world.accounts[0];
    if (account) account.credentials = [];
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer)).status).toBe(401);
  });

  it('limits GET /retailer/orders/{id} to 25 a second per retailer: 429 with Retry-After', async () => {
    const hosts = bolTestHosts();
    const bearer = await hosts.token();
    for (let i = 0; i < 25; i += 1) expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer)).status).toBe(200);
    const refused = await hosts.get(`/retailer/orders/${id(1)}`, bearer);
    expect(refused).toMatchObject({ status: 429, headers: { 'Retry-After': '1', 'x-ratelimit-remaining': '0' }, body: { status: 429 } });
    hosts.clock.now += 1_000;
    expect((await hosts.get(`/retailer/orders/${id(1)}`, bearer)).status).toBe(200);
  });

  it('refuses writes (the cancellation endpoint) and unknown paths', async () => {
    const { api } = bolTestHosts();
    expect(api.allowsWrite(sandboxRequest({ method: 'PUT', url: 'https://api.bol.com/retailer/orders/cancellation' }))).toBe(false);
    expect(api.side).toBe('shop');
    expect(api.rateLimitHeaders?.(7)).toEqual({ 'x-ratelimit-limit': '25', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '7' });
    expect((await api.handle(sandboxRequest({ url: 'https://api.bol.com/retailer/offers' }))).status).toBe(404);
  });
});

describe('api.bol.com host: order list', () => {
  const ids = (body: unknown): unknown => (at(body, 'orders') as { orderId: string }[] | undefined)?.map((o) => o.orderId);

  it('defaults to open FBR orders, newest first, with reduced items (top-level EAN, fulfilment status)', async () => {
    const { get, token } = bolTestHosts();
    const res = await get('/retailer/orders', await token());
    expect(ids(res.body)).toEqual([id(1), id(2), id(3)]);
    expect(at(res.body, 'orders', 0, 'orderItems', 0)).toMatchObject({
      ean: expect.stringMatching(/^\d{13}$/) as string, fulfilmentMethod: 'FBR', fulfilmentStatus: 'OPEN', quantity: 2, quantityShipped: 0, quantityCancelled: 0, cancellationRequest: false,
    });
    expect(at(res.body, 'orders', 0, 'orderItems', 0, 'offer')).toBeUndefined();
  });

  it('filters by status and fulfilment method', async () => {
    const { get, token } = bolTestHosts();
    const bearer = await token();
    // Orders 4 (shipped) and 5 (cancelled) were handled more than 48 hours ago: not in the plain list.
    expect(ids((await get('/retailer/orders?status=ALL&fulfilment-method=ALL', bearer)).body)).toEqual([1, 2, 3, 6].map(id));
    const dayOf = (n: number) => new Date(NOW - n * DAY).toISOString().slice(0, 10);
    expect(ids((await get(`/retailer/orders?status=SHIPPED&latest-change-date=${dayOf(4)}`, bearer)).body)).toEqual([id(4)]);
    expect(ids((await get(`/retailer/orders?status=ALL&latest-change-date=${dayOf(5)}`, bearer)).body)).toEqual([id(5)]);
    expect(ids((await get('/retailer/orders?fulfilment-method=FBB', bearer)).body)).toEqual([id(6)]);
    expect(at((await get(`/retailer/orders?status=ALL&fulfilment-method=ALL&latest-change-date=${dayOf(4)}`, bearer)).body, 'orders', 0, 'orderItems', 0, 'fulfilmentStatus')).toBe('HANDLED');
  });

  it('pages by 50 and answers an empty page as {}', async () => {
    const world = (await import('./test-support')).testWorld();
    const account = world.accounts[0];
    const template = account?.orders[0];
    if (!account || !template) throw new Error('no data');
    account.orders = Array.from({ length: 120 }, (_, i) => ({ ...structuredClone(template), orderId: String(3_000_000_000 + i), orderPlacedDateTime: new Date(Date.parse('2025-06-01T00:00:00Z') + i * 60_000).toISOString() }));
    const { get, token } = bolTestHosts(world);
    const bearer = await token();
    const sizes = [];
    for (const page of [1, 2, 3, 4]) sizes.push((at((await get(`/retailer/orders?page=${page}`, bearer)).body, 'orders') as unknown[] | undefined)?.length ?? 0);
    expect(sizes).toEqual([50, 50, 20, 0]);
    expect((await get('/retailer/orders?page=4', bearer)).body).toEqual({});
  });

  it('rejects invalid parameters with 400 and violations', async () => {
    const { get, token } = bolTestHosts();
    const res = await get('/retailer/orders?page=0&status=FOO&change-interval-minute=90&latest-change-date=2020-01-01', await token());
    expect(res.status).toBe(400);
    expect(at(res.body, 'violations')).toEqual([
      { name: 'page', reason: "Request contains invalid value(s): '0'." },
      { name: 'status', reason: "Request contains invalid value(s): 'FOO'." },
      { name: 'change-interval-minute', reason: "Request contains invalid value(s): '90'." },
      { name: 'latest-change-date', reason: "Request contains invalid value(s): '2020-01-01'." },
    ]);
  });

  it('limits GET /retailer/orders to 25 a minute', async () => {
    const hosts = bolTestHosts();
    const bearer = await hosts.token();
    for (let i = 0; i < 25; i += 1) await hosts.get('/retailer/orders', bearer);
    const refused = await hosts.get('/retailer/orders', bearer);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers?.['Retry-After'])).toBeGreaterThan(50);
    hosts.control.resetRateLimits();
    expect((await hosts.get('/retailer/orders', bearer)).status).toBe(200);
  });
});
