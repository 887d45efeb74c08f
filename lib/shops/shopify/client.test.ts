import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { CALL_LINE_ITEMS, CALL_ORDER, CALL_SHOP, createShopifyClient, SHOPIFY_API_VERSION } from './client';
import { fakeHttp, type FakeAnswer } from './fake-http';
import {
  lineItem,
  orderAnswer,
  orderNode,
  shopifyProfile,
  THROTTLED_BODY,
  THROTTLED_WAIT_MS,
  TOKEN,
} from './fixtures';
import { LINE_ITEMS_PAGE_QUERY, ORDER_QUERY, SHOP_QUERY } from './query';

function clientWith(script: Parameters<typeof fakeHttp>[0], shopAddress?: string | null) {
  const fake = fakeHttp(script);
  const client = createShopifyClient(shopifyProfile(shopAddress), { accessToken: TOKEN }, fake.deps);
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

const ok = (body: unknown): FakeAnswer => ({ body });

describe('Shopify getOrder: request', () => {
  it('POSTs the order query with the GID to the versioned endpoint with the token header', async () => {
    const { client, requests } = clientWith([ok(orderAnswer())]);
    await client.getOrder('450789469');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(`https://demo-store.myshopify.com/admin/api/${SHOPIFY_API_VERSION}/graphql.json`);
    expect(SHOPIFY_API_VERSION).toBe('2025-07');
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-shopify-access-token']).toBe(TOKEN);
    expect(request?.body.query).toBe(ORDER_QUERY);
    expect(request?.body.variables).toEqual({ id: 'gid://shopify/Order/450789469' });
  });

  it('sends documents that are valid GraphQL queries, asking for the scopes in the same request', () => {
    for (const document of [ORDER_QUERY, LINE_ITEMS_PAGE_QUERY, SHOP_QUERY]) {
      const ast = parse(document);
      expect(ast.definitions.every((d) => d.kind === 'OperationDefinition' && d.operation === 'query')).toBe(true);
    }
    expect(ORDER_QUERY).toMatch(/currentAppInstallation\s*\{\s*accessScopes\s*\{\s*handle\s*\}\s*\}/);
    expect(ORDER_QUERY).toMatch(/totalShippingPriceSet\s*\{\s*shopMoney\s*\{\s*amount currencyCode\s*\}\s*\}/);
    expect(ORDER_QUERY).toContain('lineItems(first: 100)');
  });

  it('accepts the shop address with scheme, capitals or a trailing slash', async () => {
    const { client, requests } = clientWith([ok(orderAnswer())], 'https://Demo-Store.myshopify.com/');
    await client.getOrder('450789469');
    expect(requests[0]?.url).toBe(`https://demo-store.myshopify.com/admin/api/${SHOPIFY_API_VERSION}/graphql.json`);
  });

  it.each([null, 'evil.test', 'demo.myshopify.com.evil.test', 'demo-store.myshopify.com/admin', 'http://demo-store.myshopify.com'])(
    'never sends the token to a shop address like %s',
    async (address) => {
      const { client, requests } = clientWith([ok(orderAnswer())], address);
      expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'not-connected', side: 'shop' });
      expect(await failureOf(client.probeCredentials())).toMatchObject({ kind: 'not-connected', call: CALL_SHOP });
      expect(requests).toHaveLength(0);
    },
  );

  it.each(['', 'abc', '12a', '0', 'gid://shopify/Order/1', '1'.repeat(21)])('refuses order id %j without a request', async (id) => {
    const { client, requests } = clientWith([ok(orderAnswer())]);
    expect(await failureOf(client.getOrder(id))).toMatchObject({ kind: 'not-found', call: CALL_ORDER, httpStatus: null });
    expect(requests).toHaveLength(0);
  });
});

describe('Shopify getOrder: mapping', () => {
  it('maps a full answer to an Order that parses with OrderSchema', async () => {
    const { client } = clientWith([ok(orderAnswer())]);
    const order = await client.getOrder('450789469');
    expect(OrderSchema.parse(order)).toEqual(order);
    expect(order).toEqual({
      platform: 'shopify',
      orderId: '450789469',
      orderNumber: '1001',
      createdAt: '2025-05-20T10:15:00Z',
      status: { raw: 'PAID', cancelled: false },
      paid: true,
      billingCountry: 'NL',
      shippingCountry: 'BE',
      total: { amount: 60.45, currency: 'EUR' },
      shippingTotal: 4.95,
      lines: [
        { sku: 'TS-L', name: 'T-shirt - L', quantity: 2, vatRate: 21 },
        { sku: 'SO-1', name: 'Socks', quantity: 1, vatRate: 9 },
      ],
    });
  });

  it.each([
    ['#1001', '1001'],
    ['1001', '1001'],
    ['#NL-1001', 'NL-1001'],
    ['##7', '#7'],
    ['NL#5', 'NL#5'],
  ])('order name %s → order number %s', async (name, number) => {
    const { client } = clientWith([ok(orderAnswer(orderNode({ name })))]);
    expect((await client.getOrder('1')).orderNumber).toBe(number);
  });

  it('a name that is only "#" is malformed (no order number to look for)', async () => {
    const { client } = clientWith([ok(orderAnswer(orderNode({ name: '#' })))]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'malformed', call: CALL_ORDER });
  });

  it('a missing financial status shows as (none) and counts as unpaid', async () => {
    const { client } = clientWith([ok(orderAnswer(orderNode({ displayFinancialStatus: null })))]);
    const order = await client.getOrder('1');
    expect(order.status).toEqual({ raw: '(none)', cancelled: false });
    expect(order.paid).toBe(false);
  });

  it.each([
    ['PAID', true],
    ['PARTIALLY_REFUNDED', true],
    ['REFUNDED', true],
    ['PARTIALLY_PAID', false],
    ['PENDING', false],
    ['AUTHORIZED', false],
    ['VOIDED', false],
    ['EXPIRED', false],
    ['NEW_VALUE', false],
  ])('financial status %s → paid %s, raw kept as is', async (status, paid) => {
    const { client } = clientWith([ok(orderAnswer(orderNode({ displayFinancialStatus: status })))]);
    const order = await client.getOrder('1');
    expect(order.paid).toBe(paid);
    expect(order.status.raw).toBe(status);
  });

  it('cancelledAt set → cancelled', async () => {
    const { client } = clientWith([ok(orderAnswer(orderNode({ cancelledAt: '2025-05-21T08:00:00Z', cancelReason: 'CUSTOMER' })))]);
    expect((await client.getOrder('1')).status).toEqual({ raw: 'PAID', cancelled: true });
  });

  it('null addresses and null country codes give null countries', async () => {
    const { client } = clientWith([
      ok(orderAnswer(orderNode({ billingAddress: null, shippingAddress: { countryCodeV2: null } }))),
    ]);
    const order = await client.getOrder('1');
    expect(order.billingCountry).toBeNull();
    expect(order.shippingCountry).toBeNull();
  });

  it('skips removed line items, keeps current quantities, empty sku and unknown VAT rate', async () => {
    const nodes = [
      lineItem({ name: 'Removed', sku: 'GONE', quantity: 3, currentQuantity: 0 }),
      lineItem({ name: 'Reduced', sku: 'RED', quantity: 5, currentQuantity: 2 }),
      lineItem({ name: 'No SKU', sku: null, taxLines: [] }),
      lineItem({ name: 'Blank SKU', sku: '', taxLines: [{ ratePercentage: 0 }, { ratePercentage: 21 }] }),
    ];
    const { client } = clientWith([ok(orderAnswer(orderNode({ lineItems: { nodes, pageInfo: { hasNextPage: false, endCursor: null } } })))]);
    expect((await client.getOrder('1')).lines).toEqual([
      { sku: 'RED', name: 'Reduced', quantity: 2, vatRate: 21 },
      { sku: '', name: 'No SKU', quantity: 2, vatRate: null },
      { sku: '', name: 'Blank SKU', quantity: 2, vatRate: 0 },
    ]);
  });

  it('zero shipping and a non-EUR currency', async () => {
    const { client } = clientWith([
      ok(
        orderAnswer(
          orderNode({
            totalPriceSet: { shopMoney: { amount: '100.0', currencyCode: 'USD' } },
            totalShippingPriceSet: { shopMoney: { amount: '0.0', currencyCode: 'USD' } },
          }),
        ),
      ),
    ]);
    const order = await client.getOrder('1');
    expect(order.total).toEqual({ amount: 100, currency: 'USD' });
    expect(order.shippingTotal).toBe(0);
  });

  it('reads the remaining line items with follow-up queries using after', async () => {
    const page = (name: string, hasNextPage: boolean, endCursor: string | null) => ({
      nodes: [lineItem({ name, sku: name })],
      pageInfo: { hasNextPage, endCursor },
    });
    const { client, requests } = clientWith([
      ok(orderAnswer(orderNode({ lineItems: page('A', true, 'cur-1') }))),
      ok({ data: { order: { lineItems: page('B', true, 'cur-2') } } }),
      ok({ data: { order: { lineItems: page('C', false, null) } } }),
    ]);
    const order = await client.getOrder('42');
    expect(order.lines.map((line) => line.sku)).toEqual(['A', 'B', 'C']);
    expect(requests.map((r) => r.body.query)).toEqual([ORDER_QUERY, LINE_ITEMS_PAGE_QUERY, LINE_ITEMS_PAGE_QUERY]);
    expect(requests.slice(1).map((r) => r.body.variables)).toEqual([
      { id: 'gid://shopify/Order/42', after: 'cur-1' },
      { id: 'gid://shopify/Order/42', after: 'cur-2' },
    ]);
  });

  it('a next page without a cursor, or a cursor that does not advance, is malformed', async () => {
    const noCursor = clientWith([ok(orderAnswer(orderNode({ lineItems: { nodes: [], pageInfo: { hasNextPage: true, endCursor: null } } })))]);
    expect(await failureOf(noCursor.client.getOrder('1'))).toMatchObject({ kind: 'malformed', call: CALL_LINE_ITEMS });

    const stuck = { nodes: [], pageInfo: { hasNextPage: true, endCursor: 'same' } };
    const loop = clientWith([ok(orderAnswer(orderNode({ lineItems: stuck }))), ok({ data: { order: { lineItems: stuck } } })]);
    expect(await failureOf(loop.client.getOrder('1'))).toMatchObject({ kind: 'malformed', call: CALL_LINE_ITEMS });
    expect(loop.requests).toHaveLength(2);
  });
});

describe('Shopify getOrder: a null order', () => {
  it('without read_all_orders → not-visible (may be older than 60 days)', async () => {
    const { client } = clientWith([ok(orderAnswer(null, ['read_orders']))]);
    expect(await failureOf(client.getOrder('1'))).toEqual({
      kind: 'not-visible',
      side: 'shop',
      call: CALL_ORDER,
      httpStatus: 200,
      detail: 'Shopify shows orders older than 60 days only to apps with read_all_orders',
    });
  });

  it('with read_all_orders → not-found', async () => {
    const { client } = clientWith([ok(orderAnswer(null, ['read_orders', 'read_all_orders']))]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'not-found', side: 'shop', call: CALL_ORDER, httpStatus: 200 });
  });

  it('scopes not answered → not-visible, saying the scopes are unknown', async () => {
    const { client } = clientWith([ok(orderAnswer(null, null))]);
    const failure = await failureOf(client.getOrder('1'));
    expect(failure.kind).toBe('not-visible');
    expect(failure.detail).toContain('did not list');
  });
});

describe('Shopify errors', () => {
  it('401 → unauthorized on the shop side with Shopify message, not retried', async () => {
    const { client, requests } = clientWith([
      { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } },
    ]);
    expect(await failureOf(client.getOrder('1'))).toEqual({
      kind: 'unauthorized',
      side: 'shop',
      call: CALL_ORDER,
      httpStatus: 401,
      detail: '[API] Invalid API key or access token (unrecognized login or wrong password)',
    });
    expect(requests).toHaveLength(1);
  });

  it('403 → forbidden', async () => {
    const { client } = clientWith([{ status: 403, body: { errors: '[API] This action requires merchant approval for read_orders scope.' } }]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({
      kind: 'forbidden',
      httpStatus: 403,
      detail: '[API] This action requires merchant approval for read_orders scope.',
    });
  });

  it('GraphQL ACCESS_DENIED in a 200 → forbidden', async () => {
    const { client } = clientWith([
      ok({ data: { order: null }, errors: [{ message: 'Access denied for order field.', extensions: { code: 'ACCESS_DENIED' } }] }),
    ]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({
      kind: 'forbidden',
      httpStatus: 200,
      detail: 'ACCESS_DENIED: Access denied for order field.',
    });
  });

  it('other GraphQL errors → malformed with the message', async () => {
    const { client } = clientWith([ok({ errors: [{ message: "Field 'foo' doesn't exist on type 'Order'" }] })]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'malformed', detail: "Field 'foo' doesn't exist on type 'Order'" });
  });

  it('402 and 423 (frozen or locked shop) → forbidden', async () => {
    for (const status of [402, 423]) {
      const { client } = clientWith([{ status, body: '' }]);
      expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'forbidden', httpStatus: status });
    }
  });

  it('404 from the endpoint names the shop address, not the order', async () => {
    const { client } = clientWith([{ status: 404, body: 'Not Found' }]);
    const failure = await failureOf(client.getOrder('1'));
    expect(failure).toMatchObject({ kind: 'not-found', httpStatus: 404 });
    expect(failure.detail).toContain('demo-store.myshopify.com');
  });

  it('THROTTLED in a 200 body, then success: the wait honours the throttle status', async () => {
    const { client, sleep, requests } = clientWith([ok(THROTTLED_BODY), ok(orderAnswer())]);
    const order = await client.getOrder('450789469');
    expect(order.orderNumber).toBe('1001');
    expect(requests).toHaveLength(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(THROTTLED_WAIT_MS);
  });

  it('THROTTLED every time: rate-limited once the retries are spent', async () => {
    const { client, sleep } = clientWith([ok(THROTTLED_BODY)]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'rate-limited', httpStatus: 200 });
    expect(sleep.mock.calls.every(([ms]) => ms === THROTTLED_WAIT_MS)).toBe(true);
  });

  it('429 with Retry-After, then success', async () => {
    const { client, sleep, requests } = clientWith([
      { status: 429, body: { errors: 'Exceeded 2 calls per second for api client.' }, headers: { 'Retry-After': '2.0' } },
      ok(orderAnswer()),
    ]);
    expect((await client.getOrder('1')).orderId).toBe('450789469');
    expect(requests).toHaveLength(2);
    expect(sleep).toHaveBeenCalledWith(2000);
  });

  it('429 with THROTTLED in the body: the wait follows the throttle status (or Retry-After when longer)', async () => {
    const first = clientWith([{ status: 429, body: THROTTLED_BODY }, ok(orderAnswer())]);
    await first.client.getOrder('1');
    expect(first.sleep).toHaveBeenCalledWith(THROTTLED_WAIT_MS);

    const second = clientWith([{ status: 429, body: THROTTLED_BODY, headers: { 'Retry-After': '3' } }, ok(orderAnswer())]);
    await second.client.getOrder('1');
    expect(second.sleep).toHaveBeenCalledWith(3000);
  });

  it('malformed JSON → malformed', async () => {
    const { client } = clientWith([ok('{"data": {"order": ')]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'malformed', httpStatus: 200 });
  });

  it('an HTML page → malformed', async () => {
    const { client } = clientWith([ok('<!DOCTYPE html><html>Log in</html>')]);
    expect(await failureOf(client.getOrder('1'))).toMatchObject({ kind: 'malformed' });
  });

  it.each([
    ['missing data', {}],
    ['order without createdAt', orderAnswer(orderNode({ createdAt: undefined }))],
    ['createdAt without offset', orderAnswer(orderNode({ createdAt: '2025-05-20T10:15:00' }))],
    ['amount not a decimal', orderAnswer(orderNode({ totalPriceSet: { shopMoney: { amount: '1e999', currencyCode: 'EUR' } } }))],
    ['currency not 3 letters', orderAnswer(orderNode({ totalPriceSet: { shopMoney: { amount: '1.00', currencyCode: 'EURO' } } }))],
    ['quantity not an integer', orderAnswer(orderNode({ lineItems: { nodes: [lineItem({ currentQuantity: 1.5 })], pageInfo: { hasNextPage: false } } }))],
    ['no totalShippingPriceSet', orderAnswer(orderNode({ totalShippingPriceSet: undefined }))],
  ])('%s → malformed', async (_label, body) => {
    const { client } = clientWith([ok(body)]);
    const failure = await failureOf(client.getOrder('1'));
    expect(failure.kind).toBe('malformed');
    expect(failure.detail).toMatch(/unexpected answer shape/);
  });

  it('never puts the token in a failure', async () => {
    const { client } = clientWith([{ status: 401, body: 'nope' }]);
    const failure = await failureOf(client.getOrder('1'));
    expect(JSON.stringify(failure)).not.toContain(TOKEN);
  });
});

describe('Shopify probeCredentials', () => {
  it('asks for the shop name and resolves', async () => {
    const { client, requests } = clientWith([ok({ data: { shop: { name: 'Demo store' } } })]);
    await expect(client.probeCredentials()).resolves.toBeUndefined();
    expect(requests[0]?.body.query).toBe(SHOP_QUERY);
    expect(requests[0]?.headers['x-shopify-access-token']).toBe(TOKEN);
  });

  it('401 → unauthorized on the shop side', async () => {
    const { client } = clientWith([{ status: 401, body: { errors: '[API] Invalid API key or access token' } }]);
    expect(await failureOf(client.probeCredentials())).toMatchObject({ kind: 'unauthorized', side: 'shop', call: CALL_SHOP });
  });

  it('an answer without the shop → malformed', async () => {
    const { client } = clientWith([ok({ data: {} })]);
    expect(await failureOf(client.probeCredentials())).toMatchObject({ kind: 'malformed', call: CALL_SHOP });
  });
});
