import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureSchema } from '../../model/fetched';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { createShopifyClient } from './client';
import { fakeHttp, type FakeAnswer } from './fake-http';
import { orderAnswer, orderNode, shopifyProfile, THROTTLED_BODY, TOKEN } from './fixtures';

/**
 * Whatever Shopify (or anything pretending to be it) answers, the client either returns an Order
 * that parses with OrderSchema or throws an ApiError whose Failure parses: never another error.
 */

const anything = fc.jsonValue({ maxDepth: 3 });
/** Mostly a plausible value, sometimes any JSON at all, sometimes the key left out. */
function maybe<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: anything }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const decimal = fc.oneof(
  fc.tuple(fc.integer({ min: -1000, max: 100000 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.double(),
  fc.constantFrom('1e5', '', ' 1.0 ', '-0.00', '9'.repeat(25), 'NaN'),
);
const money = fc.record({ shopMoney: maybe(fc.record({ amount: maybe(decimal), currencyCode: maybe(fc.string({ maxLength: 4 })) })) });
const instant = fc.oneof(
  fc.constantFrom('2025-05-20T10:15:00Z', '2025-05-20T10:15:00+02:00', '2025-05-20T10:15:00', '2025-13-40T99:99:99Z', ''),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const lineItem = fc.record({
  name: maybe(fc.string()),
  sku: maybe(fc.option(fc.string({ maxLength: 5 }))),
  quantity: maybe(fc.integer({ min: -1, max: 5 })),
  currentQuantity: maybe(fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double())),
  taxLines: maybe(fc.array(fc.record({ ratePercentage: maybe(fc.option(fc.double())) }), { maxLength: 2 })),
});
const lineItems = fc.record({
  nodes: maybe(fc.array(lineItem, { maxLength: 4 })),
  pageInfo: maybe(fc.record({ hasNextPage: maybe(fc.boolean()), endCursor: maybe(fc.option(fc.string({ maxLength: 3 }))) })),
});
const node = fc.record({
  legacyResourceId: maybe(fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String), fc.string())),
  name: maybe(fc.oneof(fc.constantFrom('#1001', '#', '', '##', 'NL-7'), fc.string())),
  createdAt: maybe(instant),
  cancelledAt: maybe(fc.option(instant)),
  displayFinancialStatus: maybe(fc.option(fc.constantFrom('PAID', 'PENDING', 'REFUNDED', 'VOIDED', 'BOGUS'))),
  totalPriceSet: maybe(money),
  totalShippingPriceSet: maybe(money),
  billingAddress: maybe(fc.option(fc.record({ countryCodeV2: maybe(fc.option(fc.string({ maxLength: 3 }))) }))),
  shippingAddress: maybe(fc.option(fc.record({ countryCodeV2: maybe(fc.option(fc.string({ maxLength: 3 }))) }))),
  lineItems: maybe(lineItems),
});
const scopes = fc.option(fc.subarray(['read_orders', 'read_all_orders', 'read_products']));
const graphqlErrors = fc.option(
  fc.oneof(
    fc.string(),
    fc.array(fc.record({ message: maybe(fc.string()), extensions: maybe(fc.record({ code: maybe(fc.constantFrom('ACCESS_DENIED', 'THROTTLED', 'INTERNAL_SERVER_ERROR')) })) }), {
      maxLength: 2,
    }),
  ),
  { nil: undefined },
);
const envelope = fc
  .tuple(maybe(fc.option(node)), scopes, graphqlErrors)
  .map(([order, scopeList, errors]) => ({ ...orderAnswer(order as Record<string, unknown> | null, scopeList), ...(errors === undefined ? {} : { errors }) }));

const body = fc.oneof(
  { weight: 4, arbitrary: envelope },
  { weight: 2, arbitrary: anything },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom(orderAnswer(), orderAnswer(orderNode({ name: '#' })), THROTTLED_BODY) },
);
const answer: fc.Arbitrary<FakeAnswer> = fc.record({
  status: fc.constantFrom(200, 200, 200, 200, 400, 401, 402, 403, 404, 423, 429, 500, 503),
  body,
  headers: fc.option(fc.record({ 'Retry-After': fc.constantFrom('0', '1.5', '2', '600', 'soon', '') }), { nil: undefined }),
});

async function outcome(run: () => Promise<unknown>): Promise<'value' | 'api-error'> {
  try {
    const value = await run();
    if (value !== undefined) expect(OrderSchema.safeParse(value).success).toBe(true);
    return 'value';
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    if (error instanceof ApiError) {
      expect(FailureSchema.safeParse(error.failure).success).toBe(true);
      expect(error.failure.side).toBe('shop');
      expect(JSON.stringify(error.failure)).not.toContain(TOKEN);
    }
    return 'api-error';
  }
}

describe('Shopify client against arbitrary answers', () => {
  it('getOrder returns a valid Order or throws an ApiError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 3 }), async (script) => {
        const { deps } = fakeHttp(script);
        const client = createShopifyClient(shopifyProfile(), { accessToken: TOKEN }, deps);
        await outcome(() => client.getOrder('450789469'));
      }),
      { numRuns: 400 },
    );
  });

  it('probeCredentials resolves or throws an ApiError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 3 }), async (script) => {
        const { deps } = fakeHttp(script);
        const client = createShopifyClient(shopifyProfile(), { accessToken: TOKEN }, deps);
        await outcome(async () => {
          await client.probeCredentials();
        });
      }),
      { numRuns: 200 },
    );
  });

  it('listOrders returns a page of valid Orders or throws an ApiError, nothing else', async () => {
    const pageBody = fc
      .tuple(maybe(fc.array(node, { maxLength: 3 })), maybe(fc.record({ hasNextPage: maybe(fc.boolean()), endCursor: maybe(fc.option(fc.string({ maxLength: 4 }))) })))
      .map(([nodes, pageInfo]) => ({ data: { orders: { nodes, pageInfo } } }));
    const pageAnswer: fc.Arbitrary<FakeAnswer> = fc.oneof({ weight: 3, arbitrary: pageBody.map((b) => ({ body: b })) }, { weight: 1, arbitrary: answer });
    await fc.assert(
      fc.asyncProperty(fc.array(pageAnswer, { minLength: 1, maxLength: 3 }), fc.option(fc.string({ maxLength: 6 })), async (script, cursor) => {
        const { deps } = fakeHttp(script);
        const client = createShopifyClient(shopifyProfile(), { accessToken: TOKEN }, deps);
        await outcome(async () => {
          const result = await client.listOrders?.('2025-05-01T00:00:00Z', cursor);
          for (const order of result?.orders ?? []) expect(OrderSchema.safeParse(order).success).toBe(true);
          expect(result?.next === null || typeof result?.next === 'string').toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the generator does reach both outcomes', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(envelope, async (env) => {
        const { deps } = fakeHttp([{ body: env }]);
        const client = createShopifyClient(shopifyProfile(), { accessToken: TOKEN }, deps);
        seen.add(await outcome(() => client.getOrder('1')));
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(seen).toEqual(new Set(['value', 'api-error']));
  });
});
