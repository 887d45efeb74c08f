import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureSchema } from '../../model/fetched';
import { OrderSchema } from '../../model/order';
import { ApiError } from '../../net/errors';
import { createWooClient } from './client';
import { fakeHttp, type FakeAnswer } from './fake-http';
import { CREDENTIALS, KEY, SECRET, wooError, wooOrder, wooProfile } from './fixtures';

/**
 * Whatever WooCommerce (or a security plugin, a proxy, anything pretending to be it) answers, the
 * client either returns Orders that parse with OrderSchema or throws an ApiError whose Failure
 * parses: never another error, never a secret in the failure.
 */

const anything = fc.jsonValue({ maxDepth: 3 });
/** Mostly a plausible value, sometimes any JSON at all, sometimes the key left out. */
function maybe<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: anything }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const decimal = fc.oneof(
  fc.tuple(fc.integer({ min: -1000, max: 100000 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
  fc.double(),
  fc.constantFrom('1e5', '', ' 1.0 ', '-0.00', '9'.repeat(25), 'NaN', '0.00'),
);
const wooDate = fc.oneof(
  fc.constantFrom('2025-05-20T10:15:00', '2025-05-20T10:15:00Z', '2025-05-20T10:15:00+02:00', '2025-13-40T99:99:99', '', '0000-00-00T00:00:00'),
  fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2100-01-01') }).map((d) => d.toISOString().slice(0, 19)),
);
const status = fc.oneof(fc.constantFrom('pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'trash', 'checkout-draft', 'wc-custom'), fc.string());
const address = fc.option(fc.record({ country: maybe(fc.option(fc.oneof(fc.constantFrom('NL', 'BE', ''), fc.string({ maxLength: 3 })))) }));
const tax = fc.record({ id: maybe(fc.integer({ min: 0, max: 5 })), total: maybe(fc.oneof(decimal, fc.constant(''))), subtotal: maybe(decimal) });
const lineItem = fc.record({
  name: maybe(fc.string()),
  quantity: maybe(fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double())),
  sku: maybe(fc.option(fc.string({ maxLength: 5 }))),
  total: maybe(decimal),
  total_tax: maybe(decimal),
  taxes: maybe(fc.option(fc.array(tax, { maxLength: 3 }))),
});
const taxLine = fc.record({ rate_id: maybe(fc.integer({ min: 0, max: 5 })), rate_percent: maybe(fc.option(fc.oneof(fc.double(), fc.integer({ min: 0, max: 30 })))) });
const order = fc.record({
  id: maybe(fc.integer({ min: -1, max: 1_000_000 })),
  number: maybe(fc.oneof(fc.string({ maxLength: 8 }), fc.integer())),
  status: maybe(status),
  currency: maybe(fc.oneof(fc.constantFrom('EUR', 'USD', 'EU'), fc.string({ maxLength: 4 }))),
  date_created_gmt: maybe(fc.option(wooDate)),
  date_paid_gmt: maybe(fc.option(wooDate)),
  total: maybe(decimal),
  shipping_total: maybe(decimal),
  shipping_tax: maybe(decimal),
  billing: maybe(address),
  shipping: maybe(address),
  line_items: maybe(fc.array(lineItem, { maxLength: 4 })),
  tax_lines: maybe(fc.option(fc.array(taxLine, { maxLength: 3 }))),
});

const body = fc.oneof(
  { weight: 4, arbitrary: order },
  { weight: 2, arbitrary: fc.array(order, { maxLength: 3 }) },
  { weight: 2, arbitrary: anything },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      wooOrder(),
      [wooOrder()],
      wooError('woocommerce_rest_authentication_error', 'Consumer key is invalid.', 401),
      wooError('rest_no_route', 'No route', 404),
      '<html><body>Blocked</body></html>',
    ),
  },
);
const answer: fc.Arbitrary<FakeAnswer> = fc.record({
  status: fc.constantFrom(200, 200, 200, 200, 400, 401, 403, 404, 429, 500, 503),
  body,
  headers: fc.option(
    fc.record({
      'Retry-After': fc.constantFrom('0', '1.5', '2', '600', 'soon', ''),
      'X-WP-TotalPages': fc.constantFrom('0', '1', '3', 'many', '-1', ''),
    }),
    { nil: undefined },
  ),
});

async function outcome(run: () => Promise<unknown>): Promise<'value' | 'api-error'> {
  try {
    const value = await run();
    if (value !== undefined && value !== null && typeof value === 'object' && 'orders' in value) {
      const page = value as { orders: unknown[]; next: unknown };
      for (const o of page.orders) expect(OrderSchema.safeParse(o).success).toBe(true);
      expect(page.next === null || (typeof page.next === 'string' && /^[1-9]\d*$/.test(page.next))).toBe(true);
    } else if (value !== undefined) {
      expect(OrderSchema.safeParse(value).success).toBe(true);
    }
    return 'value';
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    if (error instanceof ApiError) {
      expect(FailureSchema.safeParse(error.failure).success).toBe(true);
      expect(error.failure.side).toBe('shop');
      const text = JSON.stringify(error.failure);
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(SECRET);
    }
    return 'api-error';
  }
}

const client = (script: FakeAnswer[]) => createWooClient(wooProfile(), CREDENTIALS, fakeHttp(script).deps);
const script = fc.array(answer, { minLength: 1, maxLength: 3 });

describe('WooCommerce client against arbitrary answers', () => {
  it('getOrder returns a valid Order or throws an ApiError, nothing else', async () => {
    await fc.assert(fc.asyncProperty(script, async (s) => void (await outcome(() => client(s).getOrder('727')))), { numRuns: 400 });
  });

  it('listOrders returns valid Orders and a page cursor, or throws an ApiError', async () => {
    await fc.assert(
      fc.asyncProperty(script, fc.option(fc.constantFrom('1', '2', '99')), async (s, cursor) => {
        await outcome(() => client(s).listOrders?.('2025-05-01T00:00:00Z', cursor) ?? Promise.resolve());
      }),
      { numRuns: 300 },
    );
  });

  it('probeCredentials resolves or throws an ApiError, nothing else', async () => {
    await fc.assert(fc.asyncProperty(script, async (s) => void (await outcome(() => client(s).probeCredentials()))), { numRuns: 200 });
  });

  it('the generator does reach both outcomes', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(order, async (o) => {
        seen.add(await outcome(() => client([{ body: o }]).getOrder('1')));
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(seen).toEqual(new Set(['value', 'api-error']));
  });
});
