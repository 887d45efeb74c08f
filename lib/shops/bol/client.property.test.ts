import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureSchema } from '../../model/fetched';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { createBolClient } from './client';
import { fakeBol, type FakeAnswer } from './fake-bol';
import { bolItem, bolOrderJson, bolProfile, CREDENTIALS, ORDER_ID } from './fixtures';
import { createBolTokenCache, memoryTokenStore } from './token';

/**
 * Whatever bol.com (or anything pretending to be it) answers, on the token endpoint or the API,
 * the client either returns an Order that parses with OrderSchema or throws an ApiError whose
 * Failure parses and carries no secret: never another error.
 */

const anything = fc.jsonValue({ maxDepth: 3 });
function maybe<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: anything }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const instant = fc.oneof(
  fc.constantFrom('2024-06-20T10:15:00+02:00', '2024-06-20T10:15:00.123Z', '2024-06-20T10:15:00', '2024-13-40T99:99:99Z', ''),
  fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()),
);
const quantity = fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double(), fc.constant(null));
const item = fc.record({
  orderItemId: maybe(fc.string({ maxLength: 6 })),
  offer: maybe(fc.option(fc.record({ reference: maybe(fc.option(fc.string({ maxLength: 8 }))) }))),
  product: maybe(fc.option(fc.record({ ean: maybe(fc.string({ maxLength: 14 })), title: maybe(fc.string({ maxLength: 10 })) }))),
  quantity: maybe(quantity),
  quantityShipped: maybe(quantity),
  quantityCancelled: maybe(quantity),
  unitPrice: maybe(fc.oneof(fc.double(), fc.integer({ min: -5, max: 1000 }), fc.constantFrom('24.95', '1e3'))),
});
const address = fc.option(fc.record({ countryCode: maybe(fc.option(fc.string({ maxLength: 3 }))) }));
const order = fc.record({
  orderId: maybe(fc.constantFrom(ORDER_ID, ORDER_ID, '', '999', 12)),
  orderPlacedDateTime: maybe(instant),
  shipmentDetails: maybe(address),
  billingDetails: maybe(address),
  orderItems: maybe(fc.array(item, { maxLength: 4 })),
});
const problem = fc.record({
  type: fc.constant('https://api.bol.com/problems'),
  title: maybe(fc.string({ maxLength: 10 })),
  status: maybe(fc.integer({ min: 100, max: 599 })),
  detail: maybe(fc.string({ maxLength: 20 })),
  violations: maybe(fc.array(fc.record({ name: maybe(fc.string()), reason: maybe(fc.string()) }), { maxLength: 2 })),
});
const body = fc.oneof(
  { weight: 4, arbitrary: order },
  { weight: 1, arbitrary: problem },
  { weight: 2, arbitrary: anything },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constant(bolOrderJson({}, [bolItem()])) },
);
const apiAnswer: fc.Arbitrary<FakeAnswer> = fc.record({
  status: fc.constantFrom(200, 200, 200, 200, 400, 401, 403, 404, 406, 429, 500, 503),
  body,
  headers: fc.option(fc.record({ 'Retry-After': fc.constantFrom('0', '1', '2', '600', 'soon', ''), 'x-ratelimit-reset': fc.constantFrom('1', 'x', '') }), { nil: undefined }),
});
const tokenAnswer: fc.Arbitrary<FakeAnswer | null> = fc.option(
  fc.record({
    status: fc.constantFrom(200, 200, 400, 401, 403, 500),
    body: fc.oneof(
      fc.record({ access_token: maybe(fc.string({ maxLength: 10 })), expires_in: maybe(fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.string({ maxLength: 4 }))) }),
      fc.record({ error: maybe(fc.constantFrom('invalid_client', 'invalid_request')), error_description: maybe(fc.string()) }),
      anything,
      fc.string(),
    ),
  }),
  { freq: 2 },
);

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
      expect(JSON.stringify(error.failure)).not.toContain(CREDENTIALS.clientSecret);
    }
    return 'api-error';
  }
}

function scripted(tokens: (FakeAnswer | null)[], answers: FakeAnswer[]) {
  let t = 0;
  let a = 0;
  const fake = fakeBol({
    token: () => tokens[Math.min(t++, tokens.length - 1)] ?? null,
    api: () => answers[Math.min(a++, answers.length - 1)] ?? null,
  });
  const client = createBolClient(bolProfile(), CREDENTIALS, fake.http, { tokens: createBolTokenCache({ store: memoryTokenStore() }) });
  return client;
}

describe('Bol.com client against arbitrary answers', () => {
  it('getOrder returns a valid Order or throws an ApiError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tokenAnswer, { minLength: 1, maxLength: 2 }), fc.array(apiAnswer, { minLength: 1, maxLength: 3 }), async (tokens, answers) => {
        await outcome(() => scripted(tokens, answers).getOrder(ORDER_ID));
      }),
      { numRuns: 400 },
    );
  });

  it('the change feed and probeCredentials resolve or throw an ApiError, nothing else', async () => {
    const list = fc.record({
      status: fc.constantFrom(200, 200, 401, 429, 500),
      body: fc.oneof(
        fc.record({ orders: maybe(fc.array(fc.record({ orderId: maybe(fc.constantFrom('1043946570', 'A2K8290LP8', '', 'x/y')), orderPlacedDateTime: maybe(instant), orderItems: maybe(fc.array(fc.record({ latestChangedDateTime: maybe(instant) }), { maxLength: 2 })) }), { maxLength: 3 })) }),
        anything,
      ),
    });
    await fc.assert(
      fc.asyncProperty(list, fc.array(apiAnswer, { minLength: 1, maxLength: 3 }), async (first, rest) => {
        const client = scripted([null], [first, ...rest]);
        await outcome(async () => {
          const page = await client.changeFeed?.list({ kind: 'recent', minutes: 15 }, null);
          for (const each of page?.changes ?? []) {
            expect(Number.isNaN(Date.parse(each.placedAt))).toBe(false);
            expect(Number.isNaN(Date.parse(each.changedAt))).toBe(false);
          }
        });
        await outcome(() => scripted([null], [first]).probeCredentials());
      }),
      { numRuns: 200 },
    );
  });

  it('the generator reaches both outcomes', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(order, async (json) => {
        seen.add(await outcome(() => scripted([null], [{ body: json }]).getOrder(ORDER_ID)));
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(seen).toEqual(new Set(['value', 'api-error']));
  });
});
