import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { CALL_LINE_ITEMS, CALL_ORDERS, createShopifyClient } from './client';
import { fakeHttp, type FakeAnswer } from './fake-http';
import { lineItem, orderAnswer, orderNode, shopifyProfile, THROTTLED_BODY, THROTTLED_WAIT_MS, TOKEN } from './fixtures';
import {
  LINE_ITEMS_PAGE_QUERY,
  LIST_LINE_ITEMS,
  MAX_LIST_QUERY_COST,
  ORDER_NODE_COST,
  ORDERS_PAGE_QUERY,
  ORDERS_PAGE_SIZE,
} from './query';

function clientWith(script: Parameters<typeof fakeHttp>[0], shopAddress?: string | null) {
  const fake = fakeHttp(script);
  const client = createShopifyClient(shopifyProfile(shopAddress), { accessToken: TOKEN }, fake.deps);
  const { listOrders } = client;
  if (!listOrders) throw new Error('the Shopify client must list orders');
  return { client, listOrders: listOrders.bind(client), ...fake };
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

/** A node of order #`n` (id 9000 + n), created on 20 May at n minutes past ten. */
function node(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return orderNode({
    id: `gid://shopify/Order/${9000 + n}`,
    legacyResourceId: String(9000 + n),
    name: `#${1000 + n}`,
    createdAt: `2025-05-20T10:${String(n).padStart(2, '0')}:00Z`,
    ...overrides,
  });
}

function page(nodes: Record<string, unknown>[], endCursor: string | null, hasNextPage = endCursor !== null) {
  return {
    data: { orders: { nodes, pageInfo: { hasNextPage, endCursor } } },
    extensions: {
      cost: {
        requestedQueryCost: 495,
        actualQueryCost: 2 + nodes.length * 13,
        throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1800, restoreRate: 100 },
      },
    },
  };
}

const SINCE = '2025-05-01T00:00:00Z';

describe('Shopify listOrders: the query', () => {
  it('is a valid GraphQL query paging orders oldest first, with the same order fields as getOrder', () => {
    const ast = parse(ORDERS_PAGE_QUERY);
    expect(ast.definitions.every((d) => d.kind === 'OperationDefinition' && d.operation === 'query')).toBe(true);
    expect(ORDERS_PAGE_QUERY).toContain(`orders(first: ${ORDERS_PAGE_SIZE}, after: $after, query: $query, sortKey: CREATED_AT)`);
    expect(ORDERS_PAGE_QUERY).toContain(`lineItems(first: ${LIST_LINE_ITEMS})`);
    expect(ORDERS_PAGE_QUERY).toMatch(/pageInfo \{ hasNextPage endCursor \}\s*\}\s*\}$/);
    for (const field of ['legacyResourceId', 'displayFinancialStatus', 'totalShippingPriceSet', 'billingAddress', 'taxLines { ratePercentage }']) {
      expect(ORDERS_PAGE_QUERY).toContain(field);
    }
  });

  it('keeps the requested cost within a 5 s THROTTLED wait on the standard plan, far below Shopify’s 1000', () => {
    expect(ORDER_NODE_COST).toBe(29);
    expect(ORDERS_PAGE_SIZE).toBe(17);
    expect(2 + ORDERS_PAGE_SIZE * ORDER_NODE_COST).toBeLessThanOrEqual(MAX_LIST_QUERY_COST);
    expect(2 + (ORDERS_PAGE_SIZE + 1) * ORDER_NODE_COST).toBeGreaterThan(MAX_LIST_QUERY_COST);
    expect(MAX_LIST_QUERY_COST).toBeLessThanOrEqual(1000);
  });

  it('POSTs the page query with a created_at search rendered from the instant, and no cursor at first', async () => {
    const { listOrders, requests } = clientWith([ok(page([node(1)], null))]);
    await listOrders('2025-05-01T02:00:00.250+02:00', null);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('https://demo-store.myshopify.com/admin/api/2025-07/graphql.json');
    expect(requests[0]?.headers['x-shopify-access-token']).toBe(TOKEN);
    expect(requests[0]?.body.query).toBe(ORDERS_PAGE_QUERY);
    expect(requests[0]?.body.variables).toEqual({ query: "created_at:>='2025-05-01T00:00:00Z'", after: null });
  });
});

describe('Shopify listOrders: paging', () => {
  it('reads every page to the end, handing each endCursor back as `after`', async () => {
    const { listOrders, requests } = clientWith([
      ok(page([node(1), node(2)], 'cur-1')),
      ok(page([node(3), node(4)], 'cur-2')),
      ok(page([node(5)], null)),
    ]);
    const numbers: string[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const result = await listOrders(SINCE, cursor);
      numbers.push(...result.orders.map((o) => o.orderNumber));
      cursor = result.next;
      calls += 1;
    } while (cursor !== null && calls < 10);
    expect(numbers).toEqual(['1001', '1002', '1003', '1004', '1005']);
    expect(requests.map((r) => r.body.variables.after)).toEqual([null, 'cur-1', 'cur-2']);
    expect(new Set(requests.map((r) => r.body.variables.query))).toEqual(new Set(["created_at:>='2025-05-01T00:00:00Z'"]));
  });

  it('a cursor survives storage (plain JSON) and continues where the page ended', async () => {
    const cursor = 'eyJsYXN0X2lkIjo0NTA3ODk0NjksImxhc3RfdmFsdWUiOiIyMDI1LTA1LTIwIn0=';
    const first = clientWith([ok(page([node(1)], cursor))]);
    const { next } = await first.listOrders(SINCE, null);
    expect(next).toBe(cursor);
    const stored = JSON.parse(JSON.stringify({ cursor: next })) as { cursor: string };
    // A fresh client, as after a worker restart.
    const second = clientWith([ok(page([node(2)], null))]);
    const resumed = await second.listOrders(SINCE, stored.cursor);
    expect(second.requests[0]?.body.variables.after).toBe(cursor);
    expect(resumed).toEqual({ orders: [expect.objectContaining({ orderNumber: '1002' })], next: null });
  });

  it('an empty window is one call with no orders', async () => {
    const { listOrders, requests } = clientWith([ok(page([], null))]);
    expect(await listOrders(SINCE, null)).toEqual({ orders: [], next: null });
    expect(requests).toHaveLength(1);
  });

  it('normalizes each order exactly as getOrder does', async () => {
    const single = clientWith([ok(orderAnswer(node(7)))]);
    const listed = clientWith([ok(page([node(7)], null))]);
    const fromGet = await single.client.getOrder('9007');
    const { orders } = await listed.listOrders(SINCE, null);
    expect(orders).toEqual([fromGet]);
    expect(OrderSchema.parse(orders[0])).toEqual(fromGet);
  });

  it('reads the remaining line items of a long order with follow-up queries, then goes on', async () => {
    const long = node(2, {
      lineItems: { nodes: [lineItem({ sku: 'A' })], pageInfo: { hasNextPage: true, endCursor: 'li-1' } },
    });
    const { listOrders, requests } = clientWith([
      ok(page([node(1), long, node(3)], 'cur-1')),
      ok({ data: { order: { lineItems: { nodes: [lineItem({ sku: 'B' })], pageInfo: { hasNextPage: false, endCursor: null } } } } }),
    ]);
    const { orders, next } = await listOrders(SINCE, null);
    expect(orders.map((o) => o.orderNumber)).toEqual(['1001', '1002', '1003']);
    expect(orders[1]?.lines.map((l) => l.sku)).toEqual(['A', 'B']);
    expect(next).toBe('cur-1');
    expect(requests.map((r) => r.body.query)).toEqual([ORDERS_PAGE_QUERY, LINE_ITEMS_PAGE_QUERY]);
    expect(requests[1]?.body.variables).toEqual({ id: 'gid://shopify/Order/9002', after: 'li-1' });
  });

  it('THROTTLED is waited out by the GraphQL helper, then the page is read', async () => {
    const { listOrders, sleep, requests } = clientWith([ok(THROTTLED_BODY), ok(page([node(1)], null))]);
    expect((await listOrders(SINCE, null)).orders).toHaveLength(1);
    expect(requests).toHaveLength(2);
    expect(sleep).toHaveBeenCalledWith(THROTTLED_WAIT_MS);
  });

  it('paces the next page by the bucket the last answer reported, instead of running into THROTTLED', async () => {
    const low = page([node(1)], 'cur-1');
    low.extensions.cost.throttleStatus = { maximumAvailable: 2000, currentlyAvailable: 100, restoreRate: 100 };
    const { listOrders, sleep, requests } = clientWith([ok(low), ok(page([node(2)], null))]);
    await listOrders(SINCE, null);
    expect(sleep).not.toHaveBeenCalled();
    await listOrders(SINCE, 'cur-1');
    // (495 − 100) / 100 points a second; the fake clock stands still.
    expect(sleep).toHaveBeenCalledWith(3950);
    expect(requests).toHaveLength(2);
  });

  it('a pace beyond the in-worker wait is handed back as rate-limited with retryAt, without a request', async () => {
    const empty = page([node(1)], 'cur-1');
    empty.extensions.cost.throttleStatus = { maximumAvailable: 1000, currentlyAvailable: 0, restoreRate: 50 };
    const { listOrders, sleep, requests, deps } = clientWith([ok(empty)]);
    await listOrders(SINCE, null);
    const failure = await failureOf(listOrders(SINCE, 'cur-1'));
    expect(failure).toMatchObject({ kind: 'rate-limited', side: 'shop', call: CALL_ORDERS, httpStatus: null });
    expect(failure.retryAt).toBe(new Date(deps.now() + 9900).toISOString());
    expect(sleep).not.toHaveBeenCalled();
    expect(requests).toHaveLength(1);
  });

  it('a 429 whose wait is beyond the in-worker maximum ends as rate-limited with retryAt', async () => {
    const { listOrders } = clientWith([{ status: 429, body: { errors: 'Throttled' }, headers: { 'Retry-After': '30' } }]);
    const failure = await failureOf(listOrders(SINCE, null));
    expect(failure).toMatchObject({ kind: 'rate-limited', side: 'shop', call: CALL_ORDERS, httpStatus: 429 });
    expect(failure.retryAt).toBeDefined();
  });
});

describe('Shopify listOrders: bad input and bad answers', () => {
  it.each([
    ['no orders connection', { data: {} }],
    ['no pageInfo', { data: { orders: { nodes: [] } } }],
    ['nodes not a list', { data: { orders: { nodes: {}, pageInfo: { hasNextPage: false } } } }],
    ['an order without createdAt', page([node(1, { createdAt: undefined })], null)],
    ['an order without line items', page([node(1, { lineItems: undefined })], null)],
  ])('%s → malformed', async (_label, body) => {
    const { listOrders } = clientWith([ok(body)]);
    const failure = await failureOf(listOrders(SINCE, null));
    expect(failure).toMatchObject({ kind: 'malformed', side: 'shop', call: CALL_ORDERS, httpStatus: 200 });
    expect(failure.detail).toMatch(/unexpected answer shape/);
  });

  it('an order that does not fit the model → malformed, naming it', async () => {
    const { listOrders } = clientWith([ok(page([node(1), node(2, { name: '#' })], null))]);
    const failure = await failureOf(listOrders(SINCE, null));
    expect(failure).toMatchObject({ kind: 'malformed', call: CALL_ORDERS });
    expect(failure.detail).toContain('order 9002 does not fit the model');
  });

  it('a next page without a cursor, or a cursor that does not advance, is malformed', async () => {
    const noCursor = clientWith([ok(page([node(1)], null, true))]);
    expect(await failureOf(noCursor.listOrders(SINCE, null))).toMatchObject({ kind: 'malformed', call: CALL_ORDERS });
    const stuck = clientWith([ok(page([node(1)], 'same'))]);
    const failure = await failureOf(stuck.listOrders(SINCE, 'same'));
    expect(failure).toMatchObject({ kind: 'malformed', call: CALL_ORDERS, detail: 'orders: the cursor did not advance' });
  });

  it('a broken line-item follow-up is malformed on its own call', async () => {
    const long = node(1, { lineItems: { nodes: [], pageInfo: { hasNextPage: true, endCursor: null } } });
    const { listOrders } = clientWith([ok(page([long], null))]);
    expect(await failureOf(listOrders(SINCE, null))).toMatchObject({ kind: 'malformed', call: CALL_LINE_ITEMS });
  });

  it('GraphQL errors (a bad cursor) → malformed with Shopify’s message', async () => {
    const { listOrders } = clientWith([ok({ errors: [{ message: 'Invalid cursor for current pagination sort.' }] })]);
    expect(await failureOf(listOrders(SINCE, 'bm9wZQ=='))).toMatchObject({
      kind: 'malformed',
      detail: 'Invalid cursor for current pagination sort.',
    });
  });

  it('401 → unauthorized on the shop side', async () => {
    const { listOrders } = clientWith([{ status: 401, body: { errors: '[API] Invalid API key or access token' } }]);
    expect(await failureOf(listOrders(SINCE, null))).toMatchObject({ kind: 'unauthorized', side: 'shop', call: CALL_ORDERS });
  });

  it.each(['yesterday', '', '2025-13-45T00:00:00Z'])('refuses since %j without a request', async (since) => {
    const { listOrders, requests } = clientWith([ok(page([], null))]);
    expect(await failureOf(listOrders(since, null))).toMatchObject({ kind: 'malformed', call: CALL_ORDERS, httpStatus: null });
    expect(requests).toHaveLength(0);
  });

  it('refuses an empty or absurdly long stored cursor without a request', async () => {
    const { listOrders, requests } = clientWith([ok(page([], null))]);
    expect((await failureOf(listOrders(SINCE, ''))).kind).toBe('malformed');
    expect((await failureOf(listOrders(SINCE, 'x'.repeat(2001)))).kind).toBe('malformed');
    expect(requests).toHaveLength(0);
  });

  it('a quote in since can never reach the search string', async () => {
    const { listOrders, requests } = clientWith([ok(page([], null))]);
    expect((await failureOf(listOrders("2025-05-01' OR name:'1", null))).kind).toBe('malformed');
    expect(requests).toHaveLength(0);
  });

  it('without a valid shop address: not-connected, no request', async () => {
    const { listOrders, requests } = clientWith([ok(page([], null))], 'evil.test');
    expect(await failureOf(listOrders(SINCE, null))).toMatchObject({ kind: 'not-connected', call: CALL_ORDERS });
    expect(requests).toHaveLength(0);
  });
});
