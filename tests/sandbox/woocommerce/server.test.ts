import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/net/errors';
import type { HttpDeps } from '../../../lib/net/http';
import { wooAdapter } from '../../../lib/shops/woocommerce';
import { sandboxClient } from '../core/test-client';
import { scenarios } from '../scenarios/index';
import type { ScenarioConnection } from '../scenarios/types';
import { startSandbox, type Sandbox } from '../server';
import { sandboxFetch } from './test-support';

/**
 * The WooCommerce hosts wired into the real sandbox (HTTPS, routing by Host, the core's fault
 * pipeline), read by the product's WooCommerce client: faults injected per route reach the client
 * as the API would fail.
 */
describe('sandbox with the woocommerce-checks scenario', () => {
  let sandbox: Sandbox;
  let http: HttpDeps;
  let connection: ScenarioConnection;

  beforeAll(async () => {
    const make = scenarios['woocommerce-checks'];
    if (!make) throw new Error('scenario woocommerce-checks is missing');
    sandbox = await startSandbox({ scenario: make() });
    http = { fetch: sandboxFetch(sandboxClient(sandbox.port)), sleep: () => Promise.resolve(), random: () => 0, now: Date.now };
    const found = sandbox.scenario().connections.find((c) => c.profile.id === 'demo-woo');
    if (!found) throw new Error('no demo-woo connection');
    connection = found;
  });
  afterAll(async () => {
    await sandbox.stop();
  });
  beforeEach(() => {
    sandbox.faults.clear();
    sandbox.clearRequests();
  });

  const client = () => {
    const creds = connection.shopCredentials;
    if (creds.platform !== 'woocommerce') throw new Error('not woo');
    return wooAdapter.createClient(connection.profile, { consumerKey: creds.consumerKey, consumerSecret: creds.consumerSecret }, http);
  };
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ApiError) return error.failure;
      throw error;
    }
    throw new Error('expected an ApiError');
  };

  it('plays shop.example.test beside Exact and Shopify', () => {
    expect(sandbox.hostnames).toEqual(expect.arrayContaining(['start.exactonline.nl', 'shop.example.test']));
    expect(sandbox.hostResolverRules()).toContain(`MAP shop.example.test 127.0.0.1:${sandbox.port}`);
  });

  it('serves the admin screens and the REST API over HTTPS; the client reads an order and lists orders', async () => {
    const expectation = sandbox.scenario().expectations.find((e) => e.connectionId === 'demo-woo');
    const page = await sandboxClient(sandbox.port).get(expectation?.adminUrl ?? '');
    expect(page.status).toBe(200);
    expect(page.text).toContain('post-type-shop_order');
    await client().probeCredentials();
    expect((await client().getOrder('2005')).orderNumber).toBe('2005');
    const first = await client().listOrders?.(new Date(Date.now() - 60 * 86_400_000).toISOString(), null);
    expect(first?.orders.length).toBe(20);
    expect(first?.next).toBeNull();
    const calls = sandbox.requests().filter((r) => r.path.startsWith('/wp-json/'));
    expect(calls.every((r) => r.side === 'shop' && r.method === 'GET' && !r.query.includes('consumer_'))).toBe(true);
    expect(sandbox.violations()).toEqual([]);
  });

  it.each([
    ['401', { kind: 'status' as const, status: 401, body: { code: 'woocommerce_rest_authentication_error', message: 'Consumer key is invalid.', data: { status: 401 } } }, 'unauthorized'],
    ['an HTML error page', { kind: 'html-error' as const, status: 403 }, 'malformed'],
    ['truncated JSON', { kind: 'truncated-json' as const }, 'malformed'],
    ['a schema-invalid answer', { kind: 'invalid-json-shape' as const }, 'malformed'],
    ['a 503 that stays', { kind: 'status' as const, status: 503, rawBody: 'Service Unavailable' }, 'server'],
    ['a 429 asking for 600 s', { kind: 'rate-limit' as const, retryAfterSeconds: 600 }, 'rate-limited'],
  ])('a fault on the order route (%s) reaches the client as %s', async (_label, fault, kind) => {
    sandbox.faults.add({ host: 'shop.example.test', path: '/wp-json/wc/v3/orders/2001', fault });
    expect(await failure(client().getOrder('2001'))).toMatchObject({ kind, side: 'shop', call: 'WooCommerce GET orders/2001' });
    // Other routes are untouched.
    expect((await client().getOrder('2002')).orderNumber).toBe('2002');
  });

  it('a single 503 is retried and the order is read', async () => {
    sandbox.faults.add({ host: 'shop.example.test', path: '/wp-json/wc/v3/orders/2001', times: 1, fault: { kind: 'status', status: 503, rawBody: 'busy' } });
    expect((await client().getOrder('2001')).orderNumber).toBe('2001');
    expect(sandbox.requests().filter((r) => r.path === '/wp-json/wc/v3/orders/2001').map((r) => r.status)).toEqual([503, 200]);
  });

  it('a key revoked in the live world is refused at the next request', async () => {
    const site = sandbox.scenario().woocommerce?.sites.find((s) => s.path === '');
    if (!site) throw new Error('no root site');
    const keys = site.keys;
    site.keys = [];
    try {
      // Basic with an unknown key runs as nobody (401 cannot_view); the signed retry names the key.
      expect(await failure(client().probeCredentials())).toMatchObject({
        kind: 'unauthorized',
        detail: expect.stringContaining('woocommerce_rest_authentication_error: Consumer key is invalid.'),
      });
    } finally {
      site.keys = keys;
    }
  });
});
