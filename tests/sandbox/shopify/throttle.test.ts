import { describe, expect, it } from 'vitest';
import { shopifyApiHost } from './api/api-host';
import { LeakyBucket } from './api/throttle';
import { PRODUCTS } from '../scenarios/build/catalogue';
import { shopifyOrder } from '../scenarios/build/shopify-order';
import { NOW, TEST_TOKEN, at, graphqlRequest, testWorld } from './test-support';

describe('leaky bucket', () => {
  it('takes, refuses without taking, refunds and restores 100 points a second', () => {
    let t = 0;
    const bucket = new LeakyBucket(() => t);
    expect(bucket.take(1500)).toBe(true);
    expect(bucket.take(600)).toBe(false);
    expect(bucket.status().currentlyAvailable).toBe(500);
    bucket.refund(100);
    t += 2000;
    expect(bucket.status().currentlyAvailable).toBe(800);
    t += 60_000;
    expect(bucket.status()).toEqual({ maximumAvailable: 2000, currentlyAvailable: 2000, restoreRate: 100 });
  });
});

describe('throttling through the API host', () => {
  const LIST = '{ orders(first: 250) { nodes { id name } } }'; // requested: 2 + 250 × 1

  it('answers THROTTLED (HTTP 200, no data) when the bucket lacks the requested cost, then recovers', async () => {
    let now = NOW;
    const host = shopifyApiHost(testWorld(), { now: () => now });
    host.bucketFor('test-shop').drain();
    now += 1000; // 100 points back: fewer than the 252 requested
    const throttled = await host.handle(graphqlRequest(LIST));
    expect(throttled.status).toBe(200);
    expect(throttled.body).toEqual({
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
      extensions: { cost: { requestedQueryCost: 252, actualQueryCost: null, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 100, restoreRate: 100 } } },
    });
    now += 2000;
    const ok = await host.handle(graphqlRequest(LIST));
    expect(at(ok.body, 'data', 'orders', 'nodes')).toHaveLength(5);
    // 300 available, 252 reserved, the unused part refunded: actual = 2 + 5 nodes.
    expect(at(ok.body, 'extensions', 'cost')).toMatchObject({ requestedQueryCost: 252, actualQueryCost: 7, throttleStatus: { currentlyAvailable: 293 } });
  });

  it('sizes the bucket by the store’s plan (standard by default)', async () => {
    const world = testWorld();
    const standard = shopifyApiHost(world, { now: () => NOW });
    expect(at((await standard.handle(graphqlRequest(LIST))).body, 'extensions', 'cost', 'throttleStatus')).toMatchObject({ maximumAvailable: 2000, restoreRate: 100 });
    for (const [plan, maximumAvailable, restoreRate] of [['advanced', 4000, 200], ['plus', 20_000, 1000], ['enterprise', 40_000, 2000]] as const) {
      const host = shopifyApiHost({ stores: world.stores.map((s) => ({ ...s, plan })) }, { now: () => NOW });
      expect(at((await host.handle(graphqlRequest(LIST))).body, 'extensions', 'cost', 'throttleStatus'), plan).toMatchObject({ maximumAvailable, restoreRate });
    }
  });

  it('refuses a query above the single-query maximum', async () => {
    const host = shopifyApiHost(testWorld(), { now: () => NOW });
    // Requested 2 + 100 × (1 + 2 + 9) = 1202 > 1000.
    const tooBig = await host.handle(graphqlRequest('{ orders(first: 100) { nodes { lineItems(first: 9) { nodes { sku } } } } }'));
    expect(at(tooBig.body, 'errors', 0, 'extensions', 'code')).toBe('MAX_COST_EXCEEDED');
    expect(at(tooBig.body, 'data')).toBeUndefined();
  });

  it('drains under a burst of expensive queries with a frozen clock', async () => {
    const { tshirt, mug, cookbook } = PRODUCTS;
    const orders = Array.from({ length: 100 }, (_, i) => shopifyOrder({
      number: 2000 + i, createdAt: new Date(NOW - 86_400_000).toISOString(),
      lines: [{ product: tshirt }, { product: mug }, { product: cookbook }],
    }));
    const host = shopifyApiHost({ stores: [{ handle: 'test-shop', name: 'Big', accessTokens: [TEST_TOKEN], readAllOrders: false, orders }] }, { now: () => NOW });
    // Requested 2 + 60 × (1 + 2 + 10) = 782; actual 2 + 60 × (1 + 2 + 3) = 362 is what stays charged.
    const q = '{ orders(first: 60) { nodes { lineItems(first: 10) { nodes { sku } } } } }';
    const answers: unknown[] = [];
    for (let i = 0; i < 5; i++) answers.push(at((await host.handle(graphqlRequest(q))).body, 'errors', 0, 'extensions', 'code') ?? 'ok');
    // 2000 → 1638 → 1276 → 914 → 552: the fifth request (782 > 552) is throttled.
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'THROTTLED']);
  });
});
